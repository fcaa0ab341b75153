package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.redmap.model.LabelKind;
import org.redmap.project.OverlayIds;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.ProjectFile;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit → Undo and Redo over edits made in the panes: an override, an overlay shown, a weight
 * dragged. Each comes back in the pane that made it, not only on the map, and undoing back to
 * what was saved makes the project clean again.
 */
class UndoWindowTest extends WindowTest {

    private String menuText(String id) throws Exception {
        return fx(() -> menuItem(id).getText());
    }

    private boolean checked(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(CheckBox.class).isSelected());
    }

    private double sliderValue(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Slider.class).getValue());
    }

    private void editMenu(String item) throws Exception {
        robot.clickOn("Edit").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOverrideAnOverlayAndAWeightAreUndoneInTurnInTheirPanesAndRedone() throws Exception {
        dialogs.toSaveProject = tmp.resolve("clean.redmap.json");
        shortcut(KeyCode.S, true);
        waitUntil(() -> stage().getTitle().equals("clean — redmap") && window.state().analysis() != null);
        assertThat(menuText("menuUndo")).isEqualTo("Undo");

        // An override in the inspector.
        robot.clickOn(screenPoint(-110.5, 29.5));
        waitUntil(() -> "Sonora".equals(text("#inspectorTitle")));
        robot.clickOn("#setVendor");
        robot.clickOn("#vendor-huawei");
        waitUntil(() -> "Huawei".equals(text("#inspectorVendor")));
        assertThat(menuText("menuUndo")).isEqualTo("Undo Set vendor of Sonora");

        // An overlay shown in the layer panel.
        robot.clickOn(Reveal.reveal(robot, "#overlay-" + OverlayIds.RISK));
        waitUntil(() -> window.state().mapLayers().overlay(OverlayIds.RISK).orElseThrow().visible());
        assertThat(menuText("menuUndo")).isEqualTo("Undo Show Risk score overlay");

        // A weight dragged: many values on the way, one step.
        // The analysis of the overridden map arrives first: the panel stays put under the pointer.
        waitUntil(() -> !window.analysis().runningProperty().get() && "0.40".equals(text("#weight-value-vendor")));
        Node slider = Reveal.reveal(robot, "#weight-vendor");
        Node thumb = fx(() -> slider.lookup(".thumb"));
        Point2D at = fx(() -> {
            Bounds b = thumb.localToScreen(thumb.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.moveTo(at).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 12; i++) robot.moveTo(new Point2D(at.getX() - 5 * i, at.getY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sliderValue("#weight-vendor")).as("the slider moved").isLessThan(0.35);
        double dragged = fx(() -> window.state().analysis().riskModel().factor("vendor").weight());
        assertThat(dragged).isLessThan(0.35);
        assertThat(menuText("menuUndo")).isEqualTo("Undo Weight of Vendor");
        assertThat(fx(() -> window.history().edits().undoDepth())).as("one step for the whole drag").isEqualTo(3);
        waitUntil(() -> stage().getTitle().equals("• clean — redmap"));

        editMenu("Undo Weight of Vendor");
        waitUntil(() -> "0.40".equals(text("#weight-value-vendor")));
        assertThat(sliderValue("#weight-vendor")).isEqualTo(0.40);
        assertThat(fx(() -> window.state().analysis().riskModel().factor("vendor").weight())).isEqualTo(0.40);
        assertThat(checked("#overlay-" + OverlayIds.RISK)).as("the overlay is still shown").isTrue();
        assertThat(menuText("menuRedo")).isEqualTo("Redo Weight of Vendor");

        editMenu("Undo Show Risk score overlay");
        assertThat(checked("#overlay-" + OverlayIds.RISK)).isFalse();
        waitUntil(() -> window.pipeline().isCurrent() && !drawnOverlays().contains(OverlayIds.RISK));
        assertThat(text("#inspectorVendor")).as("the override is still there").isEqualTo("Huawei");

        editMenu("Undo Set vendor of Sonora");
        waitUntil(() -> "Nokia".equals(text("#inspectorVendor")));
        assertThat(text("#inspectorBasis")).startsWith("inferred");
        assertThat(fx(() -> window.state().isOverridden("MX-SON"))).isFalse();
        waitUntil(() -> stage().getTitle().equals("clean — redmap"));
        assertThat(fx(() -> window.tracker().modified())).as("back to what was saved").isFalse();
        assertThat(fx(() -> menuItem("menuUndo").isDisable())).isTrue();

        editMenu("Redo Set vendor of Sonora");
        waitUntil(() -> "Huawei".equals(text("#inspectorVendor")));
        assertThat(text("#inspectorBasis")).startsWith("analyst");
        editMenu("Redo Show Risk score overlay");
        assertThat(checked("#overlay-" + OverlayIds.RISK)).isTrue();
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().contains(OverlayIds.RISK));
        focusMap();
        shortcut(KeyCode.Y, false);
        waitUntil(() -> Math.abs(window.state().analysis().riskModel().factor("vendor").weight() - dragged) < 1e-9);
        assertThat(sliderValue("#weight-vendor")).isEqualTo(dragged);
        assertThat(menuText("menuRedo")).isEqualTo("Redo");
        waitUntil(() -> stage().getTitle().equals("• clean — redmap"));
    }

    @Test
    void aPageElementMoveIsAStepThatIsSavedOpenedAndUndoneBackToClean() throws Exception {
        PageBox low = new PageBox(0.05, 0.6, 0.3, 0.35);
        assertThat(fx(() -> window.history().edits().editLayout("Move legend", l -> l.withBox(PageElement.LEGEND, low)))).isTrue();
        assertThat(menuText("menuUndo")).isEqualTo("Undo Move legend");
        waitUntil(() -> stage().getTitle().equals("• Untitled — redmap"));

        Path file = tmp.resolve("page.redmap.json");
        dialogs.toSaveProject = file;
        shortcut(KeyCode.S, true);
        waitUntil(() -> stage().getTitle().equals("page — redmap"));
        assertThat(ProjectFile.read(file).layout().box(PageElement.LEGEND)).contains(low);

        robot.clickOn("File").clickOn("New project");
        waitUntil(() -> stage().getTitle().equals("Untitled — redmap") && window.state().layout().isAutomatic());
        assertThat(fx(() -> menuItem("menuUndo").isDisable())).as("a new project starts a new history").isTrue();

        dialogs.toOpenProject = file;
        shortcut(KeyCode.O, false);
        waitUntil(() -> stage().getTitle().equals("page — redmap"));
        assertThat(fx(() -> window.state().layout().box(PageElement.LEGEND))).contains(low);
        assertThat(menuText("menuUndo")).isEqualTo("Undo");

        PageBox high = new PageBox(0.65, 0.05, 0.3, 0.35);
        fx(() -> window.history().edits().editLayout("Move legend", l -> l.withBox(PageElement.LEGEND, high)));
        waitUntil(() -> stage().getTitle().equals("• page — redmap"));
        editMenu("Undo Move legend");
        assertThat(fx(() -> window.state().layout().box(PageElement.LEGEND))).contains(low);
        waitUntil(() -> stage().getTitle().equals("page — redmap"));
        editMenu("Redo Move legend");
        assertThat(fx(() -> window.state().layout().box(PageElement.LEGEND))).contains(high);
        waitUntil(() -> stage().getTitle().equals("• page — redmap"));
    }

    @Test
    void inPageModeADraggedElementAndARenamedLabelAreUndoneOnThePage() throws Exception {
        shortcut(KeyCode.DIGIT2, false);
        PageView page = fx(() -> window.pageMode().pageView());
        waitUntil(() -> window.pageMode().pageShownProperty().get() && page.shownProperty().get() != null);
        PageView.Shown before = fx(() -> page.shownProperty().get());
        java.awt.geom.Rectangle2D arrow = before.page().box(PageElement.NORTH_ARROW).orElseThrow();
        double w = before.request().viewport().width();
        double h = before.request().viewport().height();
        Point2D from = fx(() -> page.localToScreen(page.toView(arrow.getCenterX(), arrow.getCenterY())));
        Point2D to = fx(() -> page.localToScreen(page.toView(0.3 * w, 0.6 * h)));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        waitUntil(() -> window.state().layout().box(PageElement.NORTH_ARROW).isPresent());
        assertThat(menuText("menuUndo")).isEqualTo("Undo Move north arrow");
        assertThat(fx(() -> window.history().edits().undoDepth())).as("one drag, one step").isOne();

        PageEditing.Label chihuahua = fx(() -> page.label(LabelKind.REGION, "MX-CHH").orElseThrow());
        fx(() -> {
            page.renameTo(chihuahua, "Chihuahua (Nokia)");
            return null;
        });
        assertThat(menuText("menuUndo")).startsWith("Undo Rename label Chih");
        waitUntil(() -> page.label(LabelKind.REGION, "MX-CHH").map(l -> l.text().equals("Chihuahua (Nokia)")).orElse(false));

        editMenu(menuText("menuUndo"));
        waitUntil(() -> page.label(LabelKind.REGION, "MX-CHH").map(l -> l.text().equals(chihuahua.text())).orElse(false));
        assertThat(fx(() -> window.state().layout().box(PageElement.NORTH_ARROW))).as("the arrow stays placed").isPresent();
        editMenu("Undo Move north arrow");
        waitUntil(() -> window.state().layout().isAutomatic());
        waitUntil(() -> Math.abs(page.shownProperty().get().page().box(PageElement.NORTH_ARROW).orElseThrow().getCenterX()
                - arrow.getCenterX()) < 1);
        waitUntil(() -> stage().getTitle().equals("Untitled — redmap"));
        editMenu("Redo Move north arrow");
        waitUntil(() -> window.state().layout().box(PageElement.NORTH_ARROW).isPresent());
    }
}
