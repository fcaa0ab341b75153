package org.redmap.render;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redmap.io.CoveragePolygons;
import org.redmap.model.Assignment;
import org.redmap.model.Basis;
import org.redmap.model.Claim;
import org.redmap.model.Conflict;
import org.redmap.model.Layer;
import org.redmap.model.MapDocument;
import org.redmap.model.NetworkElement;
import org.redmap.model.Place;
import org.redmap.model.SiteKind;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;
import org.redmap.model.annotation.Annotation;

/**
 * What the key to the map says, built from what the map actually shows: every vendor, basis and
 * symbol present gets a row, every visible overlay its classes, every annotation the analyst gave a
 * legend label its own row, and the network-wide claims (the core, the disputed backbone) are
 * spelled out because they have no place on the map. Nothing here is ever left out for want of
 * room: {@link LegendLayout} flows these rows into the box, or reports the ones that do not fit.
 */
final class Legend {

    static final Font HEADING = Typeface.BOLD.deriveFont(11.5f);
    static final Font SECTION = Typeface.BOLD.deriveFont(9.5f);
    static final Font ENTRY = Typeface.REGULAR.deriveFont(10.5f);
    static final Font NOTE = Typeface.REGULAR.deriveFont(9f);
    static final String TITLE = "Red Compartida: radio network vendor";
    /** The populations the city-size key shows, where the map has a city that large. */
    private static final long[] CITY_SIZES = {100_000, 1_000_000, 5_000_000};

    private Legend() {
    }

    static List<LegendRow> rows(RenderRequest request, VendorPalette palette, Output output) {
        MapDocument doc = request.map().document();
        List<LegendRow> rows = new ArrayList<>();
        rows.add(new LegendRow.Heading(TITLE));
        if (request.shows(Layer.VENDOR)) vendorRows(rows, doc, request.overlays(), palette, output);
        for (Overlay overlay : request.overlays()) overlayRows(rows, overlay, doc.regions().size());
        placeRows(rows, doc, request.shows(Layer.SITES), request.shows(Layer.CITIES), request.shows(Layer.BORDER));
        if (request.shows(Layer.ANNOTATIONS)) annotationRows(rows, doc.annotations());
        networkRows(rows, doc);
        return rows;
    }

    private static void vendorRows(List<LegendRow> rows, MapDocument doc, List<Overlay> overlays, VendorPalette palette,
                                   Output output) {
        boolean edges = VendorEdges.shown(overlays);
        Function<Color, LegendRow.Swatch> key = edges ? LegendSwatches::edge : LegendSwatches::fill;
        Set<Vendor> present = doc.regions().stream().map(TaggedRegion::vendor).collect(Collectors.toCollection(LinkedHashSet::new));
        for (Vendor vendor : doc.vendors()) {
            if (present.contains(vendor)) rows.add(new LegendRow.Entry(key.apply(palette.fill(vendor)), vendor.name()));
        }
        for (Vendor vendor : present) {
            if (vendor.isAssigned() && !doc.vendors().contains(vendor)) {
                rows.add(new LegendRow.Entry(key.apply(palette.fill(vendor)), vendor.name()));
            }
        }
        if (edges) rows.add(new LegendRow.Note("Under the graduated overlay, the vendor is the colour of each region's edge"));
        if (present.contains(Vendor.UNASSIGNED)) {
            rows.add(new LegendRow.Entry(LegendSwatches.unassigned(output), "Unassigned (no rule matches)"));
        }
        Set<Basis> bases = doc.regions().stream().flatMap(r -> r.assignment().stream()).map(Assignment::basis)
                .collect(Collectors.toSet());
        if (!bases.isEmpty()) rows.add(new LegendRow.Section("HOW THE VENDOR IS KNOWN"));
        if (bases.contains(Basis.REPORTED)) rows.add(new LegendRow.Entry(LegendSwatches.fill(LegendSwatches.NEUTRAL), "Reported"));
        if (bases.contains(Basis.INFERRED)) {
            rows.add(new LegendRow.Entry(LegendSwatches.hatched(LegendSwatches.NEUTRAL, output), "Inferred from regional reporting"));
        }
        if (bases.contains(Basis.ANALYST)) rows.add(new LegendRow.Entry(LegendSwatches.analyst(), "Analyst override"));
    }

    private static void overlayRows(List<LegendRow> rows, Overlay overlay, int regionCount) {
        String title = overlay.title().toUpperCase(Locale.ROOT);
        String heading = overlay.modelled() && !title.contains("MODELLED") ? title + " · MODELLED"
                : overlay instanceof Overlay.Polygons ? title + " · IMPORTED" : title;
        rows.add(new LegendRow.Section(heading));
        if (overlay instanceof Overlay.Choropleth c) {
            classRows(rows, c.colours(), ClassLabels.of(c.breaks(), c.percent() ? ClassLabels.Units.SHARE : ClassLabels.Units.SCORE));
            if (c.values().size() < regionCount) rows.add(new LegendRow.Entry(LegendSwatches.noData(), "No data"));
        } else if (overlay instanceof Overlay.Area a) {
            rows.add(new LegendRow.Entry(LegendSwatches.area(a), a.title()));
        } else if (overlay instanceof Overlay.Bands b) {
            for (int i = 0; i < b.labels().size(); i++) {
                rows.add(new LegendRow.Entry(LegendSwatches.fill(OverlayPainter.bandFill(i, b.labels().size())), b.labels().get(i)));
            }
        } else if (overlay instanceof Overlay.Polygons p) {
            // The property and the file first: which number this is, and where it comes from.
            rows.add(new LegendRow.Note("\u201C" + p.data().property() + "\u201D from " + p.data().source()
                    + (p.data().unit() == CoveragePolygons.Unit.RAW ? "" : ", in %")));
            classRows(rows, p.colours(), ClassLabels.of(p.breaks(), ClassLabels.Units.of(p.data().unit())));
            if (p.data().withValue() < p.data().cells().size()) rows.add(new LegendRow.Entry(LegendSwatches.noData(), "No data"));
        }
        if (overlay.modelled() && !overlay.provenance().isBlank()) rows.add(new LegendRow.Note(overlay.provenance()));
    }

    private static void classRows(List<LegendRow> rows, List<Color> colours, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) rows.add(new LegendRow.Entry(LegendSwatches.fill(colours.get(i)), labels.get(i)));
    }

    private static void placeRows(List<LegendRow> rows, MapDocument doc, boolean sites, boolean cities, boolean border) {
        boolean core = sites && doc.sites().stream().anyMatch(s -> s.kind() == SiteKind.CORE_SITE);
        boolean exception = sites && doc.sites().stream().anyMatch(s -> s.kind() == SiteKind.EXCEPTION);
        boolean approximate = sites && doc.sites().stream().anyMatch(s -> s.approximate());
        long largest = cities ? doc.cities().stream().mapToLong(Place::population).max().orElse(0) : 0;
        boolean hasCities = cities && !doc.cities().isEmpty();
        boolean hasBorder = border && !doc.borders().isEmpty();
        if (!(core || exception || hasCities || hasBorder)) return;
        rows.add(new LegendRow.Section("ON THE MAP"));
        if (core) rows.add(new LegendRow.Entry(LegendSwatches.site(SiteKind.CORE_SITE, false), "Core data centre (fill: vendor)"));
        if (exception) {
            rows.add(new LegendRow.Entry(LegendSwatches.site(SiteKind.EXCEPTION, false), "City reported against its state (fill: vendor)"));
        }
        if (approximate) {
            SiteKind kind = doc.sites().stream().filter(s -> s.approximate()).findFirst().orElseThrow().kind();
            rows.add(new LegendRow.Entry(LegendSwatches.site(kind, true), "Dashed outline: position known to the state only"));
        }
        if (hasCities) {
            List<Long> sizes = new ArrayList<>();
            for (long size : CITY_SIZES) if (size <= largest) sizes.add(size);
            if (sizes.isEmpty()) sizes.add(largest);
            for (int i = sizes.size() - 1; i >= 0; i--) {
                rows.add(new LegendRow.Entry(LegendSwatches.city(sizes.get(i)), "City of " + population(sizes.get(i))));
            }
        }
        if (hasBorder) rows.add(new LegendRow.Entry(LegendSwatches.border(), "US–Mexico border"));
    }

    private static String population(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) return (n / 1_000_000) + " million";
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static void annotationRows(List<LegendRow> rows, List<Annotation> annotations) {
        Set<String> seen = new LinkedHashSet<>();
        List<LegendRow> entries = new ArrayList<>();
        for (Annotation a : annotations) {
            // One row per meaning: marks drawn alike with the same label share it.
            if (a.style().inLegend() && seen.add(a.kind() + " " + a.style())) {
                entries.add(new LegendRow.Entry(LegendSwatches.annotation(a.kind(), a.style()), a.style().legendLabel()));
            }
        }
        if (entries.isEmpty()) return;
        rows.add(new LegendRow.Section("ANALYST'S MARKS"));
        rows.addAll(entries);
    }

    private static void networkRows(List<LegendRow> rows, MapDocument doc) {
        if (doc.elements().isEmpty() && doc.conflicts().isEmpty()) return;
        rows.add(new LegendRow.Section("NETWORK-WIDE"));
        for (NetworkElement element : doc.elements()) {
            Assignment a = element.assignment();
            rows.add(new LegendRow.Note(element.name() + ": " + a.vendor().name() + " (" + a.basis().key() + ")"));
        }
        for (Conflict conflict : doc.conflicts()) {
            String sides = conflict.claims().stream().map(Claim::vendor).map(Vendor::name).distinct()
                    .collect(Collectors.joining(" vs "));
            rows.add(new LegendRow.Note(conflict.topic() + ": sources conflict, " + sides));
        }
    }
}
