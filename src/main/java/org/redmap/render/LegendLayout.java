package org.redmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend's rows laid out in a box: the heading across the top, then the rows flowing down
 * columns of one width, text wrapped to the column, a section heading never left alone at the foot
 * of a column, a row never split between columns. The fewest columns that fit win, and their
 * height is balanced. Rows that fit nowhere are kept as {@link #unfit()}, never dropped quietly.
 * Sizes are in the page's logical units, so the layout is the same at any output resolution.
 */
final class LegendLayout {

    static final double PAD = 10;
    private static final double COLUMN_GAP = 18;
    private static final double SWATCH_GAP = 7;
    /** Columns grow to their widest entry up to this, and wrap beyond it. */
    private static final double MAX_COLUMN = 250;
    /** Narrower than this, words of a normal entry start to break. */
    private static final double MIN_COLUMN = 120;
    private static final double ENTRY_ROW = 17;
    private static final double ENTRY_LINE = 13;
    private static final double SECTION_ROW = 19;
    private static final double SECTION_LINE = 12;
    private static final double NOTE_ROW = 14;
    private static final double NOTE_LINE = 12;
    private static final double HEADING_ROW = 21;
    private static final double HEADING_LINE = 15;
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color MUTED = new Color(0x555555);

    /**
     * How big the box may be, inside its padding. A fixed side is the box's size whatever the
     * rows need; otherwise the layout takes what it needs, within {@code preferred} if it can and
     * {@code max} if it must.
     */
    record Limits(double preferredWidth, double preferredHeight, double maxWidth, double maxHeight, boolean fixedWidth,
                  boolean fixedHeight) {

        static Limits fixed(double width, double height) {
            return new Limits(width, height, width, height, true, true);
        }
    }

    /** A row at its place, relative to the box's top-left corner, with its text broken into lines. */
    private record Placed(LegendRow row, List<String> lines, double x, double y) {
    }

    private record Block(LegendRow row, List<String> lines, double height) {
    }

    private final List<Placed> placed;
    private final List<String> unfit;
    private final double width;
    private final double height;

    private LegendLayout(List<Placed> placed, List<String> unfit, double width, double height) {
        this.placed = List.copyOf(placed);
        this.unfit = List.copyOf(unfit);
        this.width = width;
        this.height = height;
    }

    /**
     * @param rows        the legend's content, the heading first
     * @param limits      the box's inner size (without {@link #PAD})
     * @param footer      height kept free under the columns (the scale bar)
     * @param footerWidth width the footer needs, which the box is never narrower than
     */
    static LegendLayout fit(List<LegendRow> rows, Limits limits, double footer, double footerWidth) {
        double natural = MIN_COLUMN;
        for (LegendRow row : rows) {
            if (!(row instanceof LegendRow.Note) && !(row instanceof LegendRow.Heading)) {
                natural = Math.max(natural, naturalWidth(row));
            }
        }
        natural = Math.min(natural, MAX_COLUMN);
        LegendLayout within = tryColumns(rows, limits.preferredWidth(), limits.preferredHeight(), limits, natural, footer,
                footerWidth);
        if (within != null && within.unfit.isEmpty()) return within;
        LegendLayout stretched = tryColumns(rows, limits.maxWidth(), limits.maxHeight(), limits, natural, footer, footerWidth);
        if (stretched != null && stretched.unfit.isEmpty()) return stretched;
        return overflowing(rows, limits, natural, footer, footerWidth);
    }

    /** The fewest columns that hold every row in this space, or null. */
    private static LegendLayout tryColumns(List<LegendRow> rows, double maxW, double maxH, Limits limits, double natural,
                                           double footer, double footerWidth) {
        for (int n = 1; ; n++) {
            double column = Math.min(natural, (maxW - (n - 1) * COLUMN_GAP) / n);
            if (column < MIN_COLUMN && n > 1) return null;
            column = Math.max(column, Math.min(MIN_COLUMN, maxW));
            if (column <= 0) return null;
            LegendLayout layout = layout(rows, n, column, maxW, maxH, limits, footer, footerWidth, true);
            if (layout.unfit.isEmpty()) return layout;
        }
    }

    /** The box too small for all rows: as many columns as fit, the rows after the last one reported. */
    private static LegendLayout overflowing(List<LegendRow> rows, Limits limits, double natural, double footer,
                                            double footerWidth) {
        double maxW = Math.max(1, limits.maxWidth());
        int n = Math.max(1, (int) Math.floor((maxW + COLUMN_GAP) / (Math.min(natural, maxW) + COLUMN_GAP)));
        double column = Math.max(1, Math.min(natural, (maxW - (n - 1) * COLUMN_GAP) / n));
        return layout(rows, n, column, maxW, limits.maxHeight(), limits, footer, footerWidth, false);
    }

    private static LegendLayout layout(List<LegendRow> rows, int columns, double column, double maxW, double maxH,
                                       Limits limits, double footer, double footerWidth, boolean balance) {
        double span = columns * column + (columns - 1) * COLUMN_GAP;
        // The heading is read first: the box widens to keep it on one line where it may.
        for (LegendRow row : rows) {
            if (row instanceof LegendRow.Heading h) span = Math.max(span, Math.min(maxW, TextPainter.width(h.text(), Legend.HEADING)));
        }
        span = limits.fixedWidth() ? limits.maxWidth() : Math.max(span, footerWidth);
        List<Block> blocks = new ArrayList<>();
        List<String> headingLines = List.of();
        LegendRow heading = null;
        for (LegendRow row : rows) {
            if (row instanceof LegendRow.Heading h) {
                heading = h;
                headingLines = wrap(h.text(), Legend.HEADING, span);
            } else {
                blocks.add(block(row, column));
            }
        }
        double headingH = headingLines.isEmpty() ? 0 : HEADING_ROW + HEADING_LINE * (headingLines.size() - 1);
        List<String> unfit = new ArrayList<>();
        if (heading != null && headingH > maxH - footer + 1e-6) {
            unfit.add(heading.text());
            heading = null;
            headingH = 0;
        }
        double available = maxH - headingH - footer;
        double columnH = available;
        if (balance && !limits.fixedHeight()) {
            double lo = 0;
            for (Block b : blocks) lo = Math.max(lo, b.height());
            if (unfitCount(blocks, columns, available) == 0) {
                double hi = available;
                while (hi - lo > 1) {
                    double mid = (lo + hi) / 2;
                    if (unfitCount(blocks, columns, mid) == 0) hi = mid;
                    else lo = mid;
                }
                columnH = hi;
            }
        }
        List<Placed> placed = new ArrayList<>();
        if (heading != null) placed.add(new Placed(heading, headingLines, PAD, PAD));
        double top = PAD + headingH;
        int col = 0;
        double y = 0;
        double used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (col >= columns) {
                unfit.add(b.row().text());
                continue;
            }
            double need = b.height() + (b.row() instanceof LegendRow.Section && i + 1 < blocks.size() ? blocks.get(i + 1).height() : 0);
            if (y > 0 && y + need > columnH + 1e-6) {
                col++;
                y = 0;
                if (col >= columns) {
                    unfit.add(b.row().text());
                    continue;
                }
            }
            if (b.height() > columnH + 1e-6) {
                // Taller than a whole column: it fits nowhere, and neither does anything after it in order.
                col = columns;
                unfit.add(b.row().text());
                continue;
            }
            // A section starting a column needs no air above it.
            double lift = y == 0 && b.row() instanceof LegendRow.Section ? SECTION_ROW - NOTE_ROW : 0;
            placed.add(new Placed(b.row(), b.lines(), PAD + col * (column + COLUMN_GAP), top + y - lift));
            y += b.height() - lift;
            used = Math.max(used, y);
        }
        double innerW = rows.isEmpty() && !limits.fixedWidth() ? footerWidth : span;
        // The last row's descent area is air enough above the bottom padding of a box sized to its rows.
        double height = limits.fixedHeight() ? limits.maxHeight() + 2 * PAD
                : headingH + used + footer + 2 * PAD - (rows.isEmpty() ? 0 : 4);
        return new LegendLayout(placed, unfit, innerW + 2 * PAD, height);
    }

    private static int unfitCount(List<Block> blocks, int columns, double columnH) {
        int col = 0;
        double y = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.height() > columnH) return blocks.size() - i;
            double need = b.height() + (b.row() instanceof LegendRow.Section && i + 1 < blocks.size() ? blocks.get(i + 1).height() : 0);
            if (y > 0 && y + need > columnH) {
                col++;
                y = 0;
            }
            if (col >= columns) return blocks.size() - i;
            y += b.height() - (y == 0 && b.row() instanceof LegendRow.Section ? SECTION_ROW - NOTE_ROW : 0);
        }
        return 0;
    }

    private static Block block(LegendRow row, double column) {
        if (row instanceof LegendRow.Entry e) {
            List<String> lines = wrap(e.text(), Legend.ENTRY, column - LegendSwatches.W - SWATCH_GAP);
            return new Block(row, lines, ENTRY_ROW + ENTRY_LINE * (lines.size() - 1));
        }
        if (row instanceof LegendRow.Section s) {
            List<String> lines = wrap(s.text(), Legend.SECTION, column);
            return new Block(row, lines, SECTION_ROW + SECTION_LINE * (lines.size() - 1));
        }
        List<String> lines = wrap(row.text(), Legend.NOTE, column);
        return new Block(row, lines, NOTE_ROW + NOTE_LINE * (lines.size() - 1));
    }

    private static List<String> wrap(String text, Font font, double width) {
        List<String> lines = TextWrap.lines(text, font, Math.max(1, width));
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static double naturalWidth(LegendRow row) {
        if (row instanceof LegendRow.Entry e) return LegendSwatches.W + SWATCH_GAP + TextPainter.width(e.text(), Legend.ENTRY);
        if (row instanceof LegendRow.Section s) return TextPainter.width(s.text(), Legend.SECTION);
        return TextPainter.width(row.text(), Legend.NOTE);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The rows with no room in the box, in order. */
    List<String> unfit() {
        return unfit;
    }

    void draw(Graphics2D g, double x, double y) {
        for (Placed p : placed) {
            double px = x + p.x();
            double py = y + p.y();
            LegendRow row = p.row();
            if (row instanceof LegendRow.Heading) {
                lines(g, p.lines(), Legend.HEADING, px, py + 16, HEADING_LINE, Color.BLACK);
            } else if (row instanceof LegendRow.Section) {
                lines(g, p.lines(), Legend.SECTION, px, py + 14, SECTION_LINE, MUTED);
            } else if (row instanceof LegendRow.Entry e) {
                e.swatch().draw(g, px, py + (ENTRY_ROW - LegendSwatches.H) / 2);
                lines(g, p.lines(), Legend.ENTRY, px + LegendSwatches.W + SWATCH_GAP, py + 12, ENTRY_LINE, INK);
            } else {
                lines(g, p.lines(), Legend.NOTE, px, py + 9, NOTE_LINE, MUTED);
            }
        }
    }

    private static void lines(Graphics2D g, List<String> lines, Font font, double x, double baseline, double step, Color ink) {
        for (int i = 0; i < lines.size(); i++) TextPainter.draw(g, lines.get(i), font, x, baseline + i * step, ink, null, 0);
    }
}
