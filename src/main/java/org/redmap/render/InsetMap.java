package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedLayer;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;

/**
 * The locator: a small map of Mexico within North America with the main map's extent outlined on
 * it. It locates, it does not tell, so it carries no vendor colours and no labels: neighbours in the
 * map's pale land, Mexico a tone darker, the extent in red. Everything is a plain shape, so SVG and
 * PDF get vectors, and every geometry is simplified to the inset's own scale, so it stays cheap
 * whatever the size of the regions layer.
 */
final class InsetMap {

    /** Width over height: close to North America's shape around Mexico, and as good on a slide as on A4 portrait. */
    static final double ASPECT = 1.18;
    /** The inset's width as a share of the map area's shorter side. */
    static final double SHARE = 0.24;
    static final double MIN_WIDTH = 120;
    static final double MARGIN = 12;
    /** The smallest the extent outline is drawn, in logical pixels: a city-sized view is still seen. */
    static final double MIN_EXTENT = 6;

    static final Color MEXICO = new Color(0xD8D0C1);
    static final Color MEXICO_EDGE = new Color(0xB4AB9B);
    static final Color EXTENT = new Color(0xD7261E);
    static final Color FRAME = new Color(0x6E6E6E);

    /** Mexico's bounding box (west, south, east, north), which the inset frames with its neighbours. */
    private static final double[] MEXICO_LON_LAT = {-118.4, 14.5, -86.7, 32.7};
    /** Where the bundled context countries are clipped (west, south, east, north). */
    private static final double[] CONTEXT_LON_LAT = {-126, 10, -65, 50};
    /** Items smaller than this many inset pixels are drawn as the pixels they cover, not as shapes. */
    private static final double SPECK = 3;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final ProjectedMap map;
    private final Envelope extent;

    /**
     * @param map    the map the inset locates; its projected geometry is drawn as it is
     * @param extent what the main map shows, in the same projected metres
     */
    InsetMap(ProjectedMap map, Envelope extent) {
        this.map = Objects.requireNonNull(map, "map");
        this.extent = new Envelope(Objects.requireNonNull(extent, "extent"));
    }

    /** The inset for this request: its map, with the request's visible world outlined. */
    static InsetMap of(RenderRequest request) {
        return new InsetMap(request.map(), request.viewport().visibleWorld());
    }

    /** The size the inset takes by default in a map area: a share of its shorter side, never tiny, never most of it. */
    static Rectangle2D defaultSize(Rectangle2D mapArea) {
        double shorter = Math.min(mapArea.getWidth(), mapArea.getHeight());
        double width = Math.max(MIN_WIDTH, SHARE * shorter);
        width = Math.min(width, 0.4 * mapArea.getWidth());
        width = Math.min(width, 0.4 * mapArea.getHeight() * ASPECT);
        return new Rectangle2D.Double(0, 0, width, width / ASPECT);
    }

    /**
     * Where the inset goes by default: the map area's top-left corner, which on a map of Mexico is
     * the United States and the Pacific, and which the north arrow (top right) and the legend
     * (bottom corners first) leave free.
     */
    static Rectangle2D defaultBox(Rectangle2D mapArea) {
        Rectangle2D size = defaultSize(mapArea);
        return new Rectangle2D.Double(mapArea.getMinX() + MARGIN, mapArea.getMinY() + MARGIN, size.getWidth(),
                size.getHeight());
    }

    /** The view the inset draws in this box: North America around Mexico, in the map's projection. */
    Viewport viewport(Rectangle2D box) {
        MapProjection projection = map.projection();
        Envelope mexico = envelope(projection, MEXICO_LON_LAT);
        double aspect = box.getWidth() / box.getHeight();
        // Mexico with room round it to read as part of a continent: the southern United States above,
        // Central America and Cuba to the south-east. A wide box widens, a tall one shows more of the north.
        double w = Math.max(1.3 * mexico.getWidth(), 1.2 * mexico.getHeight() * aspect);
        double h = w / aspect;
        double cx = mexico.centre().x + 0.04 * mexico.getWidth();
        double cy = mexico.getMinY() - 0.11 * mexico.getHeight() + h / 2;
        Envelope home = new Envelope(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
        if (extent.isNull() || home.contains(extent)) return view(fitted(projection, home, mexico), box);
        // A view reaching beyond Mexico's neighbourhood (a wide slide at national zoom) widens the
        // inset so that its outline shows whole, unless that would show where the context is cut: a
        // frame wide enough for only part of the outline would shrink Mexico and still cut it.
        Envelope wanted = extent.intersection(envelope(projection, CONTEXT_LON_LAT));
        if (wanted.equals(extent)) {
            wanted.expandBy(0.04 * wanted.getWidth(), 0.04 * wanted.getHeight());
            wanted.expandToInclude(home);
            double wide = Math.max(wanted.getWidth(), wanted.getHeight() * aspect);
            Coordinate centre = wanted.centre();
            Envelope frame = new Envelope(centre.x - wide / 2, centre.x + wide / 2, centre.y - wide / aspect / 2,
                    centre.y + wide / aspect / 2);
            if (!showsTheClip(projection, frame, true)) return view(frame, box);
        }
        return view(fitted(projection, home, mexico), box);
    }

    /**
     * The frame, moved south and then shrunk (never so far that Mexico is cut) if it would reach up
     * to the context's clip, as a tall box does; Mexico whole comes first.
     */
    private static Envelope fitted(MapProjection projection, Envelope frame, Envelope mexico) {
        if (!showsTheClip(projection, frame, true)) return frame;
        // Where no frame avoids every cut, Panama's (a sliver of land) is the one to show.
        Envelope strict = fitted(projection, frame, mexico, true);
        return strict != null ? strict : Objects.requireNonNullElse(fitted(projection, frame, mexico, false), frame);
    }

    private static Envelope fitted(MapProjection projection, Envelope frame, Envelope mexico, boolean south) {
        double minScale = Math.min(1, Math.max(1.04 * mexico.getWidth() / frame.getWidth(),
                1.04 * mexico.getHeight() / frame.getHeight()));
        double x = frame.centre().x;
        double deepest = frame.getMaxY() - mexico.getMaxY();
        // The least shift south first, then the least shrinking: as much of the planned frame as fits.
        for (double shift = 0; shift <= deepest; shift += 0.04 * frame.getHeight()) {
            double bottom = frame.getMinY() - shift;
            for (double scale = 1; scale >= minScale - 1e-9; scale -= 0.05) {
                double w = frame.getWidth() * scale;
                double h = frame.getHeight() * scale;
                if (bottom + h < mexico.getMaxY() + 0.02 * mexico.getHeight()) break;
                Envelope candidate = new Envelope(x - w / 2, x + w / 2, bottom, bottom + h);
                if (!showsTheClip(projection, candidate, south)) return candidate;
            }
        }
        return null;
    }

    private static Viewport view(Envelope frame, Rectangle2D box) {
        return new Viewport(frame.centre().x, frame.centre().y, frame.getWidth() / box.getWidth(), box.getWidth(),
                box.getHeight());
    }

    /**
     * Whether this frame would show where the bundled context countries are cut (lon -126 to -65,
     * lat 10 to 50) across land: Canada at the 50th parallel, Vancouver Island, Nova Scotia and
     * Venezuela at the east and west cuts, and ({@code south}) Panama and Colombia at the 10th
     * parallel. Cuts at sea do not show.
     */
    private static boolean showsTheClip(MapProjection projection, Envelope frame, boolean south) {
        int steps = 12;
        Coordinate[] edge = new Coordinate[4 * steps];
        for (int i = 0; i < steps; i++) {
            double f = (double) i / steps;
            edge[i] = new Coordinate(frame.getMinX() + f * frame.getWidth(), frame.getMaxY());
            edge[steps + i] = new Coordinate(frame.getMaxX(), frame.getMaxY() - f * frame.getHeight());
            edge[2 * steps + i] = new Coordinate(frame.getMaxX() - f * frame.getWidth(), frame.getMinY());
            edge[3 * steps + i] = new Coordinate(frame.getMinX(), frame.getMinY() + f * frame.getHeight());
        }
        for (Coordinate c : projection.unproject(FACTORY.createMultiPointFromCoords(edge)).getCoordinates()) {
            double lon = c.x, lat = c.y;
            if (lat > 49.5 || lon < -125.5 && lat > 46 || lon > -65.5 && (lat > 40 || lat < 12)
                    || south && lat < 10.5 && lon > -87) {
                return true;
            }
        }
        return false;
    }

    /** Draws the inset into {@code box}, in the logical pixels {@code g} is scaled to; nothing falls outside the box. */
    void draw(Graphics2D g, Rectangle2D box) {
        Viewport view = viewport(box);
        ScreenShapes shapes = new ScreenShapes(view);
        Envelope world = view.visibleWorld();
        Graphics2D inset = (Graphics2D) g.create();
        try {
            inset.clip(box);
            // Strokes exactly where they are put, so that the frame stays inside the clip on any device.
            inset.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            inset.translate(box.getX(), box.getY());
            inset.setColor(MapRenderer.SEA);
            inset.fill(new Rectangle2D.Double(0, 0, box.getWidth(), box.getHeight()));
            drawLayer(inset, map.context(), world, view, shapes, MapRenderer.LAND, MapRenderer.LAND_EDGE);
            drawLayer(inset, map.regions(), world, view, shapes, MEXICO, MEXICO_EDGE);
            drawExtent(inset, view, box);
            drawFrame(inset, box);
        } finally {
            inset.dispose();
        }
    }

    /**
     * One layer as one filled path, so neighbours share their edges without seams. Items big enough
     * to have a shape at this scale are drawn simplified to it; specks (a million-cell grid's cells)
     * are drawn as the inset pixels they cover, merged into runs: the cost is one pass over the
     * items' bounds, and the path stays a few hundred rectangles.
     */
    private static <T> void drawLayer(Graphics2D g, ProjectedLayer<T> layer, Envelope world, Viewport view,
                                      ScreenShapes shapes, Color fill, Color edge) {
        double mpp = view.metresPerPixel();
        double speck = SPECK * mpp;
        Path2D shaped = new Path2D.Double(Path2D.WIND_NON_ZERO);
        int columns = (int) Math.ceil(view.width());
        int rows = (int) Math.ceil(view.height());
        boolean[] covered = null;
        for (Item<T> item : layer.items()) {
            Envelope env = item.geometry().getEnvelopeInternal();
            if (!env.intersects(world)) continue;
            if (env.getWidth() >= speck || env.getHeight() >= speck) {
                shapes.append(shaped, layer.simplified(item, mpp));
                continue;
            }
            if (covered == null) covered = new boolean[columns * rows];
            int x0 = cell(view.toScreenX(env.getMinX()), columns);
            int x1 = cell(view.toScreenX(env.getMaxX()), columns);
            int y0 = cell(view.toScreenY(env.getMaxY()), rows);
            int y1 = cell(view.toScreenY(env.getMinY()), rows);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) covered[y * columns + x] = true;
            }
        }
        g.setColor(fill);
        if (covered != null) g.fill(runs(covered, columns, rows));
        g.fill(shaped);
        g.setColor(edge);
        g.setStroke(new BasicStroke(0.45f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shaped);
    }

    private static int cell(double screen, int count) {
        return (int) clamp(Math.floor(screen), 0, count - 1);
    }

    /** The covered pixels as one rectangle per horizontal run. */
    private static Path2D runs(boolean[] covered, int columns, int rows) {
        Path2D path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int y = 0; y < rows; y++) {
            int x = 0;
            while (x < columns) {
                if (!covered[y * columns + x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < columns && covered[y * columns + x]) x++;
                path.append(new Rectangle2D.Double(start, y, x - start, 1), false);
            }
        }
        return path;
    }

    /**
     * The main map's extent: a red outline over a white halo so it reads on land and sea alike; a
     * view smaller than a few inset pixels still gets a visible square, and a view wider than the
     * inset is outlined as far as the box shows it.
     */
    private void drawExtent(Graphics2D g, Viewport view, Rectangle2D box) {
        if (extent.isNull()) return;
        double x0 = view.toScreenX(extent.getMinX());
        double x1 = view.toScreenX(extent.getMaxX());
        double y0 = view.toScreenY(extent.getMaxY());
        double y1 = view.toScreenY(extent.getMinY());
        double w = Math.max(MIN_EXTENT, x1 - x0);
        double h = Math.max(MIN_EXTENT, y1 - y0);
        Rectangle2D outline = new Rectangle2D.Double((x0 + x1 - w) / 2, (y0 + y1 - h) / 2, w, h);
        double size = Math.min(box.getWidth(), box.getHeight());
        double stroke = Math.max(1.4, size / 110);
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke((float) (stroke + 1.6), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(outline);
        g.setColor(EXTENT);
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(outline);
    }

    private static void drawFrame(Graphics2D g, Rectangle2D box) {
        float width = 0.9f;
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(new Rectangle2D.Double(width / 2, width / 2, box.getWidth() - width, box.getHeight() - width));
    }

    /** A longitude/latitude box's envelope in projected metres, its edges sampled: parallels are curves in a conic projection. */
    private static Envelope envelope(MapProjection projection, double[] lonLat) {
        int steps = 16;
        Coordinate[] edge = new Coordinate[4 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            double lon = lonLat[0] + (lonLat[2] - lonLat[0]) * i / steps;
            double lat = lonLat[1] + (lonLat[3] - lonLat[1]) * i / steps;
            edge[4 * i] = new Coordinate(lon, lonLat[1]);
            edge[4 * i + 1] = new Coordinate(lon, lonLat[3]);
            edge[4 * i + 2] = new Coordinate(lonLat[0], lat);
            edge[4 * i + 3] = new Coordinate(lonLat[2], lat);
        }
        return projection.project(FACTORY.createMultiPointFromCoords(edge)).getEnvelopeInternal();
    }

    private static double clamp(double v, double min, double max) {
        return min > max ? (min + max) / 2 : Math.max(min, Math.min(max, v));
    }
}
