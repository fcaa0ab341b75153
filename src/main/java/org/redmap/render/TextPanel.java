package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;

/**
 * Text the analyst moved off a band of the page's frame (the sources footer, the attribution, the
 * prepared-by block): a panel over the map where it was put, its paragraphs wrapped to its width.
 * As wide as its longest paragraph needs, up to a share of the page, unless the analyst gave a
 * width; as tall as its lines. Labels keep off it.
 */
final class TextPanel {

    /**
     * @param element   reported as an element of its own (the prepared-by lines inside the
     *                  attribution panel), or null when it is just part of the panel
     * @param maxLines  lines kept before the last is ended with an ellipsis
     */
    record Paragraph(String text, Font font, Color ink, int maxLines, PageElement element) {
        Paragraph(String text, Font font, Color ink, int maxLines) {
            this(text, font, ink, maxLines, null);
        }

        double line() {
            return 1.3 * font.getSize2D();
        }
    }

    static final double PAD = 8;
    private static final double GAP = 4;

    private TextPanel() {
    }

    /**
     * @param area     the map's, between the bands: the panel is kept inside it
     * @param maxShare the widest the panel gets on its own, as a share of the page's width
     */
    static FurnitureLayout.Furniture place(PageElement element, PageBox placed, double pageW, double pageH, Rectangle2D area,
                                           double maxShare, List<Paragraph> paragraphs, LabelLayout labels) {
        double natural = 0;
        for (Paragraph p : paragraphs) natural = Math.max(natural, TextPainter.width(p.text(), p.font()));
        double inner = placed.width() > 0 ? placed.width() * pageW - 2 * PAD : Math.min(maxShare * pageW - 2 * PAD, natural + 1);
        inner = Math.max(40, inner);
        List<List<String>> lines = new ArrayList<>();
        double h = 2 * PAD;
        for (Paragraph p : paragraphs) {
            List<String> wrapped = shortened(TextWrap.lines(p.text(), p.font(), inner), p, inner);
            lines.add(wrapped);
            h += wrapped.size() * p.line();
        }
        h += GAP * Math.max(0, paragraphs.size() - 1);
        Rectangle2D box = PageBoxes.onPage(new PageBox(placed.x(), placed.y(), 0, 0), pageW, pageH, area, inner + 2 * PAD, h);
        labels.reserve(box);
        List<DrawnPage.Item> items = new ArrayList<>();
        items.add(new DrawnPage.Item(element, box));
        double top = box.getY() + PAD;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            double height = lines.get(i).size() * p.line();
            if (p.element() != null) {
                items.add(new DrawnPage.Item(p.element(), new Rectangle2D.Double(box.getX(), top - GAP / 2, box.getWidth(), height + GAP)));
            }
            top += height + GAP;
        }
        return new FurnitureLayout.Furniture(items, g -> draw(g, box, paragraphs, lines));
    }

    private static void draw(Graphics2D g, Rectangle2D box, List<Paragraph> paragraphs, List<List<String>> lines) {
        chrome(g, box, 242);
        double top = box.getY() + PAD;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            for (String line : lines.get(i)) {
                // The baseline sits where a line of this height puts it: the cap height above a quarter of the leading.
                TextPainter.draw(g, line, p.font(), box.getX() + PAD, top + 0.8 * p.line(), p.ink(), null, 0);
                top += p.line();
            }
            top += GAP;
        }
    }

    /** The panel every element over the map is drawn on: white, nearly opaque, a thin grey edge. */
    static void chrome(Graphics2D g, Rectangle2D box, int alpha) {
        Shape panel = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6);
        g.setColor(new Color(255, 255, 255, alpha));
        g.fill(panel);
        g.setColor(new Color(0xA8A8A8));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(panel);
    }

    private static List<String> shortened(List<String> lines, Paragraph p, double width) {
        if (lines.size() <= p.maxLines()) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, p.maxLines()));
        kept.set(p.maxLines() - 1, TextWrap.fit(kept.get(p.maxLines() - 1) + " …", p.font(), width));
        return kept;
    }
}
