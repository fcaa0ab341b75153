package org.redmap.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.redmap.analysis.CoverageJoin;
import org.redmap.geo.Viewport;
import org.redmap.model.Assignment;
import org.redmap.model.MapDocument;
import org.redmap.model.TaggedRegion;
import org.redmap.project.DataFiles;
import org.redmap.project.ExportOptions;
import org.redmap.project.ModelParameters;
import org.redmap.project.PageLayout;
import org.redmap.project.Project;
import org.redmap.project.VendorOverride;
import org.redmap.project.MapLayers;

/**
 * The window's state as a {@link Project}, and back: pure functions, no JavaFX, so what a save
 * writes is tested without a screen.
 *
 * <p>Two rules keep "modified" honest. A view the analyst has not moved is the view the project
 * came with (so reopening and saving changes nothing, and a project saved "zoomed to fit" stays
 * so, whatever the window's size); and two projects that differ only in how they list the same
 * overrides, or in naming a risk weight at the model's own value, are the same project.
 */
final class WindowProject {

    private WindowProject() {
    }

    /**
     * The view as the project records it.
     *
     * @param current the window's viewport now, or null before the map is sized
     * @param anchor  the view the project was opened with and the viewport that showed it
     */
    static Optional<Viewport> view(Viewport current, ViewAnchor anchor) {
        if (current == null) return anchor == null ? Optional.empty() : anchor.stored();
        if (anchor != null && anchor.matches(current)) return anchor.stored();
        return Optional.of(current);
    }

    /**
     * The view a project was shown with: what it stored (empty for "zoom to fit") and the window's
     * viewport right after. Resizing the window keeps centre and scale, so it does not count as moving.
     */
    record ViewAnchor(Optional<Viewport> stored, Viewport shown) {
        ViewAnchor {
            Objects.requireNonNull(stored, "stored");
        }

        boolean matches(Viewport v) {
            return shown != null && v.centerX() == shown.centerX() && v.centerY() == shown.centerY()
                    && v.metresPerPixel() == shown.metresPerPixel();
        }
    }

    /**
     * The analyst's overrides: every region whose assignment is not what the rules gave it, in the
     * order of the regions.
     *
     * @param rules the same map as tagged by the rules, region for region
     */
    static List<VendorOverride> overrides(MapDocument shown, MapDocument rules) {
        List<VendorOverride> out = new ArrayList<>();
        List<TaggedRegion> now = shown.regions();
        List<TaggedRegion> ruled = rules == null ? List.of() : rules.regions();
        for (int i = 0; i < now.size(); i++) {
            TaggedRegion r = now.get(i);
            TaggedRegion rule = i < ruled.size() && ruled.get(i).id().equals(r.id()) ? ruled.get(i) : null;
            if (rule != null && r.equals(rule)) continue;
            if (rule == null && r.assignment().map(a -> a.basis() != org.redmap.model.Basis.ANALYST).orElse(true)) continue;
            Assignment a = r.assignment().orElse(null);
            if (a == null) continue;
            out.add(new VendorOverride(r.id(), a.vendor().id(), a.note()));
        }
        return out;
    }

    /**
     * The model parameters: the weights the analyst moved away from the model's own, and the bands.
     *
     * @param modelWeights the risk model file's weights; empty while unknown (then every weight set is kept)
     */
    static ModelParameters model(AnalysisSettings settings, Map<String, Double> modelWeights) {
        return new ModelParameters(changedWeights(settings.weights(), modelWeights), settings.bandsKm());
    }

    private static Map<String, Double> changedWeights(Map<String, Double> weights, Map<String, Double> modelWeights) {
        Map<String, Double> changed = new LinkedHashMap<>();
        weights.forEach((id, w) -> {
            if (!w.equals(modelWeights.get(id))) changed.put(id, w);
        });
        return changed;
    }

    /** Everything the window shows, as a project. */
    static Project of(MapDocument shown, MapDocument rules, DataFiles data, MapLayers layers, Optional<Viewport> view,
                      AnalysisSettings analysis, Map<String, Double> modelWeights, ExportOptions export, PageLayout layout) {
        return new Project(Project.CURRENT_VERSION, data, shown.title(), layers, view, overrides(shown, rules),
                model(analysis, modelWeights), shown.annotations(), export, layout);
    }

    /** The analysis settings a project asks for, with its coverage table as joined when it was opened. */
    static AnalysisSettings settings(Project project, Optional<CoverageJoin> coverage) {
        return new AnalysisSettings(project.model().riskWeights(), project.model().bandDistancesKm(), coverage);
    }

    /** True when the two describe the same map (see the class comment); null is no project. */
    static boolean same(Project a, Project b, Map<String, Double> modelWeights) {
        if (a == null || b == null) return a == b;
        return normal(a, modelWeights).equals(normal(b, modelWeights));
    }

    private static Project normal(Project p, Map<String, Double> modelWeights) {
        List<VendorOverride> sorted = new ArrayList<>(p.overrides());
        sorted.sort(Comparator.comparing(VendorOverride::regionId));
        return p.withOverrides(sorted)
                .withModel(new ModelParameters(changedWeights(p.model().riskWeights(), modelWeights),
                        p.model().bandDistancesKm()));
    }
}
