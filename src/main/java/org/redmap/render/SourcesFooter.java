package org.redmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redmap.model.Assignment;
import org.redmap.model.Claim;
import org.redmap.model.Conflict;
import org.redmap.model.MapDocument;
import org.redmap.model.NetworkElement;
import org.redmap.model.NotablePlace;
import org.redmap.model.Source;
import org.redmap.model.TaggedRegion;

/**
 * The sources line of a briefing: every source behind a claim the map shows (region vendors,
 * sites, network elements, both sides of each conflict), once each, oldest first, and each
 * modelled overlay's assumptions. Built, never typed, so it cannot drift from the map.
 */
final class SourcesFooter {

    private SourcesFooter() {
    }

    static String text(MapDocument doc, List<Overlay> overlays, boolean regionsShown, boolean sitesShown) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        if (regionsShown) {
            for (TaggedRegion r : doc.regions()) r.assignment().ifPresent(a -> add(byUrl, a));
        }
        if (sitesShown) {
            for (NotablePlace site : doc.sites()) add(byUrl, site.assignment());
        }
        for (NetworkElement e : doc.elements()) add(byUrl, e.assignment());
        for (Conflict c : doc.conflicts()) {
            for (Claim claim : c.claims()) claim.sources().forEach(s -> byUrl.putIfAbsent(s.url(), s));
        }
        List<Source> sources = new ArrayList<>(byUrl.values());
        sources.sort(Comparator.comparing(Source::date).thenComparing(Source::publisher));
        List<String> parts = new ArrayList<>();
        for (Source s : sources) parts.add(s.publisher() + " (" + s.date() + ")");
        StringBuilder text = new StringBuilder("Sources: ").append(parts.isEmpty() ? "none" : String.join("; ", parts)).append('.');
        for (Overlay o : overlays) {
            if (o instanceof Overlay.Polygons p) {
                text.append(' ').append(o.title()).append(": \u201C").append(p.data().property()).append("\u201D imported from ")
                        .append(p.data().source()).append('.');
            }
            if (!o.modelled()) continue;
            String provenance = o.provenance().toLowerCase(java.util.Locale.ROOT).startsWith("modelled")
                    ? o.provenance() : "modelled, " + o.provenance();
            text.append(' ').append(o.title()).append(": ").append(provenance).append(provenance.endsWith(".") ? "" : ".");
        }
        text.append(" Full citations: redmap inspector, regions command, export sidecar.");
        return text.toString();
    }

    private static void add(Map<String, Source> byUrl, Assignment a) {
        for (Source s : a.sources()) byUrl.putIfAbsent(s.url(), s);
    }
}
