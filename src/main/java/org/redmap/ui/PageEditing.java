package org.redmap.ui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.annotate.AnnotationMoves;
import org.redmap.model.LabelKind;
import org.redmap.model.Layer;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.LonLat;
import org.redmap.project.LabelEdit;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.render.AnnotationFigures;
import org.redmap.render.DrawnPage;
import org.redmap.render.PlacedLabel;
import org.redmap.render.RenderRequest;

/**
 * What the page view lets the analyst take hold of and where it lands, without JavaFX: the movable
 * elements and the labels of one drawn page, in the page's logical pixels (those of its request),
 * and the layout each drop or resize makes. Moves snap to the page's margins, to the edges of the
 * map area and to the other elements, so a page composed by hand still lines up.
 */
final class PageEditing {

    /** What a press on the page took hold of. */
    sealed interface Target permits Element, Label, Mark {
        /** As an undo step names it: "Move legend", "Move label Chihuahua". */
        String title();
    }

    record Element(PageElement element) implements Target {
        @Override
        public String title() {
            return element.title().toLowerCase(Locale.ROOT);
        }
    }

    record Label(LabelKind kind, String featureId, String text) implements Target {
        @Override
        public String title() {
            return "label " + text.replace('\n', ' ');
        }
    }

    /** One of the analyst's annotations, moved on the page as on the map. */
    record Mark(String annotationId, String noun) implements Target {
        @Override
        public String title() {
            return noun;
        }
    }

    /** The space kept between an element and the page's edge, as the automatic layout keeps it. */
    static final double MARGIN = 12;
    /** How near, in logical pixels at 100 %, an edge must come to snap. */
    static final double SNAP = 8;
    /** Smallest size a resized element may get, in logical pixels. */
    static final double MIN_SIZE = 40;

    private final RenderRequest request;
    private final DrawnPage page;

    PageEditing(RenderRequest request, DrawnPage page) {
        this.request = Objects.requireNonNull(request, "request");
        this.page = Objects.requireNonNull(page, "page");
    }

    double width() {
        return request.viewport().width();
    }

    double height() {
        return request.viewport().height();
    }

    /** The movable element or the label at this point of the page; elements are on top of labels. */
    Optional<Target> hit(double x, double y) {
        List<DrawnPage.Item> elements = page.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
            DrawnPage.Item item = elements.get(i);
            if (item.element().movable() && item.box().contains(x, y)) return Optional.of(new Element(item.element()));
        }
        // Annotations are drawn over the labels, so a press takes them first.
        Optional<Annotation> mark = annotations().isEmpty() ? Optional.empty()
                : AnnotationFigures.hitTester(request.map(), request.viewport()).annotationAt(annotations(), x, y, 3)
                        .filter(a -> a.kind() != AnnotationKind.REGION_HIGHLIGHT);
        if (mark.isPresent()) return mark.map(a -> new Mark(a.id(), a.kind().noun()));
        for (PlacedLabel l : page.labels()) {
            Rectangle2D b = l.box();
            if (new Rectangle2D.Double(b.getX() - 2, b.getY() - 2, b.getWidth() + 4, b.getHeight() + 4).contains(x, y)) {
                return Optional.of(new Label(l.kind(), l.featureId(), l.text()));
            }
        }
        // The marking is the export's, not the page's: it is changed in the export settings.
        return Optional.empty();
    }

    /** Where the target is drawn now. */
    Optional<Rectangle2D> box(Target target) {
        if (target instanceof Element e) return page.box(e.element());
        if (target instanceof Mark m) {
            return annotations().stream().filter(a -> a.id().equals(m.annotationId())).findFirst()
                    .flatMap(a -> new AnnotationFigures(request.map(), request.viewport()).bounds(a));
        }
        Label l = (Label) target;
        return page.labels().stream().filter(p -> p.kind() == l.kind() && p.featureId().equals(l.featureId()))
                .map(PlacedLabel::box).findFirst();
    }

    /**
     * The box a drag starts from. A band (the title, the sources footer, the attribution) runs
     * across the page, so taken hold of it becomes a panel about as wide as the one it will be,
     * under the pointer, free to move sideways too.
     */
    Rectangle2D grabbed(Target target, Rectangle2D box, double pointerX) {
        if (!(target instanceof Element e) || !isBand(box)) return box;
        double w = panelShare(e.element()) * width();
        double x = clamp(pointerX - w / 2, 0, width() - w);
        return new Rectangle2D.Double(x, box.getY(), w, box.getHeight());
    }

    /** About the share of the page's width an element's panel takes once off its band. */
    static double panelShare(PageElement element) {
        return element == PageElement.TITLE ? 0.42 : 0.5;
    }

    private boolean isBand(Rectangle2D box) {
        return box.getWidth() >= width() - 1;
    }

    /** Whether the analyst may move the target. */
    static boolean movable(Target target) {
        return !(target instanceof Element e) || e.element().movable();
    }

    /** Whether the analyst may change the target's size as well as its place: the width of a text panel, both sides of a box. */
    static boolean resizable(Target target) {
        return target instanceof Element e && e.element() != PageElement.NORTH_ARROW && e.element() != PageElement.PREPARED
                && e.element().movable();
    }

    /** Whether the target can be resized where it is drawn now: a band across the page is moved off it first. */
    boolean resizableAsDrawn(Target target) {
        return resizable(target) && box(target).map(b -> !isBand(b)).orElse(false);
    }

    /** Whether the element's height follows from its text at the width it is given. */
    private static boolean sizedByText(PageElement e) {
        return e == PageElement.TITLE || e == PageElement.SOURCES || e == PageElement.CREDITS || e == PageElement.SCALE_BAR
                || e == PageElement.PREPARED;
    }

    /**
     * The box moved by (dx, dy), kept on the page, its edges and centre snapped to the nearest
     * guide within {@code tolerance}.
     */
    Rectangle2D moved(Target target, Rectangle2D from, double dx, double dy, double tolerance) {
        double[] band = mapBand();
        double x = clamp(from.getX() + dx, 0, width() - from.getWidth());
        // An element stays between the title and the footer: the bands are drawn over the map and would hide it.
        double y = target instanceof Element ? clamp(from.getY() + dy, band[0], band[1] - from.getHeight())
                : clamp(from.getY() + dy, 0, height() - from.getHeight());
        x = snap(x, from.getWidth(), verticalGuides(target), tolerance);
        y = snap(y, from.getHeight(), horizontalGuides(target), tolerance);
        return new Rectangle2D.Double(x, y, from.getWidth(), from.getHeight());
    }

    /** The box with its bottom-right corner dragged by (dx, dy), no smaller than {@link #MIN_SIZE}; the right and bottom edges snap. */
    Rectangle2D resized(Target target, Rectangle2D from, double dx, double dy, double tolerance) {
        double right = clamp(from.getMaxX() + dx, from.getX() + MIN_SIZE, width());
        double bottom = clamp(from.getMaxY() + dy, from.getY() + MIN_SIZE, Math.max(from.getY() + MIN_SIZE, mapBand()[1]));
        right = snapEdge(right, verticalGuides(target), tolerance);
        bottom = snapEdge(bottom, horizontalGuides(target), tolerance);
        return new Rectangle2D.Double(from.getX(), from.getY(), Math.max(MIN_SIZE, right - from.getX()),
                Math.max(MIN_SIZE, bottom - from.getY()));
    }

    /** The layout with the target dropped at {@code box}; {@code sized} keeps the box's size, else the element keeps its own. */
    PageLayout dropped(PageLayout layout, Target target, Rectangle2D box, boolean sized) {
        if (target instanceof Element e) {
            PageBox old = layout.box(e.element()).orElse(null);
            double w = sized ? share(box.getWidth(), width()) : old == null ? 0 : old.width();
            double h = sizedByText(e.element()) ? 0 : sized ? share(box.getHeight(), height()) : old == null ? 0 : old.height();
            return layout.withBox(e.element(), new PageBox(share(box.getX(), width()), share(box.getY(), height()), w, h));
        }
        if (!(target instanceof Label l)) return layout;
        LabelEdit edit = layout.label(l.kind(), l.featureId()).orElse(LabelEdit.none(l.kind(), l.featureId()));
        return layout.withLabel(edit.withAt(lonLat(box.getCenterX(), box.getCenterY())));
    }

    /**
     * The layout with the target moved to {@code box} and drawn as it was while dragged: the
     * locator keeps its size; the legend keeps its width, so its rows flow into the same columns,
     * and takes the height they need there; a text panel keeps the width it had (its own, for one
     * just taken off its band).
     */
    PageLayout movedAsDrawn(PageLayout layout, Target target, Rectangle2D box) {
        if (target instanceof Element e && e.element() == PageElement.LEGEND) {
            PageBox b = dropped(layout, target, box, true).box(PageElement.LEGEND).orElseThrow();
            return layout.withBox(PageElement.LEGEND, new PageBox(b.x(), b.y(), b.width(), 0));
        }
        if (target instanceof Element e && sizedByText(e.element())) return dropped(layout, target, box, false);
        return dropped(layout, target, box, resizable(target));
    }

    /** The annotations with this one shifted as its box moved on the page: it stays on the same place of the map it was dragged to. */
    List<Annotation> movedMark(List<Annotation> current, Mark mark, Rectangle2D from, Rectangle2D to) {
        return AnnotationMoves.moveByPixels(current, mark.annotationId(), to.getX() - from.getX(), to.getY() - from.getY(),
                request.viewport(), request.map().projection());
    }

    private List<Annotation> annotations() {
        return request.shows(Layer.ANNOTATIONS) ? request.map().document().annotations() : List.of();
    }

    /** The place of the earth under this point of the page. */
    LonLat lonLat(double x, double y) {
        Coordinate world = request.viewport().toWorld(x, y);
        Coordinate lonLat = request.map().projection().unproject(world.x, world.y);
        return new LonLat(clamp(lonLat.x, -180, 180), clamp(lonLat.y, -90, 90));
    }

    private List<Double> verticalGuides(Target moving) {
        List<Double> guides = new ArrayList<>(List.of(MARGIN, width() - MARGIN, width() / 2));
        for (Rectangle2D other : others(moving)) {
            guides.add(other.getMinX());
            guides.add(other.getMaxX());
            guides.add(other.getMinX() - MARGIN);
            guides.add(other.getMaxX() + MARGIN);
        }
        return guides;
    }

    /** The top and bottom of the map between the page's bands (title and marking above, footer below), as drawn now. */
    double[] mapBand() {
        double top = 0;
        double bottom = height();
        for (DrawnPage.Item band : page.elements()) {
            Rectangle2D b = band.box();
            // The bands run across the page: those in its upper half bound the map from above.
            if (!isBand(b)) continue;
            if (b.getCenterY() < height() / 2) top = Math.max(top, b.getMaxY());
            else bottom = Math.min(bottom, b.getMinY());
        }
        return new double[] {top, bottom};
    }

    private List<Double> horizontalGuides(Target moving) {
        double[] band = mapBand();
        double top = band[0];
        double bottom = band[1];
        List<Double> guides = new ArrayList<>(List.of(top + MARGIN, bottom - MARGIN, height() / 2));
        for (Rectangle2D other : others(moving)) {
            guides.add(other.getMinY());
            guides.add(other.getMaxY());
            guides.add(other.getMinY() - MARGIN);
            guides.add(other.getMaxY() + MARGIN);
        }
        return guides;
    }

    private List<Rectangle2D> others(Target moving) {
        List<Rectangle2D> out = new ArrayList<>();
        for (DrawnPage.Item item : page.elements()) {
            if (!item.element().movable()) continue;
            if (moving instanceof Element e && e.element() == item.element()) continue;
            out.add(item.box());
        }
        return out;
    }

    /** The start that puts the box's left edge, centre or right edge on the nearest guide within tolerance. */
    private static double snap(double start, double size, List<Double> guides, double tolerance) {
        double best = start;
        double bestDistance = tolerance;
        for (double g : guides) {
            for (double offset : new double[] {0, size / 2, size}) {
                double d = Math.abs(start + offset - g);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = g - offset;
                }
            }
        }
        return best;
    }

    private static double snapEdge(double edge, List<Double> guides, double tolerance) {
        double best = edge;
        double bestDistance = tolerance;
        for (double g : guides) {
            if (Math.abs(edge - g) <= bestDistance) {
                bestDistance = Math.abs(edge - g);
                best = g;
            }
        }
        return best;
    }

    private static double share(double v, double of) {
        return clamp(v / of, 0, 1);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(Math.max(min, max), v));
    }
}
