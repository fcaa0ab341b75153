package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.redmap.render.Pixels.HUAWEI_ORANGE;
import static org.redmap.render.Pixels.NOKIA_BLUE;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.model.MapDocument;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;
import org.redmap.project.MapLoader;

/** The locator inset, read from its pixels: where the extent outline falls, and which tone is where. */
class InsetMapTest {

    static final double SCALE = 2;
    /** Off the origin, so a drawing that ignores the box's position shows. */
    static final Rectangle2D BOX = new Rectangle2D.Double(20, 16, 300, 260);
    static final int W = 360;
    static final int H = 300;

    static ProjectedMap map;
    static Viewport national;

    @BeforeAll
    static void load() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        national = Viewport.fit(map.homeExtent(), 1280, 720, MapRenderer.fitInsets(Layer.all()));
    }

    static BufferedImage draw(ProjectedMap on, Envelope extent) {
        return draw(new InsetMap(on, extent));
    }

    static BufferedImage draw(InsetMap inset) {
        BufferedImage image = new BufferedImage((int) (W * SCALE), (int) (H * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            inset.draw(g, BOX);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The device pixel where a projected point lands in the inset drawn for this extent. */
    static Point at(ProjectedMap on, Envelope extent, Coordinate projected) {
        Viewport view = new InsetMap(on, extent).viewport(BOX);
        return new Point((int) Math.floor((BOX.getX() + view.toScreenX(projected.x)) * SCALE),
                (int) Math.floor((BOX.getY() + view.toScreenY(projected.y)) * SCALE));
    }

    static Point at(Envelope extent, double lon, double lat) {
        return at(map, extent, map.projection().project(lon, lat));
    }

    static Color tone(BufferedImage image, ProjectedMap on, Envelope extent, double lon, double lat) {
        return Pixels.dominant(image, at(on, extent, on.projection().project(lon, lat)), 3);
    }

    static boolean red(int rgb) {
        return Pixels.near(rgb, InsetMap.EXTENT, 60);
    }

    /** The bounding box of the extent outline's red pixels, or null when there are none. */
    static Rectangle redBox(BufferedImage image) {
        Rectangle found = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (!red(image.getRGB(x, y))) continue;
                if (found == null) found = new Rectangle(x, y, 1, 1);
                else found.add(new Rectangle(x, y, 1, 1));
            }
        }
        return found;
    }

    static int svgLength(ProjectedMap on, Envelope extent) {
        SVGGraphics2D svg = new SVGGraphics2D(W, H, SVGUnits.PX);
        svg.setGeomDoubleConverter(d -> String.format(java.util.Locale.ROOT, "%.2f", d));
        new InsetMap(on, extent).draw(svg, BOX);
        return svg.getSVGElement().length();
    }

    static Rectangle around(Point p, int radius) {
        return new Rectangle(p.x - radius, p.y - radius, 2 * radius + 1, 2 * radius + 1);
    }

    @Test
    void mexicoIsDarkerThanItsNeighboursOnTheSeaWithoutVendorColours() {
        Envelope extent = national.visibleWorld();
        BufferedImage image = draw(map, extent);

        assertThat(Pixels.distance(tone(image, map, extent, -106.0, 28.5), InsetMap.MEXICO)).as("Chihuahua").isLessThan(6);
        assertThat(Pixels.distance(tone(image, map, extent, -102.3, 22.0), InsetMap.MEXICO)).as("Zacatecas").isLessThan(6);
        assertThat(Pixels.distance(tone(image, map, extent, -99.0, 39.5), MapRenderer.LAND)).as("Kansas").isLessThan(6);
        assertThat(Pixels.distance(tone(image, map, extent, -90.5, 25.0), MapRenderer.SEA)).as("the Gulf of Mexico").isLessThan(6);
        assertThat(Pixels.distance(tone(image, map, extent, -114.0, 20.0), MapRenderer.SEA)).as("the Pacific").isLessThan(6);
        // A locator, not a second vendor map.
        assertThat(Pixels.count(image, Pixels.whole(image), NOKIA_BLUE, 40)).isZero();
        assertThat(Pixels.count(image, Pixels.whole(image), HUAWEI_ORANGE, 40)).isZero();
    }

    @Test
    void theNationalExtentIsOutlinedWhereItProjects() {
        Envelope extent = national.visibleWorld();
        BufferedImage image = draw(InsetMap.of(RenderRequest.of(map, national, 1, Layer.all())));
        Viewport view = new InsetMap(map, extent).viewport(BOX);

        Rectangle outline = redBox(image);
        assertThat(outline).isNotNull();
        double left = (BOX.getX() + view.toScreenX(extent.getMinX())) * SCALE;
        double right = (BOX.getX() + view.toScreenX(extent.getMaxX())) * SCALE;
        double top = (BOX.getY() + view.toScreenY(extent.getMaxY())) * SCALE;
        double bottom = (BOX.getY() + view.toScreenY(extent.getMinY())) * SCALE;
        assertThat((double) outline.x).isCloseTo(left, offset(4.0));
        assertThat((double) outline.getMaxX()).isCloseTo(right, offset(4.0));
        assertThat((double) outline.y).isCloseTo(top, offset(4.0));
        assertThat((double) outline.getMaxY()).isCloseTo(bottom, offset(4.0));
        // The inset widens to show a wide slide's outline whole, inside its frame.
        assertThat(box().contains(outline)).isTrue();
        int leftSide = Pixels.count(image, new Rectangle(outline.x, outline.y, 5, outline.height), InsetMapTest::red);
        assertThat(leftSide).as("the outline's west side is drawn").isGreaterThan(outline.height);
        // An outline, not a filled box: Mexico's middle keeps its own tone.
        assertThat(Pixels.count(image, around(at(extent, -102.3, 22.0), 8), InsetMapTest::red)).isZero();
    }

    @Test
    void aViewOnSonoraIsOutlinedOverSonorasPlaceInTheInset() {
        Envelope sonora = map.region("MX-SON").orElseThrow().geometry().getEnvelopeInternal();
        Envelope extent = Viewport.fit(sonora, 1280, 720, Viewport.Insets.uniform(18)).visibleWorld();
        BufferedImage image = draw(map, extent);

        Rectangle outline = redBox(image);
        assertThat(outline).isNotNull();
        assertThat(outline.contains(at(extent, -110.5, 29.5))).as("around Sonora's middle").isTrue();
        assertThat(outline.contains(at(extent, -110.9, 32.4))).as("around Sonora's border with Arizona").isTrue();
        assertThat(outline.contains(at(extent, -99.1, 19.4))).as("not around Mexico City").isFalse();
        assertThat(outline.contains(at(extent, -89.6, 21.0))).as("not around Mérida").isFalse();
        assertThat(Pixels.distance(tone(image, map, extent, -102.3, 22.0), InsetMap.MEXICO)).as("Zacatecas").isLessThan(6);
        assertThat(outline.width).isLessThan((int) (BOX.getWidth() * SCALE / 2));
    }

    @Test
    void aCitySizedViewStillGetsAVisibleSquareCentredOnTheCity() {
        Coordinate monterrey = map.projection().project(-100.31, 25.67);
        Envelope extent = new Envelope(monterrey.x - 1500, monterrey.x + 1500, monterrey.y - 1000, monterrey.y + 1000);
        BufferedImage image = draw(map, extent);

        Rectangle outline = redBox(image);
        assertThat(outline).isNotNull();
        assertThat(outline.width).isGreaterThanOrEqualTo((int) (InsetMap.MIN_EXTENT * SCALE));
        assertThat(outline.height).isGreaterThanOrEqualTo((int) (InsetMap.MIN_EXTENT * SCALE));
        Point city = at(map, extent, monterrey);
        assertThat(Math.abs(outline.getCenterX() - city.x)).isLessThan(3);
        assertThat(Math.abs(outline.getCenterY() - city.y)).isLessThan(3);
    }

    @Test
    void aViewBeyondTheContinentIsOutlinedAsFarAsTheInsetShowsItAndNothingSpillsOut() {
        // From Baja California's tip far out into the Atlantic and down to the equator.
        Coordinate corner = map.projection().project(-112.0, 30.0);
        Envelope extent = new Envelope(corner.x, corner.x + 12_000_000, corner.y - 8_000_000, corner.y);
        BufferedImage image = draw(map, extent);
        Viewport view = new InsetMap(map, extent).viewport(BOX);

        Rectangle outline = redBox(image);
        assertThat(outline).isNotNull();
        assertThat((double) outline.x).isCloseTo((BOX.getX() + view.toScreenX(extent.getMinX())) * SCALE, offset(4.0));
        assertThat((double) outline.y).isCloseTo((BOX.getY() + view.toScreenY(extent.getMaxY())) * SCALE, offset(4.0));
        // The outline runs on to the frame on the right and at the bottom.
        assertThat(outline.getMaxX()).isGreaterThan(box().getMaxX() - 3);
        assertThat(outline.getMaxY()).isGreaterThan(box().getMaxY() - 3);
        assertThat(Pixels.distance(tone(image, map, extent, -102.3, 22.0), InsetMap.MEXICO)).as("Zacatecas").isLessThan(6);
        int outside = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (!box().contains(x, y) && image.getRGB(x, y) != Color.WHITE.getRGB()) outside++;
            }
        }
        assertThat(outside).as("pixels drawn outside the inset's box").isZero();
    }

    static Rectangle box() {
        return new Rectangle((int) (BOX.getX() * SCALE), (int) (BOX.getY() * SCALE), (int) (BOX.getWidth() * SCALE),
                (int) (BOX.getHeight() * SCALE));
    }

    @Test
    void aPortraitPageTallerThanTheContinentKeepsMexicoLargeAndOutlinesTheSidesItCan() {
        Envelope extent = Viewport.fit(map.homeExtent(), 794, 1123, MapRenderer.fitInsets(Layer.all())).visibleWorld();
        BufferedImage image = draw(map, extent);

        // Mexico spans most of the inset: no room is given up to an outline that cannot show whole.
        int row = at(extent, -100.0, 20.5).y;
        int first = -1, last = -1;
        for (int x = box().x; x < box().getMaxX(); x++) {
            if (!Pixels.near(image.getRGB(x, row), InsetMap.MEXICO, 6)) continue;
            if (first < 0) first = x;
            last = x;
        }
        assertThat(last - first).as("Mexico from the Pacific to the Caribbean at 20.5 N").isGreaterThan(box().width * 35 / 100);
        // The page's west and east sides run down the inset and out of it through the bottom frame.
        Rectangle outline = redBox(image);
        assertThat(outline).isNotNull();
        assertThat(outline.getMaxY()).isGreaterThan(box().getMaxY() - 3);
        assertThat(outline.height).isGreaterThan(box().height * 3 / 4);
        int west = Pixels.count(image, new Rectangle(outline.x, box().y, 5, box().height), InsetMapTest::red);
        int east = Pixels.count(image, new Rectangle((int) outline.getMaxX() - 5, box().y, 5, box().height), InsetMapTest::red);
        assertThat(west).isGreaterThan(box().height);
        assertThat(east).isGreaterThan(box().height);
    }

    @Test
    void aHugeGridOfCellsStillShowsMexicosShapeInItsTone() {
        // Thousands of cells, each smaller than an inset pixel or two, on Mexico's land only.
        MapDocument doc = map.document();
        GeometryFactory factory = new GeometryFactory();
        List<TaggedRegion> cells = new ArrayList<>();
        int side = 120;
        double west = -118.4, south = 14.5, dx = (118.4 - 86.7) / side, dy = (32.7 - 14.5) / side;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double x = west + c * dx, y = south + r * dy;
                if (map.regions().at(map.projection().project(x + dx / 2, y + dy / 2)).isEmpty()) continue;
                cells.add(TaggedRegion.unassigned(new Region("cell-" + r + "-" + c, "cell", Map.of(),
                        factory.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + dx, y),
                                new Coordinate(x + dx, y + dy), new Coordinate(x, y + dy), new Coordinate(x, y)}))));
            }
        }
        assertThat(cells).hasSizeGreaterThan(4_000);
        ProjectedMap grid = ProjectedMap.of(doc.withRegions("grid", cells), MapProjection.mexico());
        Envelope extent = grid.homeExtent();
        BufferedImage image = draw(grid, extent);

        assertThat(Pixels.distance(tone(image, grid, extent, -106.0, 28.5), InsetMap.MEXICO)).as("Chihuahua").isLessThan(6);
        assertThat(Pixels.distance(tone(image, grid, extent, -97.0, 17.5), InsetMap.MEXICO)).as("Oaxaca").isLessThan(6);
        assertThat(Pixels.distance(tone(image, grid, extent, -90.5, 25.0), MapRenderer.SEA)).as("the Gulf of Mexico").isLessThan(6);
        assertThat(Pixels.distance(tone(image, grid, extent, -99.0, 39.5), MapRenderer.LAND)).as("Kansas").isLessThan(6);
        // Drawn as the inset pixels the cells cover, not cell by cell: the cells add to an SVG a
        // fraction of what their own outlines would (some 70 characters each).
        ProjectedMap none = ProjectedMap.of(doc.withRegions("none", List.of()), MapProjection.mexico());
        int added = svgLength(grid, extent) - svgLength(none, extent);
        assertThat(added).isPositive().isLessThan(cells.size() * 10);
    }

    @Test
    void inAnSvgTheInsetIsShapesClippedToItsBoxAndNoPicture() {
        SVGGraphics2D svg = new SVGGraphics2D(W, H, SVGUnits.PX);
        new InsetMap(map, national.visibleWorld()).draw(svg, BOX);
        String text = svg.getSVGElement();

        assertThat(text).doesNotContain("<image");
        assertThat(text).contains("<clipPath");
        assertThat(text).containsIgnoringCase("rgb(215,38,30)");
        assertThat(text.split("<path", -1).length - 1).as("paths").isBetween(4, 40);
    }

    @Test
    void theDefaultBoxIsASmallCornerOfASlideAndOfAnA4Page() {
        Rectangle2D slide = new Rectangle2D.Double(0, 90, 1920, 930);
        Rectangle2D a4 = new Rectangle2D.Double(0, 60, 794, 1000);
        for (Rectangle2D area : List.of(slide, a4)) {
            Rectangle2D box = InsetMap.defaultBox(area);
            double shorter = Math.min(area.getWidth(), area.getHeight());
            assertThat(area.contains(box)).isTrue();
            assertThat(box.getWidth()).isBetween(0.18 * shorter, 0.3 * shorter);
            assertThat(box.getWidth() * box.getHeight()).isLessThan(0.08 * area.getWidth() * area.getHeight());
            assertThat(box.getX()).isEqualTo(area.getX() + InsetMap.MARGIN);
            assertThat(box.getY()).isEqualTo(area.getY() + InsetMap.MARGIN);
        }
    }
}
