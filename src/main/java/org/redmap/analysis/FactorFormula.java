package org.redmap.analysis;

import org.redmap.io.StrictJson;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.redmap.model.Assignment;

/**
 * How a risk factor turns a region's measures into a value 0..1. The four kinds are the ones
 * risk-model.json can name; each says in words what it computes, for the inspector.
 */
public sealed interface FactorFormula {

    /** The {@code kind} key in risk-model.json. */
    String kind();

    /** The formula in words: "1 − distance / 500 km, 0 beyond". */
    String describe();

    /** One value per region, in input order. */
    List<FactorValue> evaluate(RiskInputs inputs);

    /** A fixed value per vendor id; vendors not in the table get {@code otherwise}. */
    record VendorTable(Map<String, Double> values, double otherwise) implements FactorFormula {
        public VendorTable {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            values.forEach((k, v) -> checkUnit(v, "vendor value for '" + k + "'"));
            checkUnit(otherwise, "'otherwise'");
        }

        @Override
        public String kind() {
            return "vendor-table";
        }

        @Override
        public String describe() {
            return values.entrySet().stream().map(e -> e.getKey() + " → " + number(e.getValue()))
                    .collect(Collectors.joining(", ")) + ", any other vendor → " + number(otherwise);
        }

        @Override
        public List<FactorValue> evaluate(RiskInputs inputs) {
            List<FactorValue> out = new ArrayList<>();
            for (RegionMeasures m : inputs.regions()) {
                Double v = values.get(m.vendor().id());
                String basis = m.assignment().map(VendorTable::basis).orElse("no rule matched");
                out.add(FactorValue.of(v == null ? otherwise : v,
                        m.vendor().id() + " (" + basis + ")" + (v == null ? ", not in the table" : "")));
            }
            return out;
        }

        private static String basis(Assignment a) {
            return a.basis().key() + ", " + a.confidence().key() + " confidence";
        }
    }

    /** 1 at the border, falling linearly to 0 at {@code zeroAtKm} and beyond. */
    record BorderDecay(double zeroAtKm) implements FactorFormula {
        public BorderDecay {
            if (!(zeroAtKm > 0 && Double.isFinite(zeroAtKm))) throw new IllegalArgumentException("zero_at_km must be positive");
        }

        @Override
        public String kind() {
            return "border-distance";
        }

        @Override
        public String describe() {
            return "1 − distance to the US–Mexico border / " + number(zeroAtKm) + " km; 0 at " + number(zeroAtKm)
                    + " km and beyond";
        }

        @Override
        public List<FactorValue> evaluate(RiskInputs inputs) {
            List<FactorValue> out = new ArrayList<>();
            for (RegionMeasures m : inputs.regions()) {
                if (m.borderDistanceKm().isEmpty()) {
                    out.add(FactorValue.unknown("unknown: no border line loaded"));
                    continue;
                }
                double km = m.borderDistanceKm().getAsDouble();
                String raw = km == 0 ? "0 km (touches the border)"
                        : String.format(Locale.ROOT, km < 10 ? "%.1f km" : "%.0f km", km);
                out.add(FactorValue.of(Math.max(0, 1 - km / zeroAtKm), raw));
            }
            return out;
        }
    }

    /** 1 when a core data centre lies in the region, else 0. */
    record CoreSite() implements FactorFormula {
        @Override
        public String kind() {
            return "core-site";
        }

        @Override
        public String describe() {
            return "1 if a core data centre lies in the region, else 0";
        }

        @Override
        public List<FactorValue> evaluate(RiskInputs inputs) {
            List<FactorValue> out = new ArrayList<>();
            for (RegionMeasures m : inputs.regions()) {
                out.add(m.coreSites().isEmpty() ? FactorValue.of(0, "no core data centre")
                        : FactorValue.of(1, String.join("; ", m.coreSites())));
            }
            return out;
        }
    }

    /**
     * The region's population over the largest region's. With {@code preferCovered}, covered
     * population is used when the inputs carry a coverage layer, listed population otherwise.
     */
    record PopulationShare(boolean preferCovered) implements FactorFormula {
        @Override
        public String kind() {
            return "population-share";
        }

        @Override
        public String describe() {
            return (preferCovered ? "covered population (listed population when no coverage is loaded)"
                    : "listed population") + " / the largest region's";
        }

        @Override
        public List<FactorValue> evaluate(RiskInputs inputs) {
            boolean covered = preferCovered && inputs.regions().stream().anyMatch(m -> m.coveredPopulation().isPresent());
            long max = 0;
            for (RegionMeasures m : inputs.regions()) {
                max = Math.max(max, covered ? m.coveredPopulation().orElse(0) : m.listedPopulation());
            }
            NumberFormat people = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            List<FactorValue> out = new ArrayList<>();
            for (RegionMeasures m : inputs.regions()) {
                if (covered && m.coveredPopulation().isEmpty()) {
                    out.add(FactorValue.unknown("unknown: no coverage value (" + m.coverageLabel() + ")"));
                    continue;
                }
                long p = covered ? m.coveredPopulation().getAsLong() : m.listedPopulation();
                String raw = people.format(p) + (covered ? " covered (" + m.coverageLabel() + ")" : " listed");
                out.add(FactorValue.of(max == 0 ? 0 : (double) p / max, raw));
            }
            return out;
        }
    }

    private static void checkUnit(double v, String what) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(what + " must be within 0..1");
    }

    private static String number(double v) {
        return StrictJson.plain(v);
    }
}
