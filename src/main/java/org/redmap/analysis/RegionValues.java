package org.redmap.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One number per region, the common currency of graduated layers: a joined coverage table, the
 * modelled coverage and the risk score all reduce to this, so the renderer and the legend need one
 * code path. A region absent from {@code values} has no value (drawn as "no data", never as 0).
 *
 * @param id         stable layer id for the command line and project files ("coverage-modelled")
 * @param title      legend title ("Population covered (modelled)")
 * @param modelled   true when the values come from a model rather than data; the UI and exports must
 *                   then label the layer "modelled"
 * @param provenance one or two sentences saying where the numbers come from (file, model parameters)
 * @param values     region id to value, in region order; values are finite and, for shares and
 *                   scores, within 0..1
 */
public record RegionValues(String id, String title, boolean modelled, String provenance, Map<String, Double> values) {

    public RegionValues {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        provenance = provenance == null ? "" : provenance;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("value for region '" + e.getKey() + "' is not a finite number");
            }
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public OptionalDouble value(String regionId) {
        Double v = values.get(regionId);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The values as an array for {@link Classification}, in map order. */
    public double[] array() {
        return values.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
