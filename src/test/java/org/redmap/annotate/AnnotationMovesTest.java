package org.redmap.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.redmap.annotate.Fixtures.ALL;
import static org.redmap.annotate.Fixtures.ARROW;
import static org.redmap.annotate.Fixtures.CALLOUT;
import static org.redmap.annotate.Fixtures.ELLIPSE;
import static org.redmap.annotate.Fixtures.LABEL;
import static org.redmap.annotate.Fixtures.POLYGON;
import static org.redmap.annotate.Fixtures.PROJECTION;
import static org.redmap.annotate.Fixtures.RECTANGLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;

class AnnotationMovesTest {

    static final double METRES = 1e-3;

    @Test
    void moveByDegreesShiftsEveryPosition() {
        Arrow moved = (Arrow) AnnotationEdits.get(AnnotationMoves.moveBy(ALL, "a3", 0.5, -0.25), "a3");
        assertThat(moved.from()).isEqualTo(ARROW.from().plus(0.5, -0.25));
        assertThat(moved.to()).isEqualTo(ARROW.to().plus(0.5, -0.25));
    }

    @Test
    void movingACalloutMovesItsBoxAndKeepsItsTarget() {
        Callout moved = (Callout) AnnotationEdits.get(AnnotationMoves.moveBy(ALL, "a2", 1, 1), "a2");
        assertThat(moved.anchor()).isEqualTo(CALLOUT.anchor().plus(1, 1));
        assertThat(moved.target()).isEqualTo(CALLOUT.target());
    }

    @Test
    void moveByProjectedKeepsTheShapeExactly() {
        List<Annotation> out = AnnotationMoves.moveByProjected(ALL, "a4", 50_000, -20_000, PROJECTION);
        List<Coordinate> before = Handles.projected(RECTANGLE, PROJECTION);
        List<Coordinate> after = Handles.projected(AnnotationEdits.get(out, "a4"), PROJECTION);
        for (int i = 0; i < 4; i++) {
            assertThat(after.get(i).x).isCloseTo(before.get(i).x + 50_000, within(METRES));
            assertThat(after.get(i).y).isCloseTo(before.get(i).y - 20_000, within(METRES));
        }
    }

    @Test
    void moveByPixelsFollowsThePointerWithScreenYDown() {
        Viewport v = new Viewport(2_500_000, 2_000_000, 1000, 800, 600);
        List<Annotation> out = AnnotationMoves.moveByPixels(ALL, "a1", 10, 20, v, PROJECTION);
        Coordinate before = PROJECTION.project(LABEL.anchor().lon(), LABEL.anchor().lat());
        LonLat anchor = AnnotationEdits.get(out, "a1").positions().get(0);
        Coordinate after = PROJECTION.project(anchor.lon(), anchor.lat());
        assertThat(after.x - before.x).isCloseTo(10_000, within(METRES));
        assertThat(after.y - before.y).isCloseTo(-20_000, within(METRES));
    }

    @Test
    void aRegionHighlightDoesNotMove() {
        assertThat(AnnotationMoves.moveBy(ALL, "a8", 1, 1)).isSameAs(ALL);
    }

    @Test
    void arrowHandlesAreItsTailAndHead() {
        LonLat to = new LonLat(-100, 24);
        Arrow out = (Arrow) AnnotationEdits.get(AnnotationMoves.moveHandle(ALL, "a3", 1, to, PROJECTION), "a3");
        assertThat(out.from()).isEqualTo(ARROW.from());
        assertThat(out.to().lon()).isCloseTo(-100, within(1e-9));
        assertThat(out.to().lat()).isCloseTo(24, within(1e-9));
        Arrow tail = (Arrow) AnnotationEdits.get(AnnotationMoves.moveHandle(ALL, "a3", 0, to, PROJECTION), "a3");
        assertThat(tail.to()).isEqualTo(ARROW.to());
        assertThat(tail.from().lon()).isCloseTo(-100, within(1e-9));
    }

    @Test
    void aCalloutsHandleIsItsLeaderTarget() {
        LonLat to = new LonLat(-108, 31.4);
        Callout out = (Callout) AnnotationEdits.get(AnnotationMoves.moveHandle(ALL, "a2", 0, to, PROJECTION), "a2");
        assertThat(out.anchor()).isEqualTo(CALLOUT.anchor());
        assertThat(out.target().lon()).isCloseTo(-108, within(1e-9));
        assertThat(out.target().lat()).isCloseTo(31.4, within(1e-9));
    }

    @Test
    void draggingARectangleCornerKeepsTheOppositeCorner() {
        List<Coordinate> before = Handles.projected(RECTANGLE, PROJECTION);
        assertThat(before).hasSize(4);
        for (int handle = 0; handle < 4; handle++) {
            Coordinate target = new Coordinate(before.get(handle).x + 30_000, before.get(handle).y - 10_000);
            RectangleNote out = (RectangleNote) Handles.move(RECTANGLE, handle, target, PROJECTION);
            List<Coordinate> after = Handles.projected(out, PROJECTION);
            assertThat(after.get(handle).distance(target)).as("handle %d follows the pointer", handle).isLessThan(METRES);
            int opposite = (handle + 2) % 4;
            assertThat(after.get(opposite).distance(before.get(opposite))).as("corner %d stays", opposite).isLessThan(METRES);
        }
    }

    @Test
    void ellipsesResizeByTheCornersOfTheirBox() {
        List<Coordinate> before = Handles.projected(ELLIPSE, PROJECTION);
        Coordinate target = new Coordinate(before.get(2).x + 40_000, before.get(2).y - 40_000);
        EllipseNote out = (EllipseNote) AnnotationEdits.get(
                AnnotationMoves.moveHandle(ALL, "a5", 2, Handles.unproject(target, PROJECTION), PROJECTION), "a5");
        assertThat(out.corner1()).isEqualTo(ELLIPSE.corner1());
        assertThat(Handles.projected(out, PROJECTION).get(2).distance(target)).isLessThan(METRES);
    }

    @Test
    void aPolygonHasAHandlePerVertex() {
        assertThat(Handles.count(POLYGON)).isEqualTo(4);
        LonLat to = new LonLat(-91, 15);
        PolygonNote out = (PolygonNote) AnnotationEdits.get(AnnotationMoves.moveHandle(ALL, "a6", 2, to, PROJECTION), "a6");
        assertThat(out.vertices().get(2).lon()).isCloseTo(-91, within(1e-9));
        assertThat(out.vertices().get(2).lat()).isCloseTo(15, within(1e-9));
        assertThat(List.of(out.vertices().get(0), out.vertices().get(1), out.vertices().get(3)))
                .containsExactly(POLYGON.vertices().get(0), POLYGON.vertices().get(1), POLYGON.vertices().get(3));
    }

    @Test
    void aHandleCanBeDraggedToThePointer() {
        Viewport v = new Viewport(2_500_000, 2_000_000, 1000, 800, 600);
        List<Annotation> out = AnnotationMoves.moveHandleToScreen(ALL, "a3", 1, 300, 200, v, PROJECTION);
        Arrow arrow = (Arrow) AnnotationEdits.get(out, "a3");
        Coordinate head = PROJECTION.project(arrow.to().lon(), arrow.to().lat());
        assertThat(v.toScreenX(head.x)).isCloseTo(300, within(1e-6));
        assertThat(v.toScreenY(head.y)).isCloseTo(200, within(1e-6));
    }

    @Test
    void labelsPinsAndHighlightsHaveNoHandles() {
        assertThat(Handles.count(LABEL)).isZero();
        assertThat(Handles.projected(Fixtures.PIN, PROJECTION)).isEmpty();
        assertThat(Handles.projected(Fixtures.HIGHLIGHT, PROJECTION)).isEmpty();
        assertThatThrownBy(() -> AnnotationMoves.moveHandle(ALL, "a1", 0, new LonLat(0, 0), PROJECTION))
                .hasMessageContaining("a text label has 0 handles");
        assertThatThrownBy(() -> Handles.move(RECTANGLE, 4, new Coordinate(), PROJECTION)).hasMessageContaining("4 handles");
        assertThatThrownBy(() -> Handles.move(ARROW, -1, new Coordinate(), PROJECTION)).hasMessageContaining("handle -1");
    }
}
