package org.redmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;

/**
 * The title block where the analyst put it on the page, in place of the title band: a panel over
 * the map with the title and the subtitle wrapped to its width. The map then runs up to the
 * marking banner. As wide as its text needs, up to half the page, unless the analyst gave a width.
 */
final class TitlePanel {

    private static final double PAD = 10;
    private static final double TITLE_LINE = 24;
    private static final double SUBTITLE_LINE = 14;
    private static final double GAP = 4;
    private static final int MAX_SUBTITLE_LINES = 4;
    private static final double MAX_SHARE = 0.5;
    private static final Color INK = new Color(0x111111);
    private static final Color GREY_INK = new Color(0x4A4A4A);

    private TitlePanel() {
    }

    static FurnitureLayout.Furniture place(RenderRequest request, PageBox placed, Rectangle2D mapArea, String title,
                                           String subtitle, LabelLayout labels) {
        double pageW = request.viewport().width();
        double pageH = request.viewport().height();
        double inner = placed.width() > 0 ? placed.width() * pageW - 2 * PAD
                : Math.min(MAX_SHARE * pageW, Math.max(TextPainter.width(title, MapFrame.TITLE),
                        Math.min(TextPainter.width(subtitle, MapFrame.SUBTITLE), 0.4 * pageW)));
        inner = Math.max(40, inner);
        List<String> titleLines = TextWrap.lines(title, MapFrame.TITLE, inner);
        List<String> subtitleLines = shortened(TextWrap.lines(subtitle, MapFrame.SUBTITLE, inner), inner);
        double w = inner + 2 * PAD;
        double h = 2 * PAD + titleLines.size() * TITLE_LINE + (subtitleLines.isEmpty() ? 0 : GAP + subtitleLines.size() * SUBTITLE_LINE);
        // Kept off the marking banners, which are drawn over the map.
        Rectangle2D box = PageBoxes.onPage(new PageBox(placed.x(), placed.y(), 0, 0), pageW, pageH, mapArea, w, h);
        double x = box.getX();
        double y = box.getY();
        labels.reserve(box);
        return new FurnitureLayout.Furniture(List.of(new DrawnPage.Item(PageElement.TITLE, box)), g -> {
            TextPanel.chrome(g, box, 242);
            double baseline = y + PAD + 18;
            for (String line : titleLines) {
                TextPainter.draw(g, line, MapFrame.TITLE, x + PAD, baseline, INK, null, 0);
                baseline += TITLE_LINE;
            }
            baseline += GAP - TITLE_LINE + SUBTITLE_LINE + 4;
            for (String line : subtitleLines) {
                TextPainter.draw(g, line, MapFrame.SUBTITLE, x + PAD, baseline, GREY_INK, null, 0);
                baseline += SUBTITLE_LINE;
            }
        });
    }

    /** At most four lines, the last ending in an ellipsis when the subtitle goes on. */
    private static List<String> shortened(List<String> lines, double width) {
        if (lines.size() <= MAX_SUBTITLE_LINES) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_SUBTITLE_LINES));
        Font font = MapFrame.SUBTITLE;
        kept.set(MAX_SUBTITLE_LINES - 1, TextWrap.fit(kept.get(MAX_SUBTITLE_LINES - 1) + " …", font, width));
        return kept;
    }
}
