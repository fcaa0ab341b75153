package org.redmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import org.redmap.model.Assignment;
import org.redmap.model.Basis;
import org.redmap.model.Claim;
import org.redmap.model.Conflict;
import org.redmap.model.MapDocument;
import org.redmap.model.NetworkElement;
import org.redmap.model.SiteKind;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;

/**
 * The key to the map, built from what the map actually shows: only vendors, bases and symbols
 * present get a row, and the network-wide claims (the core, the disputed backbone) are spelled out
 * because they have no place on the map.
 */
final class Legend {

    static final Font HEADING = Typeface.BOLD.deriveFont(11.5f);
    static final Font SECTION = Typeface.BOLD.deriveFont(9.5f);
    static final Font ENTRY = Typeface.REGULAR.deriveFont(10.5f);
    static final Font NOTE = Typeface.REGULAR.deriveFont(9f);
    private static final double PAD = 10;
    private static final double NOTE_WIDTH = 230;
    private static final double ROW = 17;
    private static final double SWATCH_W = 22;
    private static final double SWATCH_H = 13;
    private static final double GAP = 7;
    private static final Color NEUTRAL = new Color(0x8F8F8F);
    private static final Color MUTED = new Color(0x555555);

    private sealed interface Row permits Heading, Section, Entry, Note {
    }

    private record Heading(String text) implements Row {
    }

    private record Section(String text) implements Row {
    }

    private record Entry(Swatch swatch, String text) implements Row {
    }

    private record Note(String text) implements Row {
    }

    private interface Swatch {
        void draw(Graphics2D g, double x, double y);
    }

    private final List<Row> rows;

    private Legend(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * @param compact for small maps: keeps the vendor key and drops the symbol and network-wide
     *                sections, so the legend never covers most of the map
     */
    static Legend of(MapDocument doc, List<Overlay> overlays, VendorPalette palette, Output output, boolean showRegions,
                     boolean showSites, boolean showCities, boolean showBorder, boolean compact) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Heading("Red Compartida: radio network vendor"));
        if (showRegions) {
            boolean edges = VendorEdges.shown(overlays);
            Function<Color, Swatch> key = edges ? Legend::edge : Legend::fill;
            Set<Vendor> present = doc.regions().stream().map(TaggedRegion::vendor).collect(Collectors.toCollection(LinkedHashSet::new));
            for (Vendor vendor : doc.vendors()) {
                if (present.contains(vendor)) rows.add(new Entry(key.apply(palette.fill(vendor)), vendor.name()));
            }
            for (Vendor vendor : present) {
                if (vendor.isAssigned() && !doc.vendors().contains(vendor)) {
                    rows.add(new Entry(key.apply(palette.fill(vendor)), vendor.name()));
                }
            }
            if (edges) rows.add(new Note("Under the graduated overlay, the vendor is the colour of each region's edge"));
            if (present.contains(Vendor.UNASSIGNED)) {
                rows.add(new Entry(unassigned(output), "Unassigned (no rule matches)"));
            }
            Set<Basis> bases = doc.regions().stream().flatMap(r -> r.assignment().stream()).map(Assignment::basis)
                    .collect(Collectors.toSet());
            if (!bases.isEmpty()) rows.add(new Section("HOW THE VENDOR IS KNOWN"));
            if (bases.contains(Basis.REPORTED)) rows.add(new Entry(fill(NEUTRAL), "Reported"));
            if (bases.contains(Basis.INFERRED)) rows.add(new Entry(hatched(NEUTRAL, output), "Inferred from regional reporting"));
            if (bases.contains(Basis.ANALYST)) rows.add(new Entry(analyst(), "Analyst override"));
        }
        boolean hasCore = doc.sites().stream().anyMatch(s -> s.kind() == SiteKind.CORE_SITE);
        boolean hasException = doc.sites().stream().anyMatch(s -> s.kind() == SiteKind.EXCEPTION);
        for (Overlay overlay : overlays) overlayRows(rows, overlay, doc.regions().size(), compact);
        if (compact) return new Legend(wrapNotes(rows));
        boolean places = (showSites && (hasCore || hasException)) || showCities || showBorder;
        if (places) rows.add(new Section("ON THE MAP"));
        if (showSites && hasCore) rows.add(new Entry(site(SiteKind.CORE_SITE), "Core data centre (fill: vendor)"));
        if (showSites && hasException) rows.add(new Entry(site(SiteKind.EXCEPTION), "City reported against its state"));
        if (showSites && doc.sites().stream().anyMatch(s -> s.approximate())) {
            rows.add(new Note("Dashed outline: position known to the state only"));
        }
        if (showCities && !doc.cities().isEmpty()) rows.add(new Entry(cities(), "City, sized by population"));
        if (showBorder && !doc.borders().isEmpty()) rows.add(new Entry(border(), "US–Mexico border"));
        if (!doc.elements().isEmpty() || !doc.conflicts().isEmpty()) rows.add(new Section("NETWORK-WIDE"));
        for (NetworkElement element : doc.elements()) {
            Assignment a = element.assignment();
            rows.add(new Note(element.name() + ": " + a.vendor().name() + " (" + a.basis().key() + ")"));
        }
        for (Conflict conflict : doc.conflicts()) {
            String sides = conflict.claims().stream().map(Claim::vendor).map(Vendor::name).distinct()
                    .collect(Collectors.joining(" vs "));
            rows.add(new Note(conflict.topic() + ": sources conflict, " + sides));
        }
        return new Legend(wrapNotes(rows));
    }

    private static void overlayRows(List<Row> rows, Overlay overlay, int regionCount, boolean compact) {
        String title = overlay.title().toUpperCase(java.util.Locale.ROOT);
        String heading = overlay.modelled() && !title.contains("MODELLED") ? title + " · MODELLED"
                : overlay instanceof Overlay.Polygons ? title + " · IMPORTED" : title;
        rows.add(new Section(heading));
        if (overlay instanceof Overlay.Choropleth c) {
            List<Color> colours = c.colours();
            for (int i = 0; i < c.breaks().classes(); i++) {
                rows.add(new Entry(fill(colours.get(i)), range(c, i)));
            }
            if (c.values().size() < regionCount) rows.add(new Entry(noData(), "No data"));
        } else if (overlay instanceof Overlay.Area a) {
            rows.add(new Entry(area(a), a.title()));
        } else if (overlay instanceof Overlay.Bands b) {
            for (int i = 0; i < b.labels().size(); i++) rows.add(new Entry(fill(OverlayPainter.bandFill(i, b.labels().size())), b.labels().get(i)));
        } else if (overlay instanceof Overlay.Polygons p) {
            // The property and the file first: which number this is, and where it comes from, even in a compact legend.
            rows.add(new Note("\u201C" + p.data().property() + "\u201D from " + p.data().source()
                    + (p.data().unit() == org.redmap.io.CoveragePolygons.Unit.RAW ? "" : ", in %")));
            List<Color> colours = p.colours();
            for (int i = 0; i < p.breaks().classes(); i++) {
                rows.add(new Entry(fill(colours.get(i)), CellValues.range(p.breaks(), i, p.data().unit())));
            }
            if (p.data().withValue() < p.data().cells().size()) rows.add(new Entry(noData(), "No data"));
        }
        if (!compact && overlay.modelled() && !overlay.provenance().isBlank()) rows.add(new Note(overlay.provenance()));
    }

    private static String range(Overlay.Choropleth c, int classIndex) {
        double lo = c.breaks().lower(classIndex);
        double hi = c.breaks().upper(classIndex);
        if (c.percent()) {
            long a = Math.round(lo * 100);
            long b = Math.round(hi * 100);
            return (a == b ? String.valueOf(a) : a + "–" + b) + " %";
        }
        String a = String.format(java.util.Locale.ROOT, "%.2f", lo);
        String b = String.format(java.util.Locale.ROOT, "%.2f", hi);
        return a.equals(b) ? a : a + "–" + b;
    }

    private static Swatch noData() {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, SWATCH_W, SWATCH_H);
            g.setColor(new Color(0xEEEEEE));
            g.fill(box);
            g.setStroke(new BasicStroke(0.8f));
            Hatch.fill(g, box, OverlayPainter.NO_DATA, true, Output.VECTOR);
            outline(g, box);
        };
    }

    /** Notes wrap to the width of the rest of the legend (at least {@link #NOTE_WIDTH}), never widening it. */
    private static List<Row> wrapNotes(List<Row> rows) {
        double width = NOTE_WIDTH;
        for (Row row : rows) {
            if (!(row instanceof Note)) width = Math.max(width, rowWidth(row));
        }
        List<Row> wrapped = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Note note) {
                for (String line : TextWrap.lines(note.text(), NOTE, width)) wrapped.add(new Note(line));
            } else {
                wrapped.add(row);
            }
        }
        return wrapped;
    }

    Rectangle2D size() {
        double width = 0;
        double height = PAD;
        for (Row row : rows) {
            width = Math.max(width, rowWidth(row));
            height += rowHeight(row);
        }
        return new Rectangle2D.Double(0, 0, width + 2 * PAD, height + PAD - 4);
    }

    void draw(Graphics2D g, double x, double y) {
        double cy = y + PAD;
        for (Row row : rows) {
            double h = rowHeight(row);
            double baseline = cy + h - 5;
            if (row instanceof Heading heading) {
                TextPainter.draw(g, heading.text(), HEADING, x + PAD, baseline, Color.BLACK, null, 0);
            } else if (row instanceof Section section) {
                TextPainter.draw(g, section.text(), SECTION, x + PAD, baseline, MUTED, null, 0);
            } else if (row instanceof Entry entry) {
                entry.swatch().draw(g, x + PAD, cy + (h - SWATCH_H) / 2);
                TextPainter.draw(g, entry.text(), ENTRY, x + PAD + SWATCH_W + GAP, baseline, new Color(0x1A1A1A), null, 0);
            } else if (row instanceof Note note) {
                TextPainter.draw(g, note.text(), NOTE, x + PAD, baseline, MUTED, null, 0);
            }
            cy += h;
        }
    }

    private static double rowHeight(Row row) {
        if (row instanceof Heading) return ROW + 4;
        if (row instanceof Section) return ROW + 2;
        if (row instanceof Entry) return ROW;
        return ROW - 3;
    }

    private static double rowWidth(Row row) {
        if (row instanceof Heading h) return TextPainter.width(h.text(), HEADING);
        if (row instanceof Section s) return TextPainter.width(s.text(), SECTION);
        if (row instanceof Entry e) return SWATCH_W + GAP + TextPainter.width(e.text(), ENTRY);
        return TextPainter.width(((Note) row).text(), NOTE);
    }

    private static Swatch fill(Color colour) {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, SWATCH_W, SWATCH_H);
            g.setColor(colour);
            g.fill(box);
            outline(g, box);
        };
    }

    /** A vendor as the map shows it under a graduated overlay: the colour as an inner edge. */
    private static Swatch edge(Color colour) {
        return (g, x, y) -> {
            double w = VendorEdges.WIDTH;
            Rectangle2D box = new Rectangle2D.Double(x + w / 2, y + w / 2, SWATCH_W - w, SWATCH_H - w);
            g.setColor(new Color(0xEEEEEE));
            g.fill(box);
            g.setColor(VendorEdges.RULE);
            g.setStroke(new BasicStroke(0.9f));
            g.draw(new Rectangle2D.Double(x + w + 0.45, y + w + 0.45, SWATCH_W - 2 * w - 0.9, SWATCH_H - 2 * w - 0.9));
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) w));
            g.draw(box);
        };
    }

    /** As the map draws the area: the fill at the overlay's opacity over white, the outline nearly opaque. */
    private static Swatch area(Overlay.Area a) {
        Color c = a.colour();
        double k = a.opacity();
        Color over = new Color((int) Math.round(255 + (c.getRed() - 255) * k), (int) Math.round(255 + (c.getGreen() - 255) * k),
                (int) Math.round(255 + (c.getBlue() - 255) * k));
        Color edge = c.darker();
        Color line = new Color(edge.getRed(), edge.getGreen(), edge.getBlue(), Math.round(255 * OverlayPainter.AREA_OUTLINE_ALPHA));
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x + 0.8, y + 0.8, SWATCH_W - 1.6, SWATCH_H - 1.6);
            g.setColor(over);
            g.fill(box);
            g.setColor(line);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(box);
        };
    }

    private static Swatch unassigned(Output output) {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, SWATCH_W, SWATCH_H);
            g.setColor(VendorPalette.UNASSIGNED);
            g.fill(box);
            Hatch.fill(g, box, VendorPalette.UNASSIGNED_HATCH, true, output);
            outline(g, box);
        };
    }

    private static Swatch hatched(Color colour, Output output) {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x, y, SWATCH_W, SWATCH_H);
            g.setColor(colour);
            g.fill(box);
            Hatch.fill(g, box, new Color(255, 255, 255, 170), false, output);
            outline(g, box);
        };
    }

    private static Swatch analyst() {
        return (g, x, y) -> {
            Rectangle2D box = new Rectangle2D.Double(x + 1, y + 1, SWATCH_W - 2, SWATCH_H - 2);
            g.setColor(NEUTRAL);
            g.fill(box);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2.5f}, 0f));
            g.draw(box);
        };
    }

    private static Swatch site(SiteKind kind) {
        return (g, x, y) -> Symbols.site(g, kind, x + SWATCH_W / 2, y + SWATCH_H / 2, NEUTRAL, false);
    }

    private static Swatch cities() {
        return (g, x, y) -> {
            Symbols.city(g, x + 3, y + SWATCH_H / 2 + 1, Symbols.cityRadius(100_000));
            Symbols.city(g, x + 9, y + SWATCH_H / 2, Symbols.cityRadius(1_000_000));
            Symbols.city(g, x + 17.5, y + SWATCH_H / 2, Symbols.cityRadius(3_000_000));
        };
    }

    private static Swatch border() {
        return (g, x, y) -> Symbols.borderLine(g, new Line2D.Double(x + 1, y + SWATCH_H / 2, x + SWATCH_W - 1, y + SWATCH_H / 2));
    }

    private static void outline(Graphics2D g, Rectangle2D box) {
        g.setColor(new Color(0x5A5A5A));
        g.setStroke(new BasicStroke(0.6f));
        g.draw(box);
    }
}
