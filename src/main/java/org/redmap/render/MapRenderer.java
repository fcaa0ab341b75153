package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.ContextArea;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.TaggedRegion;

/**
 * Draws a whole map, every layer and all the furniture, into any {@link Graphics2D}: the window's
 * frame, a PNG, an SVG or a PDF page all come from here, so what the analyst sees is what is
 * exported. Stateless and thread-safe: the window renders on a background thread.
 */
public final class MapRenderer {

    static final Color SEA = new Color(0xDDE7EF);
    static final Color LAND = new Color(0xF3F1EC);
    static final Color LAND_EDGE = new Color(0xBDB8AE);
    private static final double MARGIN = 12;

    /** Space the fitted map leaves for the bands and a little air, in logical pixels. */
    public static Viewport.Insets fitInsets(java.util.Set<Layer> layers) {
        return new Viewport.Insets(MapFrame.top(layers.contains(Layer.TITLE)) + 18, 18,
                MapFrame.bottom(layers.contains(Layer.ATTRIBUTION)) + 18, 18);
    }

    /** Renders into a new RGB image of the request's pixel size. */
    public BufferedImage render(RenderRequest request) {
        BufferedImage image = new BufferedImage(request.pixelWidth(), request.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(request.pixelScale(), request.pixelScale());
            draw(g, request, Output.RASTER);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws in logical pixels: the caller has already scaled {@code g} to its device. Vector
     * exporters pass {@link Output#VECTOR} so that nothing is drawn as an image.
     */
    public void draw(Graphics2D g, RenderRequest request, Output output) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

        ProjectedMap map = request.map();
        MapDocument doc = map.document();
        Viewport viewport = request.viewport();
        ScreenShapes shapes = new ScreenShapes(viewport);
        VendorPalette palette = VendorPalette.forVendors(doc.vendors());
        Envelope world = viewport.visibleWorld();
        double width = viewport.width();
        double height = viewport.height();
        double top = MapFrame.top(request.shows(Layer.TITLE));
        double bottom = height - MapFrame.bottom(request.shows(Layer.ATTRIBUTION));
        Rectangle2D mapArea = new Rectangle2D.Double(0, top, width, bottom - top);

        g.setColor(SEA);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        if (request.shows(Layer.CONTEXT)) drawContext(g, map, world, viewport, shapes);

        List<Item<TaggedRegion>> visibleRegions = map.regions().visible(world);
        RegionPainter regionPainter = new RegionPainter(palette, output);
        if (request.shows(Layer.VENDOR)) {
            regionPainter.paint(g, map.regions(), visibleRegions, viewport, shapes);
        } else {
            regionPainter.paintPlain(g, map.regions(), visibleRegions, viewport, shapes);
        }
        regionPainter.highlight(g, map.regions(), visibleRegions, viewport, shapes, request.hoveredId(), request.selectedId());

        if (request.shows(Layer.BORDER)) {
            for (Geometry border : map.borders()) {
                if (border.getEnvelopeInternal().intersects(world)) Symbols.borderLine(g, shapes.shape(border));
            }
        }

        LabelLayout layout = new LabelLayout(mapArea);
        List<Furniture> furniture = placeFurniture(request, map, palette, output, mapArea, layout);

        Labeller labeller = new Labeller(layout);
        // Space is claimed in order of importance: site markers, metropolis dots, site labels, then
        // smaller towns, which give way wherever they would collide.
        List<Point2D> sitePoints = new ArrayList<>();
        List<NotablePlace> sites = new ArrayList<>();
        if (request.shows(Layer.SITES)) {
            for (int i = 0; i < map.sitePositions().size(); i++) {
                Point2D p = shapes.point(map.sitePositions().get(i));
                if (!mapArea.contains(p)) continue;
                sitePoints.add(p);
                sites.add(map.site(i));
                layout.reserve(new Rectangle2D.Double(p.getX() - 7, p.getY() - 7, 14, 14));
            }
        }
        List<Integer> candidates = request.shows(Layer.CITIES)
                ? uncluttered(map, viewport, visibleCities(map, viewport, world)) : List.of();
        List<Integer> cities = new ArrayList<>();
        for (int i : candidates) {
            if (map.city(i).population() >= METROPOLIS) drawCity(g, map, shapes, layout, i, cities);
        }
        if (request.shows(Layer.LABELS)) {
            for (int i = 0; i < sites.size(); i++) {
                Point2D p = sitePoints.get(i);
                labeller.placePoint(new Labeller.PointLabel(siteLabel(sites.get(i)), Labeller.SITE, p.getX(), p.getY(), 7));
            }
        }
        for (int i : candidates) {
            if (map.city(i).population() < METROPOLIS) drawCity(g, map, shapes, layout, i, cities);
        }
        for (int i = 0; i < sites.size(); i++) {
            NotablePlace site = sites.get(i);
            Point2D p = sitePoints.get(i);
            Symbols.site(g, site.kind(), p.getX(), p.getY(), palette.fill(site.assignment().vendor()), site.approximate());
        }
        if (request.shows(Layer.LABELS)) {
            // Metropolises before region names, region names before towns: what a reader looks for first.
            long labelMin = cityLabelThreshold(viewport.metresPerPixel());
            cities.sort(Comparator.comparingLong((Integer i) -> map.city(i).population()).reversed());
            List<Integer> labelled = cities.stream()
                    .filter(i -> map.city(i).population() >= labelMin && !nearSite(map, viewport, i)).toList();
            labelled.stream().filter(i -> map.city(i).population() >= METROPOLIS).forEach(i -> labelCity(labeller, map, shapes, i));
            labeller.placeRegions(map, visibleRegions, viewport);
            labelled.stream().filter(i -> map.city(i).population() < METROPOLIS).forEach(i -> labelCity(labeller, map, shapes, i));
            labeller.draw(g);
        }

        for (Furniture f : furniture) f.draw(g);
        if (request.shows(Layer.TITLE)) MapFrame.drawTitle(g, width, doc.title(), subtitle(doc));
        if (request.shows(Layer.ATTRIBUTION)) {
            MapFrame.drawCredits(g, width, height, String.join("  ·  ", doc.attributions()),
                    map.projection().name() + " Lambert conformal conic  ·  redmap");
        }
    }

    private static String subtitle(MapDocument doc) {
        long inferred = doc.regions().stream().filter(r -> r.assignment().map(a -> a.basis() == org.redmap.model.Basis.INFERRED).orElse(false)).count();
        String basis = inferred == doc.regions().size() && inferred > 0
                ? "Every regional vendor is inferred from public reporting, not reported for the region itself."
                : inferred > 0 ? inferred + " of " + doc.regions().size() + " regional vendors are inferred from public reporting."
                : "Vendors as reported.";
        return "Who built the radio network, by region (" + doc.regionsSource() + "). " + basis;
    }

    private static final long METROPOLIS = 1_000_000;

    /** Draws a city dot if its spot is free, and claims the spot. */
    private static void drawCity(Graphics2D g, ProjectedMap map, ScreenShapes shapes, LabelLayout layout, int i,
                                 List<Integer> drawn) {
        Point2D p = shapes.point(map.cityPositions().get(i));
        double r = Symbols.cityRadius(map.city(i).population());
        Rectangle2D dot = new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        if (!layout.isFree(dot)) return;
        Symbols.city(g, p.getX(), p.getY(), r);
        layout.reserve(dot);
        drawn.add(i);
    }

    private static void labelCity(Labeller labeller, ProjectedMap map, ScreenShapes shapes, int i) {
        Place city = map.city(i);
        Point2D p = shapes.point(map.cityPositions().get(i));
        labeller.placePoint(new Labeller.PointLabel(city.name(), Labeller.CITY, p.getX(), p.getY(),
                Symbols.cityRadius(city.population())));
    }

    /** "Core data centre, Monterrey" becomes "Core · Monterrey": the symbol and legend say the rest. */
    static String siteLabel(NotablePlace site) {
        String name = site.name();
        int comma = name.lastIndexOf(',');
        if (site.kind() == org.redmap.model.SiteKind.CORE_SITE && comma > 0) return "Core · " + name.substring(comma + 1).strip();
        return name;
    }

    private void drawContext(Graphics2D g, ProjectedMap map, Envelope world, Viewport viewport, ScreenShapes shapes) {
        Path2D land = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (Item<ContextArea> item : map.context().visible(world)) {
            land.append(shapes.shape(map.context().simplified(item, viewport.metresPerPixel())), false);
        }
        g.setColor(LAND);
        g.fill(land);
        g.setColor(LAND_EDGE);
        g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(land);
    }

    /** Cities to draw at this zoom, largest first: fewer small towns when zoomed out, all when close. */
    private static List<Integer> visibleCities(ProjectedMap map, Viewport viewport, Envelope world) {
        long minimum = viewport.metresPerPixel() > 1500 ? 200_000 : viewport.metresPerPixel() > 600 ? 100_000 : 0;
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < map.cityPositions().size(); i++) {
            if (map.city(i).population() >= minimum && world.contains(map.cityPositions().get(i))) found.add(i);
        }
        found.sort(Comparator.comparingLong((Integer i) -> map.city(i).population()).reversed());
        return found;
    }

    /** Drops a city whose dot would touch a larger one already kept, so a metropolis reads as one dot. */
    private static List<Integer> uncluttered(ProjectedMap map, Viewport viewport, List<Integer> largestFirst) {
        List<Integer> kept = new ArrayList<>();
        for (int i : largestFirst) {
            Coordinate c = map.cityPositions().get(i);
            double r = Symbols.cityRadius(map.city(i).population());
            boolean clear = true;
            for (int k : kept) {
                double gap = c.distance(map.cityPositions().get(k)) / viewport.metresPerPixel();
                if (gap < r + Symbols.cityRadius(map.city(k).population()) + 2) {
                    clear = false;
                    break;
                }
            }
            if (clear) kept.add(i);
        }
        return kept;
    }

    private static long cityLabelThreshold(double metresPerPixel) {
        if (metresPerPixel > 1500) return 1_000_000;
        if (metresPerPixel > 800) return 500_000;
        if (metresPerPixel > 300) return 150_000;
        return 0;
    }

    /** A city under a site marker is labelled by the marker, not twice. */
    private static boolean nearSite(ProjectedMap map, Viewport viewport, int city) {
        Coordinate c = map.cityPositions().get(city);
        for (Coordinate s : map.sitePositions()) {
            if (c.distance(s) / viewport.metresPerPixel() < 6) return true;
        }
        return false;
    }

    /** Something drawn on top of the map in a box of its own. */
    private interface Furniture {
        void draw(Graphics2D g);
    }

    /**
     * Puts the legend (with the scale bar under it) in the corner of the map area where it hides
     * the least of the regions, and the north arrow in the top-right corner; both keep labels away.
     */
    private List<Furniture> placeFurniture(RenderRequest request, ProjectedMap map, VendorPalette palette,
                                           Output output, Rectangle2D mapArea, LabelLayout layout) {
        List<Furniture> furniture = new ArrayList<>();
        Viewport viewport = request.viewport();
        if (request.shows(Layer.NORTH_ARROW)) {
            double cx = mapArea.getMaxX() - MARGIN - NorthArrow.SIZE / 2;
            double cy = mapArea.getMinY() + MARGIN + NorthArrow.SIZE / 2;
            double angle = NorthArrow.northAngle(viewport, map.projection(), cx, cy);
            Rectangle2D box = new Rectangle2D.Double(cx - NorthArrow.SIZE / 2, cy - NorthArrow.SIZE / 2, NorthArrow.SIZE, NorthArrow.SIZE);
            layout.reserve(box);
            furniture.add(g -> NorthArrow.draw(g, cx, cy, angle));
        }
        Legend legend = request.shows(Layer.LEGEND)
                ? Legend.of(map.document(), palette, output, request.shows(Layer.VENDOR), request.shows(Layer.SITES),
                        request.shows(Layer.CITIES), request.shows(Layer.BORDER))
                : null;
        ScaleBar scale = request.shows(Layer.SCALE_BAR) ? ScaleBar.fit(viewport, map.projection(), 150) : null;
        if (legend == null && scale == null) return furniture;
        Rectangle2D legendSize = legend == null ? new Rectangle2D.Double() : legend.size();
        Rectangle2D scaleSize = scale == null ? new Rectangle2D.Double() : scale.size();
        double pad = 10;
        double boxW = Math.max(legendSize.getWidth(), scaleSize.getWidth() + 2 * pad);
        double boxH = legendSize.getHeight() + (scale == null ? 0 : scaleSize.getHeight() + (legend == null ? pad * 2 : pad));
        Rectangle2D box = bestCorner(map, viewport, mapArea, boxW, boxH, request.shows(Layer.NORTH_ARROW));
        layout.reserve(box);
        furniture.add(g -> {
            Shape panel = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6);
            g.setColor(new Color(255, 255, 255, 238));
            g.fill(panel);
            g.setColor(new Color(0xA8A8A8));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(panel);
            if (legend != null) legend.draw(g, box.getX(), box.getY());
            if (scale != null) scale.draw(g, box.getX() + pad, box.getY() + legendSize.getHeight() + (legend == null ? pad : 0));
        });
        return furniture;
    }

    /** The corner whose box covers the least region area; ties go to bottom-left, then the others. */
    private static Rectangle2D bestCorner(ProjectedMap map, Viewport viewport, Rectangle2D area, double w, double h,
                                          boolean northArrow) {
        double left = area.getMinX() + MARGIN;
        double right = area.getMaxX() - MARGIN - w;
        double top = area.getMinY() + MARGIN;
        double bottomY = area.getMaxY() - MARGIN - h;
        List<Rectangle2D> corners = new ArrayList<>(List.of(
                new Rectangle2D.Double(left, bottomY, w, h),
                new Rectangle2D.Double(right, bottomY, w, h),
                new Rectangle2D.Double(left, top, w, h)));
        if (!northArrow) corners.add(new Rectangle2D.Double(right, top, w, h));
        Rectangle2D best = corners.get(0);
        double bestCover = Double.MAX_VALUE;
        for (Rectangle2D corner : corners) {
            double cover = coveredRegionArea(map, viewport, corner);
            if (cover < bestCover - 1e-6) {
                bestCover = cover;
                best = corner;
            }
        }
        return best;
    }

    private static double coveredRegionArea(ProjectedMap map, Viewport viewport, Rectangle2D screenBox) {
        Coordinate a = viewport.toWorld(screenBox.getMinX(), screenBox.getMinY());
        Coordinate b = viewport.toWorld(screenBox.getMaxX(), screenBox.getMaxY());
        Envelope box = new Envelope(a, b);
        List<Item<TaggedRegion>> under = map.regions().visible(box);
        if (under.size() > 500) {
            // On huge layers the exact overlay costs more than it is worth; envelope overlap ranks corners as well.
            return under.stream().mapToDouble(i -> i.geometry().getEnvelopeInternal().intersection(box).getArea()).sum();
        }
        Geometry boxGeometry = map.regions().items().isEmpty() ? null
                : map.regions().items().get(0).geometry().getFactory().toGeometry(box);
        double sum = 0;
        for (Item<TaggedRegion> item : under) {
            Geometry simple = map.regions().simplified(item, viewport.metresPerPixel());
            sum += simple.intersection(boxGeometry).getArea();
        }
        return sum;
    }
}
