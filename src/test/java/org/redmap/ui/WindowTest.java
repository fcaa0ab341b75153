package org.redmap.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.annotate.AnnotationChanges;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.TextLabel;
import org.redmap.render.Overlay;
import org.redmap.render.RenderRequest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window on Monocle, opened fresh for each test, and what a test needs to drive it like a user. */
abstract class WindowTest {

    final FxRobot robot = new FxRobot();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** The folders the window asked the desktop to show. */
    final List<Path> shownFolders = new CopyOnWriteArrayList<>();
    RedmapApp app;
    MainWindow window;
    @TempDir
    Path tmp;

    @BeforeAll
    static void platform() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() throws Exception {
        startWindow();
        waitUntil(() -> window.pipeline().isCurrent());
        focusMap();
    }

    /** A window on this test's home, as a new start of redmap. */
    void startWindow() throws Exception {
        app = (RedmapApp) FxToolkit.setupApplication(
                () -> new RedmapApp(TestMaps::loader, dialogs, TestMaps::analysis, home(), shownFolders::add));
        window = app.window();
    }

    /** The platform goes away without anyone answering a question (as when killed), and redmap starts again. */
    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        startWindow();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** redmap's folder for this test's window: its recent projects and recovery file. */
    Path home() {
        return tmp.resolve("home");
    }

    void focusMap() throws Exception {
        fx(() -> {
            window.mapView().requestFocus();
            return null;
        });
    }

    /** Where a longitude/latitude is on the real screen, through the current view. */
    Point2D screenPoint(double lon, double lat) throws Exception {
        return fx(() -> {
            Viewport v = window.state().viewport();
            Coordinate c = window.state().map().projection().project(lon, lat);
            return window.mapView().localToScreen(v.toScreenX(c.x), v.toScreenY(c.y));
        });
    }

    /** The map's view pixel under a screen point. */
    Point2D viewPoint(Point2D screen) throws Exception {
        return fx(() -> window.mapView().screenToLocal(screen));
    }

    void shortcut(KeyCode code, boolean shift) {
        robot.press(KeyCode.CONTROL);
        if (shift) robot.press(KeyCode.SHIFT);
        robot.type(code);
        if (shift) robot.release(KeyCode.SHIFT);
        robot.release(KeyCode.CONTROL);
    }

    /** The text of a field, text area, label or button. */
    String text(String query) throws Exception {
        return fx(() -> {
            Node node = robot.lookup(query).query();
            if (node instanceof TextInputControl t) return t.getText();
            return ((Labeled) node).getText();
        });
    }

    /** What the frame on screen was drawn from. */
    RenderRequest shown() throws Exception {
        return fx(() -> window.pipeline().shownProperty().get().request());
    }

    /** The ids of the overlays in the frame on screen, bottom first. */
    List<String> drawnOverlays() throws Exception {
        return shown().overlays().stream().map(Overlay::id).toList();
    }

    /** The map image as shown now. */
    Image mapImage() throws Exception {
        return fx(() -> robot.lookup("#map").queryAs(ImageView.class).getImage());
    }

    /** How many pixels of a 2×2 sample differ between two images, over their common part. */
    static int differingPixels(Image a, Image b) throws Exception {
        return fx(() -> {
            int w = (int) Math.min(a.getWidth(), b.getWidth());
            int h = (int) Math.min(a.getHeight(), b.getHeight());
            int n = 0;
            for (int y = 0; y < h; y += 2) {
                for (int x = 0; x < w; x += 2) {
                    if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) n++;
                }
            }
            return n;
        });
    }

    /** A menu item of the window's menu bar, by id. */
    MenuItem menuItem(String id) throws Exception {
        return fx(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            for (Menu m : bar.getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if (id.equals(item.getId())) return item;
                }
            }
            throw new IllegalArgumentException("no menu item " + id);
        });
    }

    Stage stage() throws Exception {
        return fx(() -> (Stage) window.mapView().getScene().getWindow());
    }

    /** The window's title: the project's name, with a bullet while it has unsaved changes. */
    String title() throws Exception {
        return fx(() -> stage().getTitle());
    }

    void annotate(String id, String text) throws Exception {
        fx(() -> window.annotations().session().apply(AnnotationChanges.add(TextLabel.of(id, new LonLat(-102, 24), text))));
    }

    List<String> annotationTexts() throws Exception {
        return fx(() -> window.state().map().document().annotations().stream()
                .map(a -> a instanceof TextLabel t ? t.text() : a.id()).toList());
    }

    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }
}
