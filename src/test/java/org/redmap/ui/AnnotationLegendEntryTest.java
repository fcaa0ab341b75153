package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.render.MapRenderer;

/** An annotation given a legend entry in the editor pane: ticked, worded, shown in the legend, undone. */
class AnnotationLegendEntryTest extends WindowTest {

    private List<Annotation> annotations() throws Exception {
        return fx(() -> window.state().map().document().annotations());
    }

    @Test
    void tickingTheBoxListsTheMarkInTheLegendUnderTheWordsTyped() throws Exception {
        focusMap();
        robot.type(KeyCode.R);
        Point2D a = screenPoint(-104, 26);
        Point2D b = screenPoint(-99, 21);
        robot.drag(a, MouseButton.PRIMARY).moveTo(b).drop();
        waitUntil(() -> annotations().size() == 1);
        RectangleNote drawn = (RectangleNote) annotations().get(0);
        assertThat(drawn.style().inLegend()).isFalse();
        assertThat(fx(() -> robot.lookup("#annotationLegendLabel").queryTextInputControl().isDisabled())).isTrue();

        robot.clickOn("#annotationInLegend");
        waitUntil(() -> annotations().get(0).style().inLegend());
        assertThat(annotations().get(0).style().legendLabel()).as("a ticked box always gives an entry").isEqualTo("Rectangle");
        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Change rectangle legend entry");

        robot.doubleClickOn("#annotationLegendLabel");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Planned trial area");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> annotations().get(0).style().legendLabel().equals("Planned trial area"));
        waitUntil(() -> window.pipeline().isCurrent()
                && window.pipeline().shownProperty().get().request().map().document().annotations().equals(annotations()));
        List<String> rows = fx(() -> new MapRenderer().page(window.pipeline().shownProperty().get().request()).legend().rows());
        assertThat(rows).containsSubsequence("ANALYST'S MARKS", "Planned trial area");

        assertThat(fx(() -> menuItem("menuUndo").getText())).isEqualTo("Undo Change rectangle legend entry");
        fx(() -> {
            menuItem("menuUndo").fire();
            menuItem("menuUndo").fire();
            return null;
        });
        waitUntil(() -> annotations().get(0).equals(drawn));
        assertThat(fx(() -> robot.lookup("#annotationInLegend").queryAs(javafx.scene.control.CheckBox.class).isSelected())).isFalse();
    }
}
