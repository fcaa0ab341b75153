package org.redmap.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.redmap.io.Excerpt;

/**
 * A coverage table joined to regions: the values that could be used, and every problem, each with
 * its line. Nothing is dropped without an entry in {@link #problems()}.
 *
 * @param source       the table's file name
 * @param regionCount  how many regions the table was joined to
 * @param values       region id to value, in region order
 * @param problems     in file order within each kind, kinds in {@link JoinProblem.Kind} order
 * @param dataRows     data rows read (blank lines not counted)
 */
public record CoverageJoin(String source, CoverageColumns columns, int regionCount, Map<String, CoverageValue> values,
                           List<JoinProblem> problems, int dataRows, int blankLines) {

    public CoverageJoin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(columns, "columns");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    public Optional<CoverageValue> value(String regionId) {
        return Optional.ofNullable(values.get(regionId));
    }

    public List<JoinProblem> problems(JoinProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * This join, when at least one region got a value. A table of which no row could be used would
     * otherwise draw a map of "no data" with nothing said, so it is an error naming the file and why:
     * the counts of each kind of problem and the first one.
     */
    public CoverageJoin usable() throws CoverageTableException {
        if (!values.isEmpty()) return this;
        String why;
        if (dataRows == 0) {
            why = "it has no data rows";
        } else {
            StringBuilder s = new StringBuilder();
            for (JoinProblem.Kind kind : JoinProblem.Kind.values()) {
                if (kind == JoinProblem.Kind.REGION_WITHOUT_VALUE) continue;
                int n = problems(kind).size();
                if (n > 0) s.append(s.length() == 0 ? "" : "; ").append(kind.heading().toLowerCase(java.util.Locale.ROOT))
                        .append(": ").append(n);
            }
            JoinProblem first = problems.stream().filter(p -> p.kind() != JoinProblem.Kind.REGION_WITHOUT_VALUE)
                    .findFirst().orElse(null);
            why = s + (first == null ? "" : " (first: " + first.message() + ")");
        }
        throw new CoverageTableException(source, -1, -1, "no row could be used, 0 of " + regionCount
                + " regions would have a value: " + why, null);
    }

    /** Whether the report lists problems that {@code --strict} refuses: any at all. */
    public CoverageTableException strictProblem() {
        if (problems.isEmpty()) return null;
        return new CoverageTableException(source, -1, -1, problems.size() + " problem(s) in the join (--strict):"
                + " first: " + problems.get(0).message(), null);
    }

    /** The values as a layer: data, not a model. */
    public RegionValues regionValues() {
        Map<String, Double> v = new LinkedHashMap<>();
        values.forEach((id, value) -> v.put(id, value.value()));
        return new RegionValues("coverage-table", "Coverage (" + source + ")", false,
                "Joined from " + source + " by region id; " + values.size() + " of " + regionCount
                        + " regions have a value" + (problems.isEmpty() ? "." : "; " + problems.size()
                        + " problem(s) in the join report."), v);
    }

    /** A report an analyst can read: what was used, then every problem grouped by kind. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(source).append(": ").append(values.size()).append(" of ").append(regionCount)
                .append(" regions have a value (").append(dataRows).append(dataRows == 1 ? " data row" : " data rows");
        if (blankLines > 0) s.append(", ").append(blankLines).append(" blank line(s) skipped");
        s.append(").\n");
        s.append("Columns: id = \"").append(Excerpt.of(columns.id())).append("\", coverage = \"").append(Excerpt.of(columns.coverage()))
                .append("\" (").append(columns.scale()).append(')');
        if (!columns.date().isEmpty()) s.append(", date = \"").append(Excerpt.of(columns.date())).append('"');
        if (!columns.source().isEmpty()) s.append(", source = \"").append(Excerpt.of(columns.source())).append('"');
        s.append(".\n");
        if (!columns.ignored().isEmpty()) {
            s.append("Ignored columns: ").append(columns.ignored().stream().map(c -> "\"" + Excerpt.of(c) + "\"")
                    .collect(Collectors.joining(", "))).append(".\n");
        }
        if (problems.isEmpty()) {
            s.append("No problems.\n");
            return s.toString();
        }
        s.append("Problems (").append(problems.size()).append("):\n");
        for (JoinProblem.Kind kind : JoinProblem.Kind.values()) {
            List<JoinProblem> of = problems(kind);
            if (of.isEmpty()) continue;
            s.append("  ").append(kind.heading()).append(" (").append(of.size()).append("):\n");
            for (JoinProblem p : of) s.append("    ").append(p.message()).append('\n');
        }
        return s.toString();
    }

    static List<JoinProblem> ordered(List<JoinProblem> problems) {
        List<JoinProblem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> {
            int c = a.kind().compareTo(b.kind());
            if (c != 0) return c;
            int la = a.lines().isEmpty() ? Integer.MAX_VALUE : a.lines().get(0);
            int lb = b.lines().isEmpty() ? Integer.MAX_VALUE : b.lines().get(0);
            return Integer.compare(la, lb);
        });
        return sorted;
    }
}
