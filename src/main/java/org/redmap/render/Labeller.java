package org.redmap.render;

import org.redmap.model.LabelKind;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places labels without collisions, in the order it is asked (callers ask most important first),
 * and remembers what it placed so that the renderer can draw and report the same set. A label
 * that finds no free spot is left out rather than drawn over another. The analyst's edits come
 * first: a hidden label is never placed, a renamed one says its new text, and a dragged one takes
 * its spot before any automatic label, joined to what it names by a leader line.
 */
final class Labeller {

    static final Font REGION = Typeface.CONDENSED_BOLD.deriveFont(11f);
    static final Font CITY = Typeface.REGULAR.deriveFont(9.5f);
    static final Font SITE = Typeface.BOLD.deriveFont(9.5f);
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color HALO = new Color(255, 255, 255, 235);
    private static final Color LEADER = new Color(0x3A3A3A);
    /** A dragged label this close to what it names needs no leader line. */
    private static final double LEADER_MIN = 4;

    private record Line(String text, Font font, double x, double baseline, Color ink) {
    }

    record PointLabel(String text, Font font, double x, double y, double radius, LabelKind kind, String featureId) {
    }

    private final LabelLayout layout;
    private final LabelEdits edits;
    private final List<Line> lines = new ArrayList<>();
    private final List<Line2D> leaders = new ArrayList<>();
    private final List<PlacedLabel> placed = new ArrayList<>();
    private final Set<String> done = new HashSet<>();

    Labeller(LabelLayout layout) {
        this(layout, LabelEdits.NONE);
    }

    Labeller(LabelLayout layout, LabelEdits edits) {
        this.layout = layout;
        this.edits = edits;
    }

    LabelEdits edits() {
        return edits;
    }

    /** Whether this feature's label is settled: placed already (dragged there) or hidden by the analyst. */
    boolean settled(LabelKind kind, String featureId) {
        return edits.hidden(kind, featureId) || done.contains(LabelEdits.key(kind, featureId));
    }

    /**
     * A label the analyst dragged: centred where they put it, whatever it covers (it is their
     * choice), with a leader line to the point it names when it stands apart from it.
     */
    void placeDragged(LabelKind kind, String featureId, List<String> text, Font font, double cx, double cy,
                      double anchorX, double anchorY) {
        if (settled(kind, featureId)) return;
        Rectangle2D size = blockSize(text, font);
        Rectangle2D box = new Rectangle2D.Double(cx - size.getWidth() / 2, cy - size.getHeight() / 2, size.getWidth(),
                size.getHeight());
        layout.reserve(box);
        addBlock(text, font, box);
        Line2D leader = leader(box, anchorX, anchorY);
        if (leader != null) leaders.add(leader);
        record(kind, featureId, String.join("\n", text), box);
    }

    /** From the label's edge nearest the anchor to the anchor; none if the anchor is at or in the label. */
    static Line2D leader(Rectangle2D box, double ax, double ay) {
        double ex = Math.max(box.getMinX(), Math.min(box.getMaxX(), ax));
        double ey = Math.max(box.getMinY(), Math.min(box.getMaxY(), ay));
        if (Math.hypot(ax - ex, ay - ey) < LEADER_MIN) return null;
        return new Line2D.Double(ex, ey, ax, ay);
    }

    /** A label beside a point symbol: right, left, above or below it, whichever is free first. */
    void placePoint(PointLabel automatic) {
        if (settled(automatic.kind(), automatic.featureId())) return;
        PointLabel label = edits.text(automatic.kind(), automatic.featureId())
                .map(t -> new PointLabel(String.join(" ", t), automatic.font(), automatic.x(), automatic.y(),
                        automatic.radius(), automatic.kind(), automatic.featureId()))
                .orElse(automatic);
        Rectangle2D box = TextPainter.bounds(label.text(), label.font());
        double w = box.getWidth();
        double ascent = -box.getY();
        double h = box.getHeight();
        double gap = label.radius() + 2.5;
        double[][] candidates = {
            {label.x() + gap, label.y() + ascent / 2 - 1},
            {label.x() - gap - w, label.y() + ascent / 2 - 1},
            {label.x() - w / 2, label.y() - gap - (h - ascent)},
            {label.x() - w / 2, label.y() + gap + ascent},
            {label.x() + gap * 0.7, label.y() - gap * 0.7 - (h - ascent)},
            {label.x() - gap * 0.7 - w, label.y() + gap * 0.7 + ascent},
            {label.x() + gap * 0.7, label.y() + gap * 0.7 + ascent},
            {label.x() - gap * 0.7 - w, label.y() - gap * 0.7 - (h - ascent)},
            {label.x() - w / 2, label.y() + 2.2 * gap + ascent},
            {label.x() - w / 2, label.y() - 2.2 * gap - (h - ascent)},
        };
        for (double[] c : candidates) {
            Rectangle2D spot = new Rectangle2D.Double(c[0], c[1] - ascent, w, h);
            if (layout.tryPlace(spot, 1.5)) {
                lines.add(new Line(label.text(), label.font(), c[0], c[1], INK));
                record(label.kind(), label.featureId(), label.text(), spot);
                return;
            }
        }
    }

    /** The box a block of centred lines takes in this font, with its top left corner at (0, 0). */
    static Rectangle2D blockSize(List<String> text, Font font) {
        double width = 0;
        for (String line : text) width = Math.max(width, TextPainter.width(line, font));
        return new Rectangle2D.Double(0, 0, width, lineHeight(font) * text.size());
    }

    /** Takes {@code box} for centred lines of text if it is free; false (and nothing taken) if not. */
    boolean tryBlock(List<String> text, Font font, Rectangle2D box, String featureId) {
        if (!layout.tryPlace(box, 2)) return false;
        addBlock(text, font, box);
        record(LabelKind.REGION, featureId, String.join("\n", text), box);
        return true;
    }

    private void addBlock(List<String> text, Font font, Rectangle2D box) {
        double ascent = -TextPainter.bounds("Ag", font).getY();
        for (int i = 0; i < text.size(); i++) {
            double w = TextPainter.width(text.get(i), font);
            double baseline = box.getY() + i * lineHeight(font) + ascent;
            lines.add(new Line(text.get(i), font, box.getCenterX() - w / 2, baseline, INK));
        }
    }

    private void record(LabelKind kind, String featureId, String text, Rectangle2D box) {
        placed.add(new PlacedLabel(text, kind, featureId, box));
        done.add(LabelEdits.key(kind, featureId));
    }

    private static double lineHeight(Font font) {
        return font.getSize2D() * 12 / 11;
    }

    void draw(Graphics2D g) {
        // Under the text, so the label's halo keeps the line off its letters.
        g.setColor(LEADER);
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Line2D leader : leaders) g.draw(leader);
        for (Line p : lines) {
            TextPainter.draw(g, p.text(), p.font(), p.x(), p.baseline(), p.ink(), HALO, 3f);
        }
    }

    /** Every label placed so far, in the order placed. */
    List<PlacedLabel> placed() {
        return List.copyOf(placed);
    }
}
