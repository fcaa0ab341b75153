package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.render.AnnotatedMaps.home;
import static org.redmap.render.AnnotatedMaps.screen;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.redmap.annotate.HitTester;
import org.redmap.annotate.ZOrder;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/** Picking annotations with the pointer, answered from the same layout the painter draws. */
class AnnotationHitTest {

    static final LonLat NW = new LonLat(-112, 31);
    static final LonLat SE = new LonLat(-109, 28);
    static final RectangleNote OPEN_BOX = RectangleNote.of("box", NW, SE).withStyle(new AnnotationStyle("#FF0000", 2, 12, 0));
    static final RectangleNote FILLED_BOX = OPEN_BOX.withStyle(OPEN_BOX.style().withFillOpacity(0.3));
    static final TextLabel LABEL = TextLabel.of("label", new LonLat(-110.5, 29.5), "Sonora note");
    static final Arrow ARROW = Arrow.of("arrow", new LonLat(-95, 25), new LonLat(-97.9, 22.3));
    static final Callout CALLOUT = Callout.of("callout", new LonLat(-104.5, 32.4), new LonLat(-107.9, 31.35), "Border sites");
    static final Pin PIN = Pin.of("pin", new LonLat(-99.6, 17.6), "Deployment push", "");
    static final RegionHighlight OAXACA = RegionHighlight.of("oax", "MX-OAX");

    static HitTester tester(List<Annotation> annotations) {
        return AnnotationFigures.hitTester(AnnotatedMaps.with(annotations), home());
    }

    static Optional<String> idAt(List<Annotation> annotations, Point2D p, double tolerance) {
        return tester(annotations).annotationAt(annotations, p.getX(), p.getY(), tolerance).map(Annotation::id);
    }

    static Point2D middle(LonLat a, LonLat b) {
        Point2D p = screen(a, home());
        Point2D q = screen(b, home());
        return new Point2D.Double((p.getX() + q.getX()) / 2, (p.getY() + q.getY()) / 2);
    }

    @Test
    void theTopmostAnnotationWins() {
        Point2D onLabel = screen(LABEL.anchor(), home());
        List<Annotation> labelOnTop = List.of(FILLED_BOX, LABEL);
        assertThat(idAt(labelOnTop, onLabel, 2)).contains("label");
        List<Annotation> boxOnTop = ZOrder.bringToFront(labelOnTop, "box");
        assertThat(idAt(boxOnTop, onLabel, 2)).contains("box");
    }

    @Test
    void anUnfilledShapeIsPickedByItsLineOnly() {
        Point2D centre = middle(NW, SE);
        assertThat(idAt(List.of(OPEN_BOX), centre, 3)).isEmpty();
        assertThat(idAt(List.of(FILLED_BOX), centre, 3)).contains("box");
        Point2D nw = screen(NW, home());
        Point2D onTopEdge = new Point2D.Double(centre.getX(), nw.getY());
        assertThat(idAt(List.of(OPEN_BOX), onTopEdge, 0)).contains("box");
    }

    @Test
    void toleranceIsInPixels() {
        Point2D nw = screen(NW, home());
        Point2D above = new Point2D.Double(middle(NW, SE).getX(), nw.getY() - 5);
        assertThat(idAt(List.of(OPEN_BOX), above, 1)).isEmpty();
        assertThat(idAt(List.of(OPEN_BOX), above, 5)).contains("box");
    }

    @Test
    void linesTextBoxesAndPinsArePicked() {
        assertThat(idAt(List.of(ARROW), middle(ARROW.from(), ARROW.to()), 2)).contains("arrow");
        assertThat(idAt(List.of(ARROW), screen(ARROW.to(), home()), 2)).as("the tip").contains("arrow");
        assertThat(idAt(List.of(CALLOUT), screen(CALLOUT.anchor(), home()), 0)).as("the box").contains("callout");
        assertThat(idAt(List.of(CALLOUT), middle(CALLOUT.anchor(), CALLOUT.target()), 3)).as("the leader").contains("callout");
        Point2D tip = screen(PIN.point(), home());
        assertThat(idAt(List.of(PIN), new Point2D.Double(tip.getX(), tip.getY() - 8), 0)).as("the pin").contains("pin");
        Rectangle2D bounds = new AnnotationFigures(AnnotatedMaps.with(List.of(PIN)), home()).bounds(PIN).orElseThrow();
        assertThat(idAt(List.of(PIN), new Point2D.Double(bounds.getMaxX() - 5, bounds.getCenterY()), 0)).as("its title")
                .contains("pin");
        assertThat(idAt(List.of(ARROW, CALLOUT, PIN), new Point2D.Double(5, 300), 4)).isEmpty();
    }

    @Test
    void aHighlightIsPickedAlongItsHaloNotDeepInsideTheRegion() {
        Viewport v = home();
        Geometry oaxaca = AnnotatedMaps.base().region("MX-OAX").orElseThrow().geometry();
        Coordinate outside = oaxaca.buffer(4 * v.metresPerPixel()).getBoundary().getCoordinates()[0];
        assertThat(idAt(List.of(OAXACA), new Point2D.Double(v.toScreenX(outside.x), v.toScreenY(outside.y)), 2)).contains("oax");
        Coordinate deep = oaxaca.getInteriorPoint().getCoordinate();
        assertThat(idAt(List.of(OAXACA), new Point2D.Double(v.toScreenX(deep.x), v.toScreenY(deep.y)), 2)).isEmpty();
        RegionHighlight missing = RegionHighlight.of("gone", "XX-NOWHERE");
        assertThat(idAt(List.of(missing), new Point2D.Double(v.toScreenX(outside.x), v.toScreenY(outside.y)), 50)).isEmpty();
    }

    @Test
    void handlesOfTheSelectionAreFoundUnderThePointer() {
        HitTester hits = tester(List.of(OPEN_BOX, ARROW, CALLOUT, LABEL));
        Point2D se = screen(SE, home());
        assertThat(hits.handleAt(OPEN_BOX, se.getX() + 2, se.getY() - 2, 1)).hasValue(2);
        Point2D nw = screen(NW, home());
        assertThat(hits.handleAt(OPEN_BOX, se.getX(), nw.getY(), 1)).hasValue(1);
        assertThat(hits.handleAt(OPEN_BOX, nw.getX(), se.getY(), 1)).hasValue(3);
        assertThat(hits.handleAt(OPEN_BOX, middle(NW, SE).getX(), middle(NW, SE).getY(), 3)).isEmpty();

        Point2D head = screen(ARROW.to(), home());
        assertThat(hits.handleAt(ARROW, head.getX(), head.getY(), 0)).hasValue(1);
        Point2D tail = screen(ARROW.from(), home());
        assertThat(hits.handleAt(ARROW, tail.getX() + 6, tail.getY(), 3)).hasValue(0);
        assertThat(hits.handleAt(ARROW, tail.getX() + 12, tail.getY(), 3)).isEmpty();

        Point2D target = screen(CALLOUT.target(), home());
        assertThat(hits.handleAt(CALLOUT, target.getX(), target.getY(), 0)).hasValue(0);
        assertThat(hits.handleAt(LABEL, screen(LABEL.anchor(), home()).getX(), screen(LABEL.anchor(), home()).getY(), 5)).isEmpty();
    }
}
