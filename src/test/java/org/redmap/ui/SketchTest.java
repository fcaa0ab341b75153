package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.PolygonNote;

/** The drawing state machine of each tool, on a plain linear screen-to-map function. */
class SketchTest {

    /** 100 px per degree, with (0, 0) at 100° W, 30° N; y grows south. Off the map left of x = -500. */
    private static Optional<LonLat> toMap(double x, double y) {
        if (x < -500) return Optional.empty();
        return Optional.of(new LonLat(-100 + x / 100, 30 - y / 100));
    }

    private static Sketch sketch(AnnotationTool tool) {
        return new Sketch(tool, SketchTest::toMap);
    }

    @Test
    void aRectangleIsADragFromCornerToCorner() {
        Sketch s = sketch(AnnotationTool.RECTANGLE);
        s.press(100, 200);
        assertThat(s.inProgress()).isTrue();
        s.move(150, 260);
        assertThat(s.preview()).containsExactly(new LonLat(-99, 28), new LonLat(-98.5, 27.4));
        Sketch.Drawn d = s.release(300, 400).orElseThrow();
        assertThat(d.points()).containsExactly(new LonLat(-99, 28), new LonLat(-97, 26));
        assertThat(s.inProgress()).isFalse();
        assertThat(d.tool().create("a1", d.points(), null, null, null).kind()).isEqualTo(AnnotationKind.RECTANGLE);
    }

    @Test
    void aClickWithADragToolDrawsNothingAndSaysWhy() {
        Sketch s = sketch(AnnotationTool.ARROW);
        s.press(100, 100);
        assertThat(s.release(102, 101)).isEmpty();
        assertThat(s.problem()).isEqualTo("Drag to draw an arrow");
    }

    @Test
    void aCalloutDragGoesFromTheFeatureToTheBoxAndAClickPutsTheBoxNearby() {
        Sketch s = sketch(AnnotationTool.CALLOUT);
        s.press(100, 100);
        Sketch.Drawn dragged = s.release(300, 0).orElseThrow();
        // Anchor (the box) first, then the target.
        assertThat(dragged.points()).containsExactly(new LonLat(-97, 30), new LonLat(-99, 29));
        s.press(100, 100);
        Sketch.Drawn clicked = s.release(100, 100).orElseThrow();
        assertThat(clicked.points().get(1)).isEqualTo(new LonLat(-99, 29));
        assertThat(clicked.x()).isEqualTo(100 + Sketch.CALLOUT_DX);
        assertThat(clicked.y()).isEqualTo(100 + Sketch.CALLOUT_DY);
    }

    @Test
    void pointToolsTakeOneClick() {
        for (AnnotationTool tool : new AnnotationTool[] {AnnotationTool.TEXT, AnnotationTool.PIN, AnnotationTool.HIGHLIGHT}) {
            Sketch s = sketch(tool);
            s.press(50, 50);
            assertThat(s.release(50, 50)).isEmpty();
            Sketch.Drawn d = s.click(50, 50, 1).orElseThrow();
            assertThat(d.points()).containsExactly(new LonLat(-99.5, 29.5));
            assertThat(s.click(60, 50, 2)).as("a quick click after another counts too").isPresent();
        }
    }

    @Test
    void aPolygonCollectsCornersUntilADoubleClick() {
        Sketch s = sketch(AnnotationTool.POLYGON);
        assertThat(s.click(0, 0, 1)).isEmpty();
        assertThat(s.click(100, 0, 1)).isEmpty();
        s.move(150, 80);
        assertThat(s.preview()).hasSize(3);
        assertThat(s.click(100, 100, 1)).isEmpty();
        assertThat(s.vertexCount()).isEqualTo(3);
        // A double-click: its first click places the last corner, its second finishes.
        assertThat(s.click(0, 100, 1)).isEmpty();
        Sketch.Drawn d = s.click(0, 100, 2).orElseThrow();
        assertThat(d.points()).hasSize(4);
        assertThat(s.inProgress()).isFalse();
        assertThat(d.tool().create("a7", d.points(), null, null, null)).isInstanceOf(PolygonNote.class);
    }

    @Test
    void enterFinishesAPolygonOnlyWithThreeCornersAndBackspaceTakesOneBack() {
        Sketch s = sketch(AnnotationTool.POLYGON);
        s.click(0, 0, 1);
        s.click(100, 0, 1);
        assertThat(s.finish()).isEmpty();
        assertThat(s.problem()).contains("at least three corners");
        s.click(100, 100, 1);
        assertThat(s.removeLastVertex()).isTrue();
        assertThat(s.vertexCount()).isEqualTo(2);
        s.click(50, 100, 1);
        assertThat(s.finish()).map(d -> d.points().size()).contains(3);
    }

    @Test
    void clicksAtTheSameSpotAddOneCorner() {
        Sketch s = sketch(AnnotationTool.POLYGON);
        s.click(10, 10, 1);
        s.click(11, 11, 1);
        assertThat(s.vertexCount()).isEqualTo(1);
    }

    @Test
    void escapeCancelsTheDrawing() {
        Sketch s = sketch(AnnotationTool.POLYGON);
        s.click(0, 0, 1);
        s.click(100, 0, 1);
        s.cancel();
        assertThat(s.inProgress()).isFalse();
        assertThat(s.preview()).isEmpty();
    }

    @Test
    void pointsOffTheMapAreRefused() {
        Sketch s = sketch(AnnotationTool.TEXT);
        assertThat(s.click(-600, 0, 1)).isEmpty();
        assertThat(s.problem()).contains("off the map");
    }

    @Test
    void everyToolHasItsOwnKeyAndSelectDrawsNothing() {
        assertThat(AnnotationTool.forKey(KeyCode.V)).contains(AnnotationTool.SELECT);
        assertThat(AnnotationTool.forKey(KeyCode.T)).contains(AnnotationTool.TEXT);
        assertThat(AnnotationTool.forKey(KeyCode.C)).contains(AnnotationTool.CALLOUT);
        assertThat(AnnotationTool.forKey(KeyCode.A)).contains(AnnotationTool.ARROW);
        assertThat(AnnotationTool.forKey(KeyCode.R)).contains(AnnotationTool.RECTANGLE);
        assertThat(AnnotationTool.forKey(KeyCode.E)).contains(AnnotationTool.ELLIPSE);
        assertThat(AnnotationTool.forKey(KeyCode.P)).contains(AnnotationTool.POLYGON);
        assertThat(AnnotationTool.forKey(KeyCode.N)).contains(AnnotationTool.PIN);
        assertThat(AnnotationTool.forKey(KeyCode.H)).contains(AnnotationTool.HIGHLIGHT);
        assertThat(AnnotationTool.forKey(KeyCode.X)).isEmpty();
        assertThat(java.util.Arrays.stream(AnnotationTool.values()).map(AnnotationTool::key).distinct()).hasSize(9);
        assertThatThrownBy(() -> sketch(AnnotationTool.SELECT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnnotationTool.RECTANGLE.labelWithKey()).isEqualTo("Rectangle  (R)");
    }
}
