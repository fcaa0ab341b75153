package org.redmap.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.redmap.model.annotation.Annotation;
import org.redmap.project.ExportOptions;
import org.redmap.project.MapLayers;
import org.redmap.project.ModelParameters;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.project.VendorOverride;

/**
 * The part of a project the analyst edits in the window, and so what undo takes back: vendor
 * overrides, layers and overlays, risk weights and band distances, annotations, the page as
 * composed and the export settings (the page chosen, the sources footer, the marking). What the
 * project also holds but is not an edit (the view, the data files) stays out, so panning never
 * becomes a step and undo never moves the map.
 *
 * @param overrides the analyst's overrides, in the order of the regions
 * @param weights   the weights the analyst set, by factor id; a factor not named keeps the model's
 * @param bandsKm   the border-band limits, ascending
 */
record EditableProject(List<VendorOverride> overrides, MapLayers layers, Map<String, Double> weights,
                       List<Double> bandsKm, List<Annotation> annotations, PageLayout layout, ExportOptions export) {

    EditableProject {
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(layers, "layers");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        bandsKm = List.copyOf(bandsKm);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(export, "export");
    }

    /** What a project says about the parts the window edits. */
    static EditableProject of(Project p) {
        return new EditableProject(p.overrides(), p.layers(), p.model().riskWeights(), p.model().bandDistancesKm(),
                p.annotations(), p.layout(), p.export());
    }

    /** {@code p} with these edits; its view and data stay. */
    Project into(Project p) {
        return p.withOverrides(overrides).withLayers(layers).withModel(new ModelParameters(weights, bandsKm))
                .withAnnotations(annotations).withLayout(layout).withExport(export);
    }

    EditableProject withOverrides(List<VendorOverride> changed) {
        return new EditableProject(changed, layers, weights, bandsKm, annotations, layout, export);
    }

    EditableProject withLayers(MapLayers changed) {
        return new EditableProject(overrides, changed, weights, bandsKm, annotations, layout, export);
    }

    EditableProject withWeights(Map<String, Double> changed) {
        return new EditableProject(overrides, layers, changed, bandsKm, annotations, layout, export);
    }

    EditableProject withBands(List<Double> changed) {
        return new EditableProject(overrides, layers, weights, changed, annotations, layout, export);
    }

    EditableProject withAnnotations(List<Annotation> changed) {
        return new EditableProject(overrides, layers, weights, bandsKm, changed, layout, export);
    }

    EditableProject withExport(ExportOptions changed) {
        return new EditableProject(overrides, layers, weights, bandsKm, annotations, layout, changed);
    }

    EditableProject withLayout(PageLayout changed) {
        return new EditableProject(overrides, layers, weights, bandsKm, annotations, changed, export);
    }
}
