package org.redmap.render;

import org.redmap.model.LabelKind;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels without collisions, in the order it is asked (callers ask most important first),
 * and remembers what it placed so that the renderer can draw and report the same set. A label
 * that finds no free spot is left out rather than drawn over another.
 */
final class Labeller {

    static final Font REGION = Typeface.CONDENSED_BOLD.deriveFont(11f);
    static final Font CITY = Typeface.REGULAR.deriveFont(9.5f);
    static final Font SITE = Typeface.BOLD.deriveFont(9.5f);
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color HALO = new Color(255, 255, 255, 235);

    private record Line(String text, Font font, double x, double baseline, Color ink) {
    }

    record PointLabel(String text, Font font, double x, double y, double radius, LabelKind kind, String featureId) {
    }

    private final LabelLayout layout;
    private final List<Line> lines = new ArrayList<>();
    private final List<PlacedLabel> placed = new ArrayList<>();

    Labeller(LabelLayout layout) {
        this.layout = layout;
    }

    /** A label beside a point symbol: right, left, above or below it, whichever is free first. */
    void placePoint(PointLabel label) {
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
                placed.add(new PlacedLabel(label.text(), label.kind(), label.featureId(), spot));
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
        double ascent = -TextPainter.bounds("Ag", font).getY();
        for (int i = 0; i < text.size(); i++) {
            double w = TextPainter.width(text.get(i), font);
            double baseline = box.getY() + i * lineHeight(font) + ascent;
            lines.add(new Line(text.get(i), font, box.getCenterX() - w / 2, baseline, INK));
        }
        placed.add(new PlacedLabel(String.join("\n", text), LabelKind.REGION, featureId, box));
        return true;
    }

    private static double lineHeight(Font font) {
        return font.getSize2D() * 12 / 11;
    }

    void draw(Graphics2D g) {
        for (Line p : lines) {
            TextPainter.draw(g, p.text(), p.font(), p.x(), p.baseline(), p.ink(), HALO, 3f);
        }
    }

    /** Every label placed so far, in the order placed. */
    List<PlacedLabel> placed() {
        return List.copyOf(placed);
    }
}
