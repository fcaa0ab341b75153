package org.redmap.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;

/**
 * Everything an analyst's map is made of, as one immutable value: what a project file
 * ({@code *.redmap.json}) holds. The window saves its state as one; the command line and the
 * window both turn one into pictures through {@link ProjectSession}.
 *
 * @param version     of the project format this value follows ({@link #CURRENT_VERSION})
 * @param view        the part of the map the window showed: centre (EPSG:6372 metres), metres per logical
 *                    pixel, and the window's map size in logical pixels; empty for "zoom to fit"
 * @param overrides   applied in order; at most one per region
 * @param annotations bottom to top, unique ids
 * @param export      the last export's settings
 * @param layout      what the analyst composed on the page: elements moved, the inset, label edits
 */
public record Project(int version, DataFiles data, String title, MapLayers layers, Optional<Viewport> view,
                      List<VendorOverride> overrides, ModelParameters model, List<Annotation> annotations,
                      ExportOptions export, PageLayout layout) {

    /** The newest project format this redmap reads and the one it writes. */
    public static final int CURRENT_VERSION = 2;

    public Project {
        if (version < 1 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("project version must be 1 to " + CURRENT_VERSION + ": " + version);
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("a project needs a title");
        Objects.requireNonNull(layers, "layers");
        if (data.polygons().isPresent() && layers.overlay(OverlayIds.POLYGONS).isEmpty()) {
            // Polygons named without a row of their own (a hand-written file): shown on top, as an import shows them.
            layers = layers.withOverlay(new OverlaySetting(OverlayIds.POLYGONS, true,
                    MapLayers.defaultOpacity(OverlayIds.POLYGONS)));
        }
        Objects.requireNonNull(view, "view");
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(model, "model");
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(layout, "layout");
        Set<String> regions = new HashSet<>();
        for (VendorOverride o : overrides) {
            // Two overrides of one region would make the result depend on their order, silently.
            if (!regions.add(o.regionId())) throw new IllegalArgumentException("region '" + o.regionId() + "' is overridden twice");
        }
        Set<String> ids = new HashSet<>();
        for (Annotation a : annotations) {
            if (!ids.add(a.id())) throw new IllegalArgumentException("two annotations have the id '" + a.id() + "'");
        }
    }

    /** A project whose page is laid out automatically. */
    public Project(int version, DataFiles data, String title, MapLayers layers, Optional<Viewport> view,
                   List<VendorOverride> overrides, ModelParameters model, List<Annotation> annotations,
                   ExportOptions export) {
        this(version, data, title, layers, view, overrides, model, annotations, export, PageLayout.AUTOMATIC);
    }

    /** A new project on the bundled map with this title: the vendor preset, zoomed to fit, nothing drawn. */
    public static Project initial(String title) {
        return new Project(CURRENT_VERSION, DataFiles.BUNDLED, title,
                MapLayers.preset(MapLayers.Preset.VENDOR), Optional.empty(), List.of(), ModelParameters.DEFAULTS,
                List.of(), ExportOptions.DEFAULTS);
    }

    public Project withData(DataFiles files) {
        return new Project(version, files, title, layers, view, overrides, model, annotations, export, layout);
    }

    public Project withTitle(String newTitle) {
        return new Project(version, data, newTitle, layers, view, overrides, model, annotations, export, layout);
    }

    public Project withLayers(MapLayers newLayers) {
        return new Project(version, data, title, newLayers, view, overrides, model, annotations, export, layout);
    }

    public Project withView(Viewport newView) {
        return new Project(version, data, title, layers, Optional.ofNullable(newView), overrides, model, annotations, export, layout);
    }

    public Project withOverrides(List<VendorOverride> newOverrides) {
        return new Project(version, data, title, layers, view, newOverrides, model, annotations, export, layout);
    }

    /** With this region's override replaced (or added at the end). */
    public Project withOverride(VendorOverride override) {
        List<VendorOverride> changed = new ArrayList<>(overrides);
        changed.removeIf(o -> o.regionId().equals(override.regionId()));
        changed.add(override);
        return withOverrides(changed);
    }

    public Project withModel(ModelParameters newModel) {
        return new Project(version, data, title, layers, view, overrides, newModel, annotations, export, layout);
    }

    public Project withAnnotations(List<Annotation> newAnnotations) {
        return new Project(version, data, title, layers, view, overrides, model, newAnnotations, export, layout);
    }

    public Project withExport(ExportOptions newExport) {
        return new Project(version, data, title, layers, view, overrides, model, annotations, newExport, layout);
    }

    public Project withLayout(PageLayout newLayout) {
        return new Project(version, data, title, layers, view, overrides, model, annotations, export, newLayout);
    }
}
