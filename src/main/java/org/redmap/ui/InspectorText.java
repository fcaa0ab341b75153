package org.redmap.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redmap.model.Assignment;
import org.redmap.model.Basis;
import org.redmap.model.Claim;
import org.redmap.model.Conflict;
import org.redmap.model.MapDocument;
import org.redmap.model.NetworkElement;
import org.redmap.model.NotablePlace;
import org.redmap.model.Source;
import org.redmap.model.TaggedRegion;

/**
 * The inspector's words, as plain text an analyst can select and paste: what is claimed, on what
 * basis, how confidently, and from which sources. Kept apart from the panel so the wording is
 * tested without a screen.
 */
public final class InspectorText {

    private InspectorText() {
    }

    /** The basis in words: the difference between "reported" and "inferred" is the point of the tool. */
    public static String basis(Basis basis) {
        return switch (basis) {
            case REPORTED -> "reported: public reporting names this vendor for this place";
            case INFERRED -> "inferred: derived from reporting about a wider area; no source names this region itself";
            case ANALYST -> "analyst: set by hand in redmap, overriding the rules";
        };
    }

    public static String region(TaggedRegion region) {
        return region(region, null);
    }

    /**
     * A region, and when the analyst has overridden it, what the rule said and why: an override
     * must not hide the evidence it overrides.
     *
     * @param rule the region as the rules tagged it, or null
     */
    public static String region(TaggedRegion region, TaggedRegion rule) {
        StringBuilder out = new StringBuilder();
        if (region.assignment().isEmpty()) {
            out.append("Vendor: Unassigned\n");
            out.append("No vendor rule matched this region, by code, name or position.\n");
            return out.toString();
        }
        Assignment a = region.assignment().get();
        assignment(out, a);
        if (!region.matchedBy().isEmpty()) out.append("Matched by: ").append(region.matchedBy()).append('\n');
        note(out, a.note());
        sources(out, a.sources(), a.basis() == Basis.ANALYST
                ? "None: the analyst is the source of an override." : "None recorded.");
        if (a.basis() == Basis.ANALYST && rule != null && rule.assignment().isPresent()
                && rule.assignment().get().basis() != Basis.ANALYST) {
            Assignment r = rule.assignment().get();
            out.append("\nOVERRIDDEN RULE\n");
            assignment(out, r);
            if (!rule.matchedBy().isEmpty()) out.append("Matched by: ").append(rule.matchedBy()).append('\n');
            note(out, r.note());
            sources(out, r.sources(), "None recorded.");
        }
        return out.toString();
    }

    public static String site(NotablePlace site) {
        StringBuilder out = new StringBuilder();
        out.append("Kind: ").append(site.kind().label()).append('\n');
        assignment(out, site.assignment());
        out.append("Position: ").append(GeoFormat.latLon(site.lon(), site.lat()));
        out.append(site.approximate() ? " (approximate: the sources name only the state)\n" : "\n");
        note(out, site.assignment().note());
        sources(out, site.assignment().sources(), "None recorded.");
        return out.toString();
    }

    /** What the whole network is said to be built of, shown while nothing is selected. */
    public static String overview(MapDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append(doc.regions().size()).append(" regions from ").append(doc.regionsSource())
                .append(". Click a region or a site marker for its vendor and sources.\n");
        if (!doc.elements().isEmpty()) {
            out.append("\nNETWORK-WIDE ELEMENTS\n");
            for (NetworkElement e : doc.elements()) {
                out.append("\n").append(e.name()).append('\n');
                assignment(out, e.assignment());
                note(out, e.assignment().note());
                sources(out, e.assignment().sources(), "None recorded.");
            }
        }
        if (!doc.conflicts().isEmpty()) {
            out.append("\nSOURCES DISAGREE\n");
            for (Conflict c : doc.conflicts()) {
                out.append("\n").append(c.topic()).append(": ").append(c.claims().size())
                        .append(" claims, shown side by side; redmap does not pick one.\n");
                char label = 'A';
                for (Claim claim : c.claims()) {
                    out.append("\nClaim ").append(label++).append(": ").append(claim.vendor().name()).append('\n');
                    out.append(claim.statement()).append('\n');
                    sources(out, claim.sources(), "None recorded.");
                }
            }
        }
        if (!doc.sites().isEmpty()) {
            out.append("\nSITES ON THE MAP\n");
            for (NotablePlace p : doc.sites()) {
                out.append("• ").append(p.name()).append(" (").append(p.kind().label().toLowerCase(Locale.ROOT)).append("): ")
                        .append(p.assignment().vendor().name()).append(", ").append(p.assignment().basis().key())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Sources behind a region's assignment, in file order. */
    public static List<Source> sources(TaggedRegion region) {
        return region.assignment().map(Assignment::sources).orElse(List.of());
    }

    /** Every source the overview cites, each once. */
    public static List<Source> sources(MapDocument doc) {
        Set<Source> all = new LinkedHashSet<>();
        doc.elements().forEach(e -> all.addAll(e.assignment().sources()));
        doc.conflicts().forEach(c -> c.claims().forEach(claim -> all.addAll(claim.sources())));
        doc.sites().forEach(p -> all.addAll(p.assignment().sources()));
        return new ArrayList<>(all);
    }

    /** Footnote-ready citations, one a line, each source once. */
    public static String citations(List<Source> sources) {
        return String.join("\n", new LinkedHashSet<>(sources.stream().map(Source::citation).toList()));
    }

    private static void assignment(StringBuilder out, Assignment a) {
        out.append("Vendor: ").append(a.vendor().name()).append('\n');
        out.append("Basis: ").append(basis(a.basis())).append('\n');
        out.append("Confidence: ").append(a.confidence().key()).append('\n');
    }

    private static void note(StringBuilder out, String note) {
        if (note != null && !note.isBlank()) out.append("\nNote\n").append(note.strip()).append('\n');
    }

    private static void sources(StringBuilder out, List<Source> sources, String none) {
        out.append("\nSources (").append(sources.size()).append(")\n");
        if (sources.isEmpty()) {
            out.append(none).append('\n');
            return;
        }
        int n = 1;
        for (Source s : sources) {
            if (n > 1) out.append('\n');
            // The URL gets a line of its own, unindented, so wrapping never strands it.
            out.append(n++).append(". ").append(s.publisher()).append(" (").append(s.date()).append(")\n")
                    .append('“').append(s.title()).append("”\n")
                    .append(s.url()).append('\n');
            if (!s.note().isEmpty()) out.append("About this entry: ").append(s.note()).append('\n');
        }
    }
}
