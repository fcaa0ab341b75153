package org.redmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.model.TaggedRegion;
import org.redmap.model.annotation.Annotation;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;

/**
 * The legend panel with the scale bar at its foot. Where the analyst placed it, it is laid out in
 * that box; otherwise it is sized to its rows (within about a third of the map's width and 60 % of its
 * height, more columns before more height) and put in the corner where it covers no annotation
 * nor other page element, and the least of the regions. Labels keep away from it.
 */
final class LegendPanel {

    private static final double MARGIN = 12;
    private static final double PREFERRED_WIDTH = 0.34;
    private static final double PREFERRED_HEIGHT = 0.60;
    private static final double MAX_WIDTH = 0.50;
    private static final double MAX_HEIGHT = 0.90;
    private static final double WARNING_BAND = 16;
    private static final Font WARNING = Typeface.BOLD.deriveFont(9.5f);
    private static final Color WARNING_FILL = new Color(0xB71C1C);

    private final FurnitureLayout.Furniture furniture;
    private final LegendReport report;

    private LegendPanel(FurnitureLayout.Furniture furniture, LegendReport report) {
        this.furniture = furniture;
        this.report = report;
    }

    /** What the panel draws, if the legend or the scale bar is on. */
    Optional<FurnitureLayout.Furniture> furniture() {
        return Optional.ofNullable(furniture);
    }

    LegendReport report() {
        return report;
    }

    /**
     * @param obstacles boxes already on the page (annotations, other furniture) that an automatic
     *                  legend must not cover
     */
    static LegendPanel place(RenderRequest request, VendorPalette palette, Output output, Rectangle2D mapArea,
                             LabelLayout labels, List<Rectangle2D> obstacles) {
        boolean legendOn = request.shows(Layer.LEGEND);
        // A scale bar the analyst placed is a panel of its own (FurnitureLayout); else it sits at the legend's foot.
        boolean scaleHere = request.shows(Layer.SCALE_BAR) && request.layout().box(PageElement.SCALE_BAR).isEmpty();
        ScaleBar scale = scaleHere ? ScaleBar.fit(request.viewport(), request.map().projection(), 150) : null;
        if (!legendOn && scale == null) return new LegendPanel(null, LegendReport.NONE);
        List<LegendRow> rows = legendOn ? Legend.rows(request, palette, output) : List.of();
        Rectangle2D scaleSize = scale == null ? new Rectangle2D.Double() : scale.size();
        double footer = scale == null ? 0 : scaleSize.getHeight() + (rows.isEmpty() ? 0 : LegendLayout.PAD);
        double pad = 2 * LegendLayout.PAD;
        double pageW = request.viewport().width();
        double pageH = request.viewport().height();
        Optional<PageBox> placed = request.layout().box(PageElement.LEGEND);
        LegendLayout.Limits limits;
        if (placed.isPresent()) {
            PageBox p = placed.get();
            double w = p.width() > 0 ? p.width() * pageW : 0;
            double h = p.height() > 0 ? p.height() * pageH : 0;
            double roomW = Math.max(1, pageW * (1 - p.x()) - pad);
            // The bands are drawn over the map: a placed legend first tries the room down to them (not to
            // the page's foot), flowing into more columns; if it needs more, it grows up to the map's
            // height and moves up so that it ends above the bands.
            double below = Math.max(1, mapArea.getMaxY() - PageBoxes.top(p, pageH, mapArea) - pad);
            double roomH = Math.max(1, mapArea.getHeight() - pad);
            limits = new LegendLayout.Limits(w > 0 ? w - pad : Math.min(roomW, PREFERRED_WIDTH * mapArea.getWidth() - pad),
                    h > 0 ? h - pad : Math.min(below, PREFERRED_HEIGHT * mapArea.getHeight() - pad),
                    w > 0 ? w - pad : roomW, h > 0 ? h - pad : roomH, w > 0, h > 0);
        } else {
            limits = new LegendLayout.Limits(PREFERRED_WIDTH * mapArea.getWidth() - pad, PREFERRED_HEIGHT * mapArea.getHeight() - pad,
                    MAX_WIDTH * mapArea.getWidth() - pad, MAX_HEIGHT * mapArea.getHeight() - 2 * MARGIN - pad, false, false);
        }
        LegendLayout legend = LegendLayout.fit(rows, limits, footer, scaleSize.getWidth());
        Rectangle2D box = placed.isPresent()
                ? PageBoxes.onPage(placed.get(), pageW, pageH, mapArea, legend.width(), legend.height())
                : bestCorner(request.map(), request.viewport(), mapArea, legend.width(), legend.height(), obstacles);
        labels.reserve(box);
        List<DrawnPage.Item> items = new ArrayList<>();
        if (legendOn) items.add(new DrawnPage.Item(PageElement.LEGEND, box));
        double scaleY = box.getMaxY() - LegendLayout.PAD - scaleSize.getHeight();
        if (scale != null) {
            items.add(new DrawnPage.Item(PageElement.SCALE_BAR, new Rectangle2D.Double(box.getX() + LegendLayout.PAD, scaleY,
                    scaleSize.getWidth(), scaleSize.getHeight())));
        }
        List<String> texts = rows.stream().map(LegendRow::text).toList();
        LegendReport report = new LegendReport(texts, legend.unfit());
        return new LegendPanel(new FurnitureLayout.Furniture(items, g -> {
            TextPanel.chrome(g, box, 238);
            Shape clip = g.getClip();
            g.clip(box);
            legend.draw(g, box.getX(), box.getY());
            if (scale != null) scale.draw(g, box.getX() + LegendLayout.PAD, scaleY);
            if (report.overflows()) warn(g, box, report.unfit().size());
            g.setClip(clip);
        }), report);
    }

    /** Shown in the window and wherever the page is drawn; an export refuses such a page. */
    private static void warn(Graphics2D g, Rectangle2D box, int unfit) {
        Rectangle2D band = new Rectangle2D.Double(box.getX(), box.getMaxY() - WARNING_BAND, box.getWidth(), WARNING_BAND);
        g.setColor(WARNING_FILL);
        g.fill(band);
        String text = String.format(Locale.ROOT, "⚠ Legend too small: %d %s not fit", unfit, unfit == 1 ? "row does" : "rows do");
        TextPainter.draw(g, TextWrap.fit(text, WARNING, box.getWidth() - 2 * LegendLayout.PAD), WARNING,
                box.getX() + LegendLayout.PAD, band.getMaxY() - 4.5, Color.WHITE, null, 0);
    }

    /**
     * The corner that covers the least of the obstacles, then the least region area; ties go to
     * bottom-left, then bottom-right, top-left, top-right.
     */
    private static Rectangle2D bestCorner(ProjectedMap map, Viewport viewport, Rectangle2D area, double w, double h,
                                          List<Rectangle2D> obstacles) {
        double left = area.getMinX() + MARGIN;
        double right = area.getMaxX() - MARGIN - w;
        double top = area.getMinY() + MARGIN;
        double bottom = area.getMaxY() - MARGIN - h;
        List<Rectangle2D> corners = List.of(
                new Rectangle2D.Double(left, bottom, w, h),
                new Rectangle2D.Double(right, bottom, w, h),
                new Rectangle2D.Double(left, top, w, h),
                new Rectangle2D.Double(right, top, w, h));
        Rectangle2D best = corners.get(0);
        double bestBlocked = Double.MAX_VALUE;
        double bestCover = Double.MAX_VALUE;
        for (Rectangle2D corner : corners) {
            double blocked = 0;
            for (Rectangle2D o : obstacles) {
                Rectangle2D overlap = corner.createIntersection(o);
                if (!overlap.isEmpty()) blocked += overlap.getWidth() * overlap.getHeight();
            }
            if (blocked > bestBlocked + 1e-6) continue;
            double cover = coveredRegionArea(map, viewport, corner);
            if (blocked < bestBlocked - 1e-6 || cover < bestCover - 1e-6) {
                bestBlocked = blocked;
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
        double sum = 0;
        for (Item<TaggedRegion> item : under) {
            Geometry simple = map.regions().simplified(item, viewport.metresPerPixel());
            sum += simple.intersection(simple.getFactory().toGeometry(box)).getArea();
        }
        return sum;
    }

    /** Where the annotations are drawn: an automatic legend keeps off them. */
    static List<Rectangle2D> annotationBoxes(RenderRequest request) {
        List<Rectangle2D> boxes = new ArrayList<>();
        if (!request.shows(Layer.ANNOTATIONS)) return boxes;
        List<Annotation> annotations = request.map().document().annotations();
        if (annotations.isEmpty()) return boxes;
        AnnotationFigures figures = new AnnotationFigures(request.map(), request.viewport());
        for (Annotation a : annotations) figures.figure(a).ifPresent(f -> boxes.add(f.bounds()));
        return boxes;
    }
}
