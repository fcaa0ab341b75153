package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.redmap.model.LabelKind;
import org.redmap.project.Page;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;
import org.redmap.render.DrawnPage;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/** The page view: the export page at its true aspect, its elements and labels moved, renamed and saved. */
class PageViewTest extends WindowTest {

    private PageView page() throws Exception {
        return fx(() -> window.pageMode().pageView());
    }

    private PageView.Shown shownPage() throws Exception {
        return fx(() -> page().shownProperty().get());
    }

    private void showPage() throws Exception {
        shortcut(KeyCode.DIGIT2, false);
        waitUntil(() -> window.pageMode().pageShownProperty().get() && page().shownProperty().get() != null);
    }

    private static Set<String> labelSet(DrawnPage p) {
        return p.labels().stream().map(l -> l.kind() + " " + l.featureId() + " " + l.text()).collect(Collectors.toSet());
    }

    /** The screen point of a point of the page as the view shows it. */
    private Point2D onScreen(double x, double y) throws Exception {
        return fx(() -> page().localToScreen(page().toView(x, y)));
    }

    @Test
    void thePageIsTheExportPageAtItsTrueAspectWithTheSameLabels() throws Exception {
        showPage();
        RenderRequest slide = shownPage().request();
        assertThat(slide.viewport().width() / slide.viewport().height()).isCloseTo(16.0 / 9, within(0.01));
        assertThat(fx(() -> window.mapView().isVisible())).isFalse();

        fx(() -> {
            window.tracker().setPage(Page.A4_PORTRAIT);
            return null;
        });
        waitUntil(() -> shownPage().request().viewport().height() > shownPage().request().viewport().width());
        RenderRequest a4 = shownPage().request();
        assertThat(a4.viewport().width() / a4.viewport().height()).isCloseTo(595.28 / 841.89, within(0.01));

        // The page drawn small in the window shows what the export at full size shows.
        Project project = fx(() -> window.tracker().snapshot());
        assertThat(project.export().page()).isEqualTo(Page.A4_PORTRAIT);
        RenderRequest full = a4.withPixelScale(project.export().pixelScale() / org.redmap.render.Composer.LOGICAL_PER_POINT);
        assertThat(labelSet(new MapRenderer().page(full))).isEqualTo(labelSet(shownPage().page()));

        shortcut(KeyCode.DIGIT1, false);
        waitUntil(() -> window.mapView().isVisible());
    }

    @Test
    void theNorthArrowIsDraggedAndALabelRenamedThenBothAreSavedAndOpenAgain() throws Exception {
        showPage();
        PageView.Shown before = shownPage();
        Rectangle2D arrow = before.page().box(PageElement.NORTH_ARROW).orElseThrow();
        double w = before.request().viewport().width();
        double h = before.request().viewport().height();
        Point2D from = onScreen(arrow.getCenterX(), arrow.getCenterY());
        Point2D to = onScreen(0.3 * w, 0.6 * h);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        waitUntil(() -> window.state().layout().box(PageElement.NORTH_ARROW).isPresent());
        PageBox placed = fx(() -> window.state().layout().box(PageElement.NORTH_ARROW).orElseThrow());
        double arrowW = arrow.getWidth() / w;
        assertThat(placed.x() + arrowW / 2).isCloseTo(0.3, within(0.02));
        waitUntil(() -> shownPage() != before && shownPage().page().box(PageElement.NORTH_ARROW).orElseThrow().getCenterX() / w < 0.35);

        PageEditing.Label chihuahua = fx(() -> page().label(LabelKind.REGION, "MX-CHH").orElseThrow());
        fx(() -> {
            page().renameTo(chihuahua, "Chihuahua (Nokia)");
            return null;
        });
        waitUntil(() -> page().label(LabelKind.REGION, "MX-CHH").map(l -> l.text().equals("Chihuahua (Nokia)")).orElse(false));
        waitUntil(() -> stage().getTitle().startsWith("•"));
        // The free map says the new name too.
        waitUntil(() -> window.pipeline().isCurrent());
        assertThat(new MapRenderer().labels(shown())).anyMatch(l -> l.text().equals("Chihuahua (Nokia)"));

        Path file = tmp.resolve("composed.redmap.json");
        dialogs.toSaveProject = file;
        shortcut(KeyCode.S, true);
        waitUntil(() -> stage().getTitle().equals("composed — redmap"));
        Project saved = ProjectFile.read(file);
        assertThat(saved.layout().box(PageElement.NORTH_ARROW)).contains(placed);
        assertThat(saved.layout().label(LabelKind.REGION, "MX-CHH").flatMap(e -> e.text())).contains("Chihuahua (Nokia)");

        robot.clickOn("File").clickOn("New project");
        waitUntil(() -> window.state().layout().isAutomatic());
        dialogs.toOpenProject = file;
        robot.clickOn("File").clickOn("Open project…");
        waitUntil(() -> window.state().layout().equals(saved.layout()));
    }

    @Test
    void anAnnotationDraggedOnThePageMovesOnTheMapAndIsOneUndoStep() throws Exception {
        annotate("a1", "Huawei south");
        showPage();
        waitUntil(() -> !shownPage().request().map().document().annotations().isEmpty());
        PageView.Shown s = shownPage();
        PageEditing editing = new PageEditing(s.request(), s.page());
        Rectangle2D box = editing.box(new PageEditing.Mark("a1", "text label")).orElseThrow();
        Point2D from = onScreen(box.getCenterX(), box.getCenterY());
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);

        waitUntil(() -> ((org.redmap.model.annotation.TextLabel) window.state().map().document().annotations().get(0))
                .anchor().lon() > -101);
        shortcut(KeyCode.Z, false);
        waitUntil(() -> ((org.redmap.model.annotation.TextLabel) window.state().map().document().annotations().get(0))
                .anchor().lon() == -102);
    }

    @Test
    void draggingTheMapInsideThePagePansItAndTheWheelZoomsIt() throws Exception {
        showPage();
        PageView.Shown s = shownPage();
        PageEditing editing = new PageEditing(s.request(), s.page());
        double[] band = editing.mapBand();
        Point2D empty = null;
        for (double y = band[0] + 30; y < band[1] - 30 && empty == null; y += 20) {
            for (double x = 30; x < editing.width() / 2 && empty == null; x += 20) {
                if (editing.hit(x, y).isEmpty()) empty = new Point2D(x, y);
            }
        }
        assertThat(empty).as("an empty spot of the map on the page").isNotNull();
        org.redmap.geo.Viewport before = fx(() -> window.state().viewport());

        robot.drag(onScreen(empty.getX(), empty.getY()), MouseButton.PRIMARY).moveBy(50, 0).moveBy(50, 0)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> window.state().viewport().centerX() < before.centerX() - 1000);
        assertThat(fx(() -> window.state().viewport().metresPerPixel())).isEqualTo(before.metresPerPixel());

        robot.moveTo(onScreen(empty.getX(), empty.getY())).scroll(3, javafx.geometry.VerticalDirection.UP);
        waitUntil(() -> window.state().viewport().metresPerPixel() != before.metresPerPixel());
        waitUntil(() -> shownPage().request().viewport().metresPerPixel() != s.request().viewport().metresPerPixel());
    }

    @Test
    void theArrowKeysNudgeWhatIsSelectedOnThePage() throws Exception {
        showPage();
        PageView.Shown s = shownPage();
        Rectangle2D arrow = s.page().box(PageElement.NORTH_ARROW).orElseThrow();
        org.redmap.geo.Viewport view = fx(() -> window.state().viewport());
        robot.clickOn(onScreen(arrow.getCenterX(), arrow.getCenterY()));
        waitUntil(() -> page().selectedProperty().get() != null);

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        waitUntil(() -> window.state().layout().box(PageElement.NORTH_ARROW).isPresent());
        double w = s.request().viewport().width();
        assertThat(fx(() -> window.state().layout().box(PageElement.NORTH_ARROW).orElseThrow().x()))
                .isCloseTo((arrow.getX() - 10) / w, within(1e-6));
        // The map did not pan: the keys went to the selection.
        assertThat(fx(() -> window.state().viewport())).isEqualTo(view);
    }
}
