package org.redmap.tagging;

import java.util.List;
import java.util.Objects;
import org.redmap.model.Assignment;

/**
 * One region rule: the keys that identify the region and the assignment it gets. Any of
 * {@code iso}, {@code inegi} and {@code name} may be null (absent), but not all three. Keys are
 * stored normalised (see {@link MatchText}) so that matching is a plain map lookup.
 *
 * @param aliases other names of the same region ("Coahuila" for "Coahuila de Zaragoza"), matched
 *                like {@code name}
 */
public record RegionRule(String iso, String inegi, String name, List<String> aliases, Assignment assignment) {

    public RegionRule {
        Objects.requireNonNull(assignment, "assignment");
        aliases = List.copyOf(aliases);
        if (iso == null && inegi == null && name == null) {
            throw new IllegalArgumentException("a region rule needs an iso code, an inegi code or a name");
        }
    }

    /** How the rule is referred to in messages: its most specific key. */
    public String label() {
        if (iso != null) return iso;
        if (name != null) return inegi == null ? name : name + " (" + inegi + ")";
        return "inegi " + inegi;
    }
}
