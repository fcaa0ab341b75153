package org.redmap.render;

import org.redmap.model.LabelKind;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.LabelNames;
import org.redmap.model.NotablePlace;
import org.redmap.model.Place;
import org.redmap.model.SiteKind;

/**
 * Cities (dots sized by population) and notable sites (core data centres, vendor exceptions), with
 * their labels. One instance draws one frame; its steps run in the order the renderer calls them,
 * because each claims space the next must respect.
 */
final class PlacePainter {

    static final long METROPOLIS = 1_000_000;
    private static final double SITE_BOX = 14;

    private final ProjectedMap map;
    private final Viewport viewport;
    private final ScreenShapes shapes;
    private final LabelLayout layout;
    private final Labeller labeller;
    private final LabelNames names;
    private final List<Point2D> sitePoints = new ArrayList<>();
    private final List<NotablePlace> sites = new ArrayList<>();
    private final List<Integer> candidates;
    private final List<Integer> drawnCities = new ArrayList<>();

    PlacePainter(ProjectedMap map, Viewport viewport, ScreenShapes shapes, LabelLayout layout, Labeller labeller,
                 LabelNames names, Rectangle2D mapArea, boolean showSites, boolean showCities) {
        this.map = map;
        this.viewport = viewport;
        this.shapes = shapes;
        this.layout = layout;
        this.labeller = labeller;
        this.names = names;
        if (showSites) {
            for (int i = 0; i < map.sitePositions().size(); i++) {
                Point2D p = shapes.point(map.sitePositions().get(i));
                if (!mapArea.contains(p)) continue;
                sitePoints.add(p);
                sites.add(map.site(i));
                layout.reserve(new Rectangle2D.Double(p.getX() - SITE_BOX / 2, p.getY() - SITE_BOX / 2, SITE_BOX, SITE_BOX));
            }
        }
        candidates = showCities ? uncluttered(visibleCities(viewport.visibleWorld())) : List.of();
    }

    /** Dots of cities at or above (or below) a million people, where their spot is still free. */
    void drawCities(Graphics2D g, boolean metropolises) {
        for (int i : candidates) {
            if ((map.city(i).population() >= METROPOLIS) != metropolises) continue;
            Point2D p = shapes.point(map.cityPositions().get(i));
            double r = Symbols.cityRadius(map.city(i).population());
            Rectangle2D dot = new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            if (!layout.isFree(dot)) continue;
            Symbols.city(g, p.getX(), p.getY(), r);
            layout.reserve(dot);
            drawnCities.add(i);
        }
    }

    void labelSites() {
        for (int i = 0; i < sites.size(); i++) {
            Point2D p = sitePoints.get(i);
            labeller.placePoint(new Labeller.PointLabel(siteLabel(sites.get(i)), Labeller.SITE, p.getX(), p.getY(), SITE_BOX / 2,
                    LabelKind.SITE, sites.get(i).id()));
        }
    }

    void drawSites(Graphics2D g, VendorPalette palette) {
        for (int i = 0; i < sites.size(); i++) {
            NotablePlace site = sites.get(i);
            Point2D p = sitePoints.get(i);
            Symbols.site(g, site.kind(), p.getX(), p.getY(), palette.fill(site.assignment().vendor()), site.approximate());
        }
    }

    /** Labels the drawn cities that are large enough for this zoom, metropolises or the rest. */
    void labelCities(boolean metropolises) {
        long minimum = labelThreshold(viewport.metresPerPixel());
        drawnCities.stream()
                .filter(i -> (map.city(i).population() >= METROPOLIS) == metropolises)
                .filter(i -> map.city(i).population() >= minimum && !nearSite(i))
                .sorted(Comparator.comparingLong((Integer i) -> map.city(i).population()).reversed())
                .forEach(i -> {
                    Place city = map.city(i);
                    Point2D p = shapes.point(map.cityPositions().get(i));
                    labeller.placePoint(new Labeller.PointLabel(names.cityLabel(city), Labeller.CITY, p.getX(), p.getY(),
                            Symbols.cityRadius(city.population()), LabelKind.CITY, city.id()));
                });
    }

    /** "Core data centre, Monterrey" becomes "Core · Monterrey": the symbol and legend say the rest. */
    static String siteLabel(NotablePlace site) {
        String name = site.name();
        int comma = name.lastIndexOf(',');
        if (site.kind() == SiteKind.CORE_SITE && comma > 0) return "Core · " + name.substring(comma + 1).strip();
        return name;
    }

    /** Cities to consider at this zoom, largest first: fewer small towns when zoomed out, all when close. */
    private List<Integer> visibleCities(Envelope world) {
        double mpp = viewport.metresPerPixel();
        long minimum = mpp > 1500 ? 200_000 : mpp > 600 ? 100_000 : 0;
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < map.cityPositions().size(); i++) {
            if (map.city(i).population() >= minimum && world.contains(map.cityPositions().get(i))) found.add(i);
        }
        found.sort(Comparator.comparingLong((Integer i) -> map.city(i).population()).reversed());
        return found;
    }

    /** Drops a city whose dot would touch a larger one already kept, so a metropolis reads as one dot. */
    private List<Integer> uncluttered(List<Integer> largestFirst) {
        List<Integer> kept = new ArrayList<>();
        for (int i : largestFirst) {
            Coordinate c = map.cityPositions().get(i);
            double r = Symbols.cityRadius(map.city(i).population());
            boolean clear = kept.stream().noneMatch(k -> c.distance(map.cityPositions().get(k)) / viewport.metresPerPixel()
                    < r + Symbols.cityRadius(map.city(k).population()) + 2);
            if (clear) kept.add(i);
        }
        return kept;
    }

    private static long labelThreshold(double metresPerPixel) {
        if (metresPerPixel > 1500) return METROPOLIS;
        if (metresPerPixel > 800) return 500_000;
        if (metresPerPixel > 300) return 150_000;
        return 0;
    }

    /** A city under a site marker is labelled by the marker, not twice. */
    private boolean nearSite(int city) {
        Coordinate c = map.cityPositions().get(city);
        return map.sitePositions().stream().anyMatch(s -> c.distance(s) / viewport.metresPerPixel() < 6);
    }
}
