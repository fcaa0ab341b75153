package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/** Drawing, selecting, moving, resizing, restyling and undoing annotations as an analyst does, on Monocle. */
class AnnotationToolsTest extends WindowTest {

    private List<Annotation> annotations() throws Exception {
        return fx(() -> window.state().map().document().annotations());
    }

    private Annotation only() throws Exception {
        List<Annotation> all = annotations();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Waits for the frame drawn with exactly these annotations, and returns its image. */
    private Image frameWith(List<Annotation> expected) throws Exception {
        waitUntil(() -> window.pipeline().isCurrent()
                && window.pipeline().shownProperty().get().request().map().document().annotations().equals(expected));
        return fx(() -> window.pipeline().shownProperty().get().image());
    }

    private Image frame() throws Exception {
        return frameWith(annotations());
    }

    /** The frame's colour at a map position (its image may be at a HiDPI scale). */
    private int pixel(Image image, double lon, double lat) throws Exception {
        return pixel(image, viewPoint(screenPoint(lon, lat)));
    }

    private int pixel(Image image, Point2D p) throws Exception {
        double scale = image.getWidth() / fx(() -> window.state().viewport().width());
        return image.getPixelReader().getArgb((int) Math.round(p.getX() * scale), (int) Math.round(p.getY() * scale));
    }

    private LonLat lonLatAt(Point2D screen) throws Exception {
        return fx(() -> {
            Point2D local = window.mapView().screenToLocal(screen);
            Coordinate c = window.state().lonLatAt(local.getX(), local.getY()).orElseThrow();
            return new LonLat(c.x, c.y);
        });
    }

    private void tool(KeyCode key) throws Exception {
        focusMap();
        robot.type(key);
    }

    private void drag(Point2D from, Point2D to) {
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
    }

    @Test
    void aRectangleIsDrawnByDraggingAndShowsOnTheMap() throws Exception {
        Image before = frame();
        int inside = pixel(before, -101.5, 23.5);
        tool(KeyCode.R);
        assertThat(fx(() -> window.annotations().tool())).isEqualTo(AnnotationTool.RECTANGLE);
        Point2D a = screenPoint(-104, 26);
        Point2D b = screenPoint(-99, 21);
        drag(a, b);
        waitUntil(() -> annotations().size() == 1);
        RectangleNote r = (RectangleNote) only();
        assertThat(r.corner1().lon()).isCloseTo(-104, within(0.1));
        assertThat(r.corner1().lat()).isCloseTo(26, within(0.1));
        assertThat(r.corner2().lon()).isCloseTo(-99, within(0.1));
        assertThat(r.corner2().lat()).isCloseTo(21, within(0.1));
        // Drawn, selected with its handles, and the tool is back to Select.
        assertThat(fx(() -> window.state().selection())).isEqualTo(Selection.annotation(r.id()));
        assertThat(fx(() -> window.annotations().tool())).isEqualTo(AnnotationTool.SELECT);
        Image after = frameWith(List.of(r));
        assertThat(fx(() -> window.pipeline().shownProperty().get().request().selectedAnnotationId())).isEqualTo(r.id());
        assertThat(pixel(after, -101.5, 23.5)).as("the rectangle's fill tints the map").isNotEqualTo(inside);
        assertThat(text("#annotationHeading")).isEqualTo("Rectangle");
    }

    @Test
    void anArrowIsDrawnTailToHead() throws Exception {
        tool(KeyCode.A);
        Point2D tail = screenPoint(-108, 30);
        Point2D head = screenPoint(-100, 25);
        drag(tail, head);
        waitUntil(() -> annotations().size() == 1);
        Arrow arrow = (Arrow) only();
        assertThat(arrow.from().lon()).isCloseTo(-108, within(0.1));
        assertThat(arrow.to().lat()).isCloseTo(25, within(0.1));
        Image after = frameWith(List.of(arrow));
        Point2D midway = viewPoint(screenPoint(arrow.from().lon(), arrow.from().lat()))
                .midpoint(viewPoint(screenPoint(arrow.to().lon(), arrow.to().lat())));
        assertThat(pixel(after, midway) & 0xFFFFFF).as("red shaft midway").isEqualTo(0xC62828);
    }

    @Test
    void aTextLabelIsAClickAndTypedWords() throws Exception {
        tool(KeyCode.T);
        robot.clickOn(screenPoint(-102, 24));
        waitUntil(() -> robot.lookup("#inlineText").tryQuery().isPresent());
        // The pointer's label waits while the card is open, so it never covers what is typed.
        robot.moveTo(screenPoint(-96.7, 17.1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.mapView().chip().isVisible())).isFalse();
        robot.write("Huawei south");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> annotations().size() == 1);
        robot.moveTo(screenPoint(-96.6, 17.2));
        waitUntil(() -> window.mapView().chip().isVisible());
        TextLabel label = (TextLabel) only();
        assertThat(label.text()).isEqualTo("Huawei south");
        assertThat(label.anchor().lon()).isCloseTo(-102, within(0.1));
        assertThat(robot.lookup("#inlineText").tryQuery()).isEmpty();
        frameWith(List.of(label));

        // Words being typed are placed, not lost, when another tool is picked from the palette.
        tool(KeyCode.T);
        robot.clickOn(screenPoint(-106, 28));
        waitUntil(() -> robot.lookup("#inlineText").tryQuery().isPresent());
        robot.write("Nokia north");
        robot.clickOn("#tool-rectangle");
        waitUntil(() -> annotations().size() == 2);
        assertThat(((TextLabel) annotations().get(1)).text()).isEqualTo("Nokia north");
        assertThat(fx(() -> window.annotations().tool())).isEqualTo(AnnotationTool.RECTANGLE);
    }

    @Test
    void clickingOaxacaWithTheHighlightToolPutsAHaloAroundIt() throws Exception {
        Image before = frame();
        tool(KeyCode.H);
        robot.clickOn(screenPoint(-96.7, 17.1));
        waitUntil(() -> annotations().size() == 1);
        RegionHighlight h = (RegionHighlight) only();
        assertThat(h.regionId()).isEqualTo("MX-OAX");
        assertThat(text("#annotationRegion")).isEqualTo("Oaxaca (MX-OAX)");
        Image after = frameWith(List.of(h));
        // The sea just off Oaxaca's coast glows in the halo's colour.
        assertThat(pixel(after, -97.0, 15.62)).isNotEqualTo(pixel(before, -97.0, 15.62));
        // Clicking it again selects the halo that is there rather than adding a second.
        tool(KeyCode.H);
        robot.clickOn(screenPoint(-96.7, 17.1));
        waitUntil(() -> window.annotations().tool() == AnnotationTool.SELECT);
        assertThat(annotations()).hasSize(1);
    }

    @Test
    void aCalloutAPinAndAPolygonAreDrawnToo() throws Exception {
        tool(KeyCode.C);
        drag(screenPoint(-100.3, 25.7), screenPoint(-95, 28));
        waitUntil(() -> robot.lookup("#inlineText").tryQuery().isPresent());
        robot.write("Core data centre");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> annotations().size() == 1);
        Callout callout = (Callout) annotations().get(0);
        assertThat(callout.text()).isEqualTo("Core data centre");
        assertThat(callout.target().lon()).isCloseTo(-100.3, within(0.1));
        assertThat(callout.anchor().lon()).isCloseTo(-95, within(0.1));

        tool(KeyCode.N);
        robot.clickOn(screenPoint(-99.1, 19.4));
        waitUntil(() -> robot.lookup("#inlineTitle").tryQuery().isPresent());
        robot.write("NOC");
        robot.type(KeyCode.TAB);
        robot.write("Network operations");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> annotations().size() == 2);
        Pin pin = (Pin) annotations().get(1);
        assertThat(pin.title()).isEqualTo("NOC");
        assertThat(pin.note()).isEqualTo("Network operations");

        tool(KeyCode.P);
        robot.clickOn(screenPoint(-106, 24));
        robot.clickOn(screenPoint(-103, 27));
        robot.clickOn(screenPoint(-101, 23));
        robot.doubleClickOn(screenPoint(-104, 21));
        waitUntil(() -> annotations().size() == 3);
        assertThat(((PolygonNote) annotations().get(2)).vertices()).hasSize(4);

        // Escape abandons a polygon half drawn.
        tool(KeyCode.P);
        robot.clickOn(screenPoint(-110, 28));
        robot.clickOn(screenPoint(-108, 29));
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> window.annotations().tool() == AnnotationTool.SELECT);
        assertThat(annotations()).hasSize(3);
        frameWith(annotations());
    }

    @Test
    void draggingASelectedShapeMovesItAndItsHandleResizesIt() throws Exception {
        tool(KeyCode.E);
        drag(screenPoint(-106, 26), screenPoint(-100, 22));
        waitUntil(() -> annotations().size() == 1);
        EllipseNote drawn = (EllipseNote) only();
        double mpp = fx(() -> window.state().viewport().metresPerPixel());

        // Grab the outline (an ellipse is picked by its line) and move it 60 px right, 30 px down.
        Point2D left = screenPoint(-106, 24);
        Point2D onLine = viewPoint(left);
        Point2D start = fx(() -> {
            // The leftmost point of the drawn ellipse, at the box's mid-height.
            Viewport v = window.state().viewport();
            Coordinate c1 = window.state().map().projection().project(drawn.corner1().lon(), drawn.corner1().lat());
            Coordinate c2 = window.state().map().projection().project(drawn.corner2().lon(), drawn.corner2().lat());
            return window.mapView().localToScreen(v.toScreenX(c1.x), (v.toScreenY(c1.y) + v.toScreenY(c2.y)) / 2);
        });
        assertThat(onLine).isNotNull();
        drag(start, start.add(60, 30));
        waitUntil(() -> !annotations().get(0).equals(drawn));
        EllipseNote moved = (EllipseNote) only();
        Coordinate before = fx(() -> window.state().map().projection().project(drawn.corner1().lon(), drawn.corner1().lat()));
        Coordinate after = fx(() -> window.state().map().projection().project(moved.corner1().lon(), moved.corner1().lat()));
        assertThat(after.x - before.x).isCloseTo(60 * mpp, within(2 * mpp));
        assertThat(after.y - before.y).isCloseTo(-30 * mpp, within(2 * mpp));
        assertThat(moved.corner1().lon()).isNotEqualTo(drawn.corner1().lon());
        assertThat(fx(() -> window.annotations().session().undoLabelProperty().get())).isEqualTo("Move ellipse");

        // Handle 2 is the second corner: drag it to a new place; the first corner stays.
        Point2D corner2 = screenPoint(moved.corner2().lon(), moved.corner2().lat());
        Point2D target = screenPoint(-96, 19);
        drag(corner2, target);
        waitUntil(() -> !annotations().get(0).equals(moved));
        EllipseNote resized = (EllipseNote) only();
        assertThat(resized.corner1()).isEqualTo(moved.corner1());
        assertThat(resized.corner2().lon()).isCloseTo(-96, within(0.1));
        assertThat(resized.corner2().lat()).isCloseTo(19, within(0.1));
        assertThat(fx(() -> window.annotations().session().undoLabelProperty().get())).isEqualTo("Resize ellipse");
        frameWith(List.of(resized));

        // One drag, one undo step.
        shortcut(KeyCode.Z, false);
        waitUntil(() -> annotations().get(0).equals(moved));
        shortcut(KeyCode.Z, false);
        waitUntil(() -> annotations().get(0).equals(drawn));
    }

    @Test
    void deleteRemovesTheSelectedAnnotationAndUndoBringsItBack() throws Exception {
        tool(KeyCode.R);
        drag(screenPoint(-104, 26), screenPoint(-99, 21));
        waitUntil(() -> annotations().size() == 1);
        Annotation r = only();
        focusMap();
        robot.type(KeyCode.DELETE);
        waitUntil(() -> annotations().isEmpty());
        assertThat(fx(() -> window.state().selection())).isNull();
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Delete rectangle");
        frameWith(List.of());
        robot.clickOn("Edit").clickOn("Undo Delete rectangle");
        waitUntil(() -> annotations().equals(List.of(r)));
        // Right-click offers the same, on the annotation under the pointer.
        robot.clickOn(screenPoint(-96.7, 17.1));
        // Monocle does not turn a right click into a context-menu request as desktop platforms do: send one.
        Point2D inside = screenPoint(-101.5, 23.5);
        Point2D scene = fx(() -> window.mapView().localToScene(window.mapView().screenToLocal(inside)));
        fx(() -> {
            javafx.event.Event.fireEvent(window.mapView(), new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    inside.getX(), inside.getY(), false, null));
            return null;
        });
        waitUntil(() -> robot.lookup("Send to back").tryQuery().isPresent());
        assertThat(fx(() -> window.state().selection())).isEqualTo(Selection.annotation(r.id()));
        robot.clickOn("Delete rectangle");
        waitUntil(() -> annotations().isEmpty());
        shortcut(KeyCode.Z, false);
        waitUntil(() -> annotations().equals(List.of(r)));
        // Clicking on a filled shape selects it; Backspace deletes too.
        robot.clickOn(screenPoint(-101.5, 23.5));
        waitUntil(() -> Selection.annotation(r.id()).equals(window.state().selection()));
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> annotations().isEmpty());
    }

    @Test
    void undoAndRedoWalkTheStepsAndANewChangeDropsTheRedo() throws Exception {
        tool(KeyCode.R);
        drag(screenPoint(-110, 30), screenPoint(-106, 27));
        tool(KeyCode.E);
        drag(screenPoint(-104, 26), screenPoint(-100, 22));
        tool(KeyCode.A);
        drag(screenPoint(-98, 24), screenPoint(-95, 20));
        waitUntil(() -> annotations().size() == 3);
        List<Annotation> three = annotations();
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Add arrow");
        assertThat(fx(() -> menuItem("menuRedo").isDisable())).isTrue();

        shortcut(KeyCode.Z, false);
        shortcut(KeyCode.Z, false);
        waitUntil(() -> annotations().size() == 1);
        assertThat(annotations().get(0)).isInstanceOf(RectangleNote.class);
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Add rectangle");
        assertThat(fx(() -> menuItem("menuRedo").getText())).isEqualTo("Redo Add ellipse");
        frameWith(three.subList(0, 1));

        shortcut(KeyCode.Z, true);
        waitUntil(() -> annotations().size() == 2);
        assertThat(annotations()).isEqualTo(three.subList(0, 2));
        assertThat(fx(() -> menuItem("menuRedo").getText())).isEqualTo("Redo Add arrow");

        // A new change: the arrow can no longer be redone.
        tool(KeyCode.H);
        robot.clickOn(screenPoint(-96.7, 17.1));
        waitUntil(() -> annotations().size() == 3);
        assertThat(annotations().get(2)).isInstanceOf(RegionHighlight.class);
        assertThat(fx(() -> menuItem("menuRedo").isDisable())).isTrue();
        assertThat(fx(() -> menuItem("menuRedo").getText())).isEqualTo("Redo");
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Add region highlight");
        // Ctrl+Y redoes as well as Ctrl+Shift+Z; here there is nothing left to redo.
        shortcut(KeyCode.Y, false);
        assertThat(annotations()).hasSize(3);
    }

    @Test
    void theEditorPaneRestylesReordersAndEditsText() throws Exception {
        tool(KeyCode.R);
        drag(screenPoint(-110, 30), screenPoint(-106, 27));
        tool(KeyCode.T);
        robot.clickOn(screenPoint(-102, 24));
        waitUntil(() -> robot.lookup("#inlineText").tryQuery().isPresent());
        robot.write("Nokia north");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> annotations().size() == 2);
        TextLabel label = (TextLabel) annotations().get(1);

        // Font size from the pane's spinner: one undo step, named.
        fx(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Double> size = robot.lookup("#annotationFontSize").queryAs(Spinner.class);
            size.getValueFactory().setValue(22.0);
            return null;
        });
        waitUntil(() -> annotations().get(1).style().fontSize() == 22);
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Change text label font size");

        // Colour from the picker.
        fx(() -> {
            javafx.scene.control.ColorPicker picker = robot.lookup("#annotationColour").queryAs(javafx.scene.control.ColorPicker.class);
            picker.setValue(javafx.scene.paint.Color.web("#0A5FA8"));
            picker.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        waitUntil(() -> annotations().get(1).style().colour().equals("#0A5FA8"));

        // Text typed in the pane.
        robot.doubleClickOn("#annotationText");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Nokia in the north");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ((TextLabel) annotations().get(1)).text().equals("Nokia in the north"));

        // Words typed in the pane belong to the label even if the next click selects another annotation.
        robot.doubleClickOn("#annotationText");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Nokia up north");
        RectangleNote box = (RectangleNote) annotations().get(0);
        robot.clickOn(screenPoint(-108, 28.5));
        waitUntil(() -> Selection.annotation(box.id()).equals(window.state().selection()));
        waitUntil(() -> ((TextLabel) annotations().get(1)).text().equals("Nokia up north"));
        assertThat(annotations().get(0)).isEqualTo(box);
        assertThat(text("#annotationHeading")).isEqualTo("Rectangle");

        // A fill slider dragged is previewed, then recorded once when let go.
        fx(() -> {
            javafx.scene.control.Slider fill = robot.lookup("#annotationFill").queryAs(javafx.scene.control.Slider.class);
            fill.setValueChanging(true);
            fill.setValue(0.3);
            fill.setValue(0.6);
            fill.setValueChanging(false);
            return null;
        });
        waitUntil(() -> annotations().get(0).style().fillOpacity() == 0.6);
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Change rectangle fill opacity");
        shortcut(KeyCode.Z, false);
        waitUntil(() -> annotations().get(0).equals(box));
        robot.clickOn(screenPoint(-102, 24));
        waitUntil(() -> Selection.annotation(label.id()).equals(window.state().selection()));
        assertThat(text("#annotationText")).isEqualTo("Nokia up north");

        // Z-order: send the label to the back, then bring it forward again.
        robot.clickOn("#zToBack");
        waitUntil(() -> annotations().get(0).id().equals(label.id()));
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Send text label to back");
        robot.clickOn("#zForward");
        waitUntil(() -> annotations().get(1).id().equals(label.id()));

        // Double-clicking the label on the map edits its words in place.
        focusMap();
        robot.doubleClickOn(screenPoint(-102, 24));
        waitUntil(() -> robot.lookup("#inlineText").tryQuery().isPresent());
        assertThat(text("#inlineText")).isEqualTo("Nokia up north");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Nokia, north");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ((TextLabel) annotations().get(1)).text().equals("Nokia, north"));
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Edit text label text");
        frameWith(annotations());
    }

    @Test
    void dragsOffAnnotationsStillPanTheMapAndClicksStillSelectRegions() throws Exception {
        tool(KeyCode.R);
        drag(screenPoint(-110, 30), screenPoint(-106, 27));
        waitUntil(() -> annotations().size() == 1);
        robot.clickOn(screenPoint(-96.7, 17.1));
        waitUntil(() -> Selection.region("MX-OAX").equals(window.state().selection()));
        Viewport before = fx(() -> window.state().viewport());
        drag(screenPoint(-100, 20), screenPoint(-100, 20).add(80, 0));
        waitUntil(() -> window.state().viewport().centerX() < before.centerX() - 60 * before.metresPerPixel());
        assertThat(annotations()).hasSize(1);
    }
}
