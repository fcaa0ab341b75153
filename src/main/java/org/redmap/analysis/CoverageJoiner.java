package org.redmap.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.redmap.io.Excerpt;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;

/**
 * Joins a coverage table to regions by id. The rules (data/README.md):
 *
 * <ul>
 *   <li>An id matches a region whose id is the same ignoring case and surrounding spaces ("mx-son" is MX-SON).</li>
 *   <li>An id on more than one row gives its region NO value, whatever the rows say: picking one
 *       would hide a mistake in the file. The report lists the lines and values.</li>
 *   <li>Every region left without a value is reported, with the reason (no row, duplicated, a bad cell).</li>
 *   <li>An id that matches no region is reported; when it is a region's name, the report says which id to use.</li>
 * </ul>
 */
public final class CoverageJoiner {

    /**
     * Joins a table to a map's regions; a table that gives no region a value is refused
     * ({@link CoverageJoin#usable}).
     */
    public CoverageJoin joinTagged(CoverageTable table, List<TaggedRegion> regions) throws CoverageTableException {
        return join(table, regions.stream().map(TaggedRegion::region).toList()).usable();
    }

    public CoverageJoin join(CoverageTable table, List<Region> regions) {
        Map<String, Region> byKey = new LinkedHashMap<>();
        Map<String, Region> byName = new HashMap<>();
        for (Region r : regions) {
            byKey.putIfAbsent(key(r.id()), r);
            byName.putIfAbsent(foldName(r.name()), r);
        }
        // Rows grouped by the region they name (or by their own id when it names none), in file order.
        Map<String, List<CoverageRow>> rowsByKey = new LinkedHashMap<>();
        for (CoverageRow row : table.rows()) rowsByKey.computeIfAbsent(key(row.id()), k -> new ArrayList<>()).add(row);

        List<JoinProblem> problems = new ArrayList<>(table.problems());
        Map<String, CoverageValue> found = new HashMap<>();
        Map<String, String> whyNone = new HashMap<>();
        String column = table.columns().id();
        for (Map.Entry<String, List<CoverageRow>> e : rowsByKey.entrySet()) {
            List<CoverageRow> rows = e.getValue();
            Region region = byKey.get(e.getKey());
            List<Integer> lines = rows.stream().map(CoverageRow::line).toList();
            if (region == null) {
                Region named = byName.get(foldName(rows.get(0).id()));
                String hint = named == null ? "" : " (it is the name of " + named.id() + "; use the id)";
                problems.add(new JoinProblem(JoinProblem.Kind.UNKNOWN_ID, lines, column, rows.get(0).id(), "",
                        lineWord(lines) + ": " + Excerpt.quoted(rows.get(0).id()) + " matches no region" + hint));
                continue;
            }
            if (rows.size() > 1) {
                String values = rows.stream().map(r -> Excerpt.quoted(r.rawValue())).collect(Collectors.joining(", "));
                problems.add(new JoinProblem(JoinProblem.Kind.DUPLICATE_ID, lines, column, rows.get(0).id(), region.id(),
                        region.id() + " (" + region.name() + ") is on " + lineWord(lines) + " with values " + values
                                + "; none is used"));
                whyNone.put(region.id(), "its id is on " + lineWord(lines));
                continue;
            }
            CoverageRow row = rows.get(0);
            if (row.value().isEmpty()) {
                whyNone.put(region.id(), "its row (line " + row.line() + ") has no usable value");
                continue;
            }
            found.put(region.id(), new CoverageValue(region.id(), row.value().getAsDouble(), row.rawValue(), row.line(),
                    row.date(), row.source()));
        }

        Map<String, CoverageValue> values = new LinkedHashMap<>();
        for (Region r : regions) {
            CoverageValue v = found.get(r.id());
            if (v != null) {
                values.put(r.id(), v);
            } else if (!values.containsKey(r.id())) {
                String why = whyNone.getOrDefault(r.id(), "no row");
                problems.add(new JoinProblem(JoinProblem.Kind.REGION_WITHOUT_VALUE, List.of(), "", "", r.id(),
                        r.id() + " (" + r.name() + "): " + why));
            }
        }
        return new CoverageJoin(table.source(), table.columns(), regions.size(), values, CoverageJoin.ordered(problems),
                table.dataRows(), table.blankLines());
    }

    private static String key(String id) {
        return id.trim().toUpperCase(Locale.ROOT);
    }

    private static String foldName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String lineWord(List<Integer> lines) {
        return (lines.size() == 1 ? "line " : "lines ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
