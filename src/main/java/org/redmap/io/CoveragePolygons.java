package org.redmap.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An imported coverage layer: polygons (cells, footprints) with one numeric property chosen by name.
 * Imported data, not a model: where every value comes from is {@link #source()}, and every feature
 * that could not be used as it stands is in {@link #problems()}, never dropped without a word.
 *
 * @param source            the file name, shown in the legend and the report
 * @param property          the property drawn
 * @param numericProperties every property that holds a number in at least one feature, in file order
 * @param features          features in the file
 * @param cells             the features drawn (polygons), in file order
 * @param problems          kinds in {@link CellProblem.Kind} order, file order within a kind
 */
public record CoveragePolygons(String source, String property, List<String> numericProperties, int features,
                               List<CoverageCell> cells, List<CellProblem> problems) {

    /** Property names that say "this is coverage", so shares and percentages can be shown as %. */
    private static final Pattern COVERAGE_NAME = Pattern.compile("(?i).*(cov|pct|percent|share|cobertura|porcentaje).*");

    /** How values are written in the legend and the status bar. */
    public enum Unit {
        /** Shares 0..1 of a coverage-like property: shown ×100 with %. */
        FRACTION,
        /** Percentages 0..100 of a coverage-like property: shown with %. */
        PERCENT,
        /** Anything else: the number as it is, with the property's name. */
        RAW
    }

    public CoveragePolygons {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(property, "property");
        numericProperties = List.copyOf(numericProperties);
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    /** True when the name reads like coverage ("coverage", "cov_pct", "cobertura"). */
    public static boolean soundsLikeCoverage(String propertyName) {
        return COVERAGE_NAME.matcher(propertyName).matches();
    }

    /** The values of the drawn cells, NaN for those without one, for {@code Classification}. */
    public double[] values() {
        return cells.stream().mapToDouble(CoverageCell::value).toArray();
    }

    public long withValue() {
        return cells.stream().filter(CoverageCell::hasValue).count();
    }

    /**
     * Percent only when the name says coverage and every value fits the scale: 0..1 as shares,
     * else 0..100 as percentages. Otherwise the raw number: a signal level or a count is no share.
     */
    public Unit unit() {
        if (!soundsLikeCoverage(property)) return Unit.RAW;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (CoverageCell c : cells) {
            if (!c.hasValue()) continue;
            min = Math.min(min, c.value());
            max = Math.max(max, c.value());
        }
        if (min > max || min < 0) return Unit.RAW;
        if (max <= 1) return Unit.FRACTION;
        return max <= 100 ? Unit.PERCENT : Unit.RAW;
    }

    public List<CellProblem> problems(CellProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** One line: "cells.geojson: 1,998 of 2,000 features drawn, 1,990 with a value of "coverage"". */
    public String headline() {
        return source + ": " + counts();
    }

    /** "1,998 of 2,000 features drawn, 1,990 with a value of "coverage"; 12 problem(s)". */
    public String counts() {
        return String.format(Locale.ROOT, "%,d of %,d features drawn, %,d with a value of \"%s\"",
                cells.size(), features, withValue(), property)
                + (problems.isEmpty() ? "" : String.format(Locale.ROOT, "; %,d problem(s)", problems.size()));
    }

    /** A report an analyst can read: what was used, then every problem grouped by kind. */
    public String summary() {
        StringBuilder s = new StringBuilder(headline()).append(".\n");
        s.append("Numeric properties: ").append(String.join(", ", numericProperties)).append(".\n");
        s.append("Values shown ").append(switch (unit()) {
            case FRACTION -> "as percentages (shares 0..1 of a coverage property)";
            case PERCENT -> "as percentages (0..100 of a coverage property)";
            case RAW -> "as written in the file";
        }).append(". Imported data, not modelled.\n");
        if (problems.isEmpty()) return s.append("No problems.\n").toString();
        s.append("Problems (").append(problems.size()).append("):\n");
        for (CellProblem.Kind kind : CellProblem.Kind.values()) {
            List<CellProblem> of = problems(kind);
            if (of.isEmpty()) continue;
            s.append("  ").append(kind.heading()).append(" (").append(of.size()).append("):\n");
            for (CellProblem p : of) s.append("    ").append(p.message()).append('\n');
        }
        return s.toString();
    }
}
