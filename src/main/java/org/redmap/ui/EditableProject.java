package org.redmap.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.redmap.model.annotation.Annotation;
import org.redmap.project.MapLayers;
import org.redmap.project.ModelParameters;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.project.VendorOverride;

/**
 * The part of a project the analyst edits in the window, and so what undo takes back: vendor
 * overrides, layers and overlays, risk weights and band distances, annotations and the page as
 * composed. What the project also holds but is not an edit (the view, the data files, the last
 * export's settings) stays out, so panning never becomes a step and undo never moves the map.
 *
 * @param overrides the analyst's overrides, in the order of the regions
 * @param weights   the weights the analyst set, by factor id; a factor not named keeps the model's
 * @param bandsKm   the border-band limits, ascending
 */
record EditableProject(List<VendorOverride> overrides, MapLayers layers, Map<String, Double> weights,
                       List<Double> bandsKm, List<Annotation> annotations, PageLayout layout) {

    EditableProject {
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(layers, "layers");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        bandsKm = List.copyOf(bandsKm);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(layout, "layout");
    }

    /** What a project says about the parts the window edits. */
    static EditableProject of(Project p) {
        return new EditableProject(p.overrides(), p.layers(), p.model().riskWeights(), p.model().bandDistancesKm(),
                p.annotations(), p.layout());
    }

    /** {@code p} with these edits; its view, data and export settings stay. */
    Project into(Project p) {
        return p.withOverrides(overrides).withLayers(layers).withModel(new ModelParameters(weights, bandsKm))
                .withAnnotations(annotations).withLayout(layout);
    }

    EditableProject withOverrides(List<VendorOverride> changed) {
        return new EditableProject(changed, layers, weights, bandsKm, annotations, layout);
    }

    EditableProject withLayers(MapLayers changed) {
        return new EditableProject(overrides, changed, weights, bandsKm, annotations, layout);
    }

    EditableProject withWeights(Map<String, Double> changed) {
        return new EditableProject(overrides, layers, changed, bandsKm, annotations, layout);
    }

    EditableProject withBands(List<Double> changed) {
        return new EditableProject(overrides, layers, weights, changed, annotations, layout);
    }

    EditableProject withAnnotations(List<Annotation> changed) {
        return new EditableProject(overrides, layers, weights, bandsKm, changed, layout);
    }

    EditableProject withLayout(PageLayout changed) {
        return new EditableProject(overrides, layers, weights, bandsKm, annotations, changed);
    }
}
