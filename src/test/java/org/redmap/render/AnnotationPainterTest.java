package org.redmap.render;

import org.redmap.model.Layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.render.AnnotatedMaps.H;
import static org.redmap.render.AnnotatedMaps.W;
import static org.redmap.render.AnnotatedMaps.colourAt;
import static org.redmap.render.AnnotatedMaps.home;
import static org.redmap.render.AnnotatedMaps.render;
import static org.redmap.render.AnnotatedMaps.screen;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/** Each kind of annotation, judged by the pixels it leaves on the rendered map. */
class AnnotationPainterTest {

    static final Color RED = new Color(0xFF0000);
    static final Color PURPLE = new Color(0x7B1FA2);
    static final LonLat SONORA_NW = new LonLat(-112, 31);
    static final LonLat SONORA_SE = new LonLat(-109, 28);
    static final RectangleNote RED_BOX = new RectangleNote("box", SONORA_NW, SONORA_SE, new AnnotationStyle("#FF0000", 3, 12, 0));

    static BufferedImage plain;

    @BeforeAll
    static void renderWithout() {
        plain = render(List.of(), home(), null);
    }

    @Test
    void aRedRectangleOverSonoraTurnsItsEdgesRedAndLeavesItsInsideAlone() {
        BufferedImage image = render(List.of(RED_BOX), home(), null);
        Point2D nw = screen(SONORA_NW, home());
        Point2D se = screen(SONORA_SE, home());
        for (int i = 1; i < 10; i++) {
            double x = nw.getX() + (se.getX() - nw.getX()) * i / 10;
            double y = nw.getY() + (se.getY() - nw.getY()) * i / 10;
            assertThat(Pixels.distance(colourAt(image, x, nw.getY()), RED)).as("top edge at %.0f", x).isLessThan(40);
            assertThat(Pixels.distance(colourAt(image, x, se.getY()), RED)).as("bottom edge").isLessThan(40);
            assertThat(Pixels.distance(colourAt(image, nw.getX(), y), RED)).as("left edge").isLessThan(40);
            assertThat(Pixels.distance(colourAt(image, se.getX(), y), RED)).as("right edge").isLessThan(40);
        }
        double cx = (nw.getX() + se.getX()) / 2;
        double cy = (nw.getY() + se.getY()) / 2;
        assertThat(colourAt(image, cx, cy)).as("unfilled inside").isEqualTo(colourAt(plain, cx, cy));
    }

    @Test
    void aFilledRectangleTintsItsInside() {
        BufferedImage image = render(List.of(RED_BOX.withStyle(RED_BOX.style().withFillOpacity(0.5))), home(), null);
        Point2D c = screen(new LonLat(-110.5, 29.5), home());
        Color before = Pixels.dominant(plain, new java.awt.Point((int) c.getX(), (int) c.getY()), 4);
        Color after = Pixels.dominant(image, new java.awt.Point((int) c.getX(), (int) c.getY()), 4);
        assertThat(Pixels.distance(after, RED)).isLessThan(Pixels.distance(before, RED) - 60);
    }

    @Test
    void anArrowHasItsColourInItsHeadAndAlongItsShaft() {
        LonLat from = new LonLat(-94, 25.5);
        LonLat to = new LonLat(-97.9, 22.3);
        Arrow arrow = Arrow.of("arrow", from, to);
        BufferedImage image = render(List.of(arrow), home(), null);
        Color ink = new Color(arrow.style().rgb());
        Point2D a = screen(from, home());
        Point2D b = screen(to, home());
        double len = a.distance(b);
        double ux = (b.getX() - a.getX()) / len;
        double uy = (b.getY() - a.getY()) / len;
        double head = Math.max(10, 3.2 * arrow.style().lineWidth() + 5);
        // Inside the head, a little behind the tip, and on the shaft halfway.
        assertThat(Pixels.distance(colourAt(image, b.getX() - ux * 0.45 * head, b.getY() - uy * 0.45 * head), ink)).isLessThan(40);
        assertThat(Pixels.distance(colourAt(image, (a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2), ink)).isLessThan(40);
        // The head is wider than the shaft: off the centre line by more than the line's half-width.
        double off = 0.3 * head * 0.5 + 1;
        assertThat(Pixels.distance(colourAt(image, b.getX() - ux * 0.7 * head - uy * off, b.getY() - uy * 0.7 * head + ux * off), ink))
                .isLessThan(60);
    }

    @Test
    void aTextLabelPutsItsColourInItsBox() {
        TextLabel label = new TextLabel("label", new LonLat(-104, 27.5), "NORTHERN ZONE",
                new AnnotationStyle("#7B1FA2", 1, 20, 0));
        BufferedImage image = render(List.of(label), home(), null);
        Rectangle box = box(label, home());
        assertThat(Pixels.count(plain, box, PURPLE, 30)).isZero();
        assertThat(Pixels.count(image, box, PURPLE, 30)).isGreaterThan(150);
        Point2D anchor = screen(label.anchor(), home());
        assertThat(box.getCenterX()).isCloseTo(anchor.getX(), org.assertj.core.api.Assertions.within(1.0));
        assertThat(box.getCenterY()).isCloseTo(anchor.getY(), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aHighlightDrawsAHaloAroundOaxacaAndKeepsItsInside() {
        RegionHighlight highlight = RegionHighlight.of("hl", "MX-OAX");
        BufferedImage image = render(List.of(highlight), home(), null);
        Color ink = new Color(highlight.style().rgb());
        ProjectedMap map = AnnotatedMaps.base();
        Viewport v = home();
        Geometry oaxaca = map.region("MX-OAX").orElseThrow().geometry();

        // Points 5 px outside the outline all round: every one is tinted toward the highlight colour.
        Geometry ring = oaxaca.buffer(5 * v.metresPerPixel()).getBoundary();
        int tinted = 0;
        int total = 0;
        for (Coordinate c : ring.getCoordinates()) {
            double x = v.toScreenX(c.x);
            double y = v.toScreenY(c.y);
            total++;
            if (Pixels.distance(colourAt(image, x, y), ink) < Pixels.distance(colourAt(plain, x, y), ink) - 15) tinted++;
        }
        assertThat(tinted).as("%d of %d points around Oaxaca tinted", tinted, total).isGreaterThan(total * 9 / 10);

        // Deep inside, the region keeps its vendor colour untouched.
        Coordinate inside = oaxaca.getInteriorPoint().getCoordinate();
        Geometry core = oaxaca.buffer(-15 * v.metresPerPixel());
        int changedInside = 0;
        for (Coordinate c : core.getCoordinates()) {
            if (colourAt(image, v.toScreenX(c.x), v.toScreenY(c.y)).getRGB() != colourAt(plain, v.toScreenX(c.x), v.toScreenY(c.y)).getRGB()) {
                changedInside++;
            }
        }
        assertThat(changedInside).isZero();
        assertThat(Pixels.dominant(image, new java.awt.Point((int) v.toScreenX(inside.x), (int) v.toScreenY(inside.y)), 5))
                .isEqualTo(Pixels.dominant(plain, new java.awt.Point((int) v.toScreenX(inside.x), (int) v.toScreenY(inside.y)), 5));

        // Nothing changes far from Oaxaca.
        Rectangle2D bounds = new AnnotationFigures(AnnotatedMaps.with(List.of(highlight)), v).bounds(highlight).orElseThrow();
        Rectangle changed = Pixels.difference(plain, image);
        assertThat(grow(bounds, 2).contains(changed)).as("changes %s within %s", changed, bounds).isTrue();
    }

    @Test
    void aHighlightOfAMissingRegionDrawsNothing() {
        RegionHighlight missing = RegionHighlight.of("hl", "XX-NOWHERE");
        assertThat(Pixels.difference(plain, render(List.of(missing), home(), "hl"))).isNull();
        assertThat(new AnnotationFigures(AnnotatedMaps.with(List.of(missing)), home()).bounds(missing)).isEmpty();
    }

    @Test
    void aCalloutIsAWhiteBoxWithDarkTextAndALeaderEndingInADot() {
        Callout callout = Callout.of("c", new LonLat(-104.5, 32.4), new LonLat(-107.9, 31.35),
                "Reuters (2019): the sites near the US border went to Nokia.");
        BufferedImage image = render(List.of(callout), home(), null);
        AnnotationFigure.CalloutBox figure = (AnnotationFigure.CalloutBox) new AnnotationFigures(
                AnnotatedMaps.with(List.of(callout)), home()).figure(callout).orElseThrow();
        Rectangle box = figure.box().getBounds();
        box.grow(-3, -3);
        assertThat(Pixels.count(image, box, Pixels::nearWhite)).isGreaterThan(box.width * box.height / 2);
        assertThat(Pixels.count(image, box, Pixels::dark)).as("text").isGreaterThan(60);
        assertThat(figure.text().lines()).hasSizeGreaterThan(1);
        Point2D target = screen(callout.target(), home());
        assertThat(Pixels.distance(colourAt(image, target.getX(), target.getY()), new Color(callout.style().rgb()))).isLessThan(40);
        Point2D mid = new Point2D.Double(figure.leader().getX1() * 0.5 + figure.leader().getX2() * 0.5,
                figure.leader().getY1() * 0.5 + figure.leader().getY2() * 0.5);
        assertThat(Pixels.distance(colourAt(image, mid.getX(), mid.getY()), new Color(callout.style().rgb()))).isLessThan(60);
    }

    @Test
    void anEllipseRunsThroughTheMiddlesOfItsBoxSides() {
        LonLat a = new LonLat(-101.5, 26.5);
        LonLat b = new LonLat(-99.5, 25);
        EllipseNote ellipse = new EllipseNote("e", a, b, new AnnotationStyle("#FF0000", 3, 12, 0));
        BufferedImage image = render(List.of(ellipse), home(), null);
        Point2D p = screen(a, home());
        Point2D q = screen(b, home());
        double cx = (p.getX() + q.getX()) / 2;
        double cy = (p.getY() + q.getY()) / 2;
        assertThat(Pixels.distance(colourAt(image, q.getX() - 0.5, cy), RED)).as("right").isLessThan(40);
        assertThat(Pixels.distance(colourAt(image, p.getX() + 0.5, cy), RED)).as("left").isLessThan(40);
        assertThat(Pixels.distance(colourAt(image, cx, p.getY() + 0.5), RED)).as("top").isLessThan(40);
        assertThat(Pixels.distance(colourAt(image, p.getX() + 1, p.getY() + 1), RED)).as("not the box corner").isGreaterThan(100);
    }

    @Test
    void aPolygonFillsItsInsideWithItsColour() {
        PolygonNote polygon = new PolygonNote("p", List.of(new LonLat(-94, 18), new LonLat(-92, 18), new LonLat(-92, 16),
                new LonLat(-94, 16)), new AnnotationStyle("#7B1FA2", 2, 12, 0.6));
        BufferedImage image = render(List.of(polygon), home(), null);
        Point2D c = screen(new LonLat(-93, 17), home());
        java.awt.Point p = new java.awt.Point((int) c.getX(), (int) c.getY());
        assertThat(Pixels.distance(Pixels.dominant(image, p, 3), PURPLE))
                .isLessThan(Pixels.distance(Pixels.dominant(plain, p, 3), PURPLE) - 80);
        Point2D corner = screen(new LonLat(-92, 17), home());
        assertThat(Pixels.distance(colourAt(image, corner.getX(), corner.getY()), PURPLE)).as("edge").isLessThan(40);
    }

    @Test
    void aPinStandsOnItsPointWithItsTitleBesideIt() {
        Pin pin = Pin.of("pin", new LonLat(-99.6, 17.6), "Deployment push", "Guerrero, Oaxaca and Chiapas");
        BufferedImage image = render(List.of(pin), home(), null);
        Color ink = new Color(pin.style().rgb());
        Point2D tip = screen(pin.point(), home());
        double r = AnnotationFigures.pinRadius(pin.style());
        assertThat(Pixels.distance(colourAt(image, tip.getX(), tip.getY() - 0.8 * r), ink)).as("body").isLessThan(40);
        assertThat(Pixels.nearWhite(image.getRGB((int) tip.getX(), (int) (tip.getY() - 1.7 * r)))).as("eye").isTrue();
        AnnotationFigure.PinShape figure = (AnnotationFigure.PinShape) new AnnotationFigures(
                AnnotatedMaps.with(List.of(pin)), home()).figure(pin).orElseThrow();
        assertThat(figure.label().lines()).extracting(TextBlock.Line::text).containsExactly("Deployment push",
                "Guerrero, Oaxaca and Chiapas");
        assertThat(Pixels.count(image, figure.label().bounds().getBounds(), Pixels::dark)).isGreaterThan(100);
        assertThat(figure.label().bounds().getMinX()).isGreaterThan(tip.getX());
    }

    @Test
    void annotationsStayOnTheMapWhenTheViewZoomsAndPans() {
        Viewport zoomed = home().zoomAround(400, 300, 2.5).panBy(-120, 80);
        BufferedImage image = render(List.of(RED_BOX), zoomed, null);
        Point2D nw = screen(SONORA_NW, zoomed);
        Point2D se = screen(SONORA_SE, zoomed);
        assertThat(se.getX() - nw.getX()).as("2.5 times wider").isCloseTo(
                2.5 * (screen(SONORA_SE, home()).getX() - screen(SONORA_NW, home()).getX()),
                org.assertj.core.api.Assertions.within(0.01));
        for (int i = 1; i < 10; i++) {
            double x = nw.getX() + (se.getX() - nw.getX()) * i / 10;
            if (x < 0 || x >= W || nw.getY() < 60 || nw.getY() >= H - 30) continue;
            assertThat(Pixels.distance(colourAt(image, x, nw.getY()), RED)).isLessThan(40);
        }
        assertThat(Pixels.distance(colourAt(image, nw.getX(), (nw.getY() + se.getY()) / 2), RED)).isLessThan(40);

        // Text keeps its size in pixels while its place follows the map.
        TextLabel label = TextLabel.of("t", new LonLat(-106, 28), "Nokia north");
        Rectangle2D before = new AnnotationFigures(AnnotatedMaps.with(List.of(label)), home()).bounds(label).orElseThrow();
        Rectangle2D after = new AnnotationFigures(AnnotatedMaps.with(List.of(label)), zoomed).bounds(label).orElseThrow();
        Point2D anchor = screen(label.anchor(), zoomed);
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getCenterX()).isCloseTo(anchor.getX(), org.assertj.core.api.Assertions.within(0.5));
        assertThat(after.getCenterY()).isCloseTo(anchor.getY(), org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void handlesShowOnlyForTheSelectedAnnotation() {
        BufferedImage unselected = render(List.of(RED_BOX), home(), null);
        BufferedImage selected = render(List.of(RED_BOX), home(), "box");
        BufferedImage other = render(List.of(RED_BOX), home(), "someone-else");
        assertThat(Pixels.difference(unselected, other)).isNull();
        for (LonLat corner : List.of(SONORA_NW, SONORA_SE)) {
            Point2D p = screen(corner, home());
            assertThat(Pixels.distance(colourAt(unselected, p.getX(), p.getY()), RED)).isLessThan(40);
            Color handle = colourAt(selected, p.getX(), p.getY());
            assertThat(Pixels.nearWhite(handle.getRGB())).as("white handle square").isTrue();
            assertThat(Pixels.distance(colourAt(selected, p.getX() + 4, p.getY()), AnnotationPainter.SELECTION))
                    .as("blue handle frame").isLessThan(60);
        }
    }

    @Test
    void turningTheLayerOffHidesAnnotationsCompletely() {
        Set<Layer> without = EnumSet.allOf(Layer.class);
        without.remove(Layer.ANNOTATIONS);
        List<Annotation> all = List.of(RED_BOX, TextLabel.of("t", new LonLat(-106, 28), "Nokia north"));
        assertThat(Pixels.difference(render(List.of(), home(), null, without), render(all, home(), "t", without))).isNull();
    }

    @Test
    void mapLabelsGiveWayToTheAnalystsText() {
        // Chihuahua's name sits where this label goes: with the label there, the state's name moves or goes.
        TextLabel label = new TextLabel("t", new LonLat(-106.3, 28.6), "Border band", new AnnotationStyle("#7B1FA2", 1, 16, 0));
        BufferedImage image = render(List.of(label), home(), null);
        Rectangle box = box(label, home());
        int darkBefore = Pixels.count(plain, box, Pixels::dark);
        assertThat(darkBefore).as("a map label is there without the annotation").isGreaterThan(20);
        assertThat(Pixels.count(image, box, Pixels::dark)).isLessThan(darkBefore / 4);
    }

    private static Rectangle box(Annotation a, Viewport v) {
        return new AnnotationFigures(AnnotatedMaps.with(List.of(a)), v).bounds(a).orElseThrow().getBounds();
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
