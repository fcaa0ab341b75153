package org.redmap.project;


import org.redmap.model.Layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redmap.analysis.Classification;

/**
 * What the analyst has switched on: the base layers, the overlays in drawing order (bottom first)
 * with their visibility and opacity, and how graduated overlays are cut into classes. Immutable;
 * the layer panel, the presets, the command line and project files all speak this.
 */
public record MapLayers(Set<Layer> base, List<OverlaySetting> overlays, Classification.Method classification) {

    /** The classification a map starts with: natural breaks suit the skewed values coverage and risk take. */
    public static final Classification.Method DEFAULT_CLASSIFICATION = Classification.Method.NATURAL_BREAKS;

    /** The overlay ids, in their default order (bottom first). */
    public static final List<String> OVERLAY_IDS = List.of(OverlayIds.COVERAGE, OverlayIds.RISK,
            OverlayIds.FOOTPRINT, OverlayIds.BANDS);

    /**
     * Overlays drawn from a file the analyst imports (coverage polygons). Not in {@link #OVERLAY_IDS}:
     * presets, project files and the panel list them only once a file is loaded.
     */
    public static final List<String> IMPORTED_OVERLAY_IDS = List.of(OverlayIds.POLYGONS);

    public MapLayers {
        base = Collections.unmodifiableSet(base.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(base));
        overlays = List.copyOf(overlays);
        Objects.requireNonNull(classification, "classification");
    }

    public MapLayers(Set<Layer> base, List<OverlaySetting> overlays) {
        this(base, overlays, DEFAULT_CLASSIFICATION);
    }

    public MapLayers withClassification(Classification.Method method) {
        return new MapLayers(base, overlays, method);
    }

    /** The named starting points of the layer panel. */
    public enum Preset {
        VENDOR("Vendor"), COVERAGE("Coverage"), RISK("Risk"), BRIEFING("Briefing");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Preset byName(String name) {
            for (Preset p : values()) {
                if (p.name().equalsIgnoreCase(name) || p.label.equalsIgnoreCase(name)) return p;
            }
            throw new IllegalArgumentException("unknown preset '" + name + "' (known: vendor, coverage, risk, briefing)");
        }
    }

    public static MapLayers preset(Preset preset) {
        Set<Layer> all = Layer.all();
        return switch (preset) {
            case VENDOR -> new MapLayers(all, settings());
            case COVERAGE -> new MapLayers(all, settings(OverlayIds.COVERAGE, 0.85, OverlayIds.FOOTPRINT, 0.35));
            case RISK -> new MapLayers(all, settings(OverlayIds.RISK, 0.85));
            case BRIEFING -> new MapLayers(all, settings(OverlayIds.FOOTPRINT, 0.3, OverlayIds.BANDS, 1.0));
        };
    }

    /** All overlays in default order, those named (id, opacity, id, opacity...) shown at that opacity. */
    private static List<OverlaySetting> settings(Object... shown) {
        List<OverlaySetting> list = new ArrayList<>();
        for (String id : OVERLAY_IDS) {
            double opacity = defaultOpacity(id);
            boolean visible = false;
            for (int i = 0; i < shown.length; i += 2) {
                if (shown[i].equals(id)) {
                    visible = true;
                    opacity = (Double) shown[i + 1];
                }
            }
            list.add(new OverlaySetting(id, visible, opacity));
        }
        return list;
    }

    public static double defaultOpacity(String overlayId) {
        return switch (overlayId) {
            case OverlayIds.FOOTPRINT -> 0.35;
            case OverlayIds.BANDS -> 1.0;
            default -> 0.85;
        };
    }

    /**
     * Layers from a comma-separated list of base-layer and overlay ids ({@code vendor,border,risk}):
     * the base layers named, and the overlays named shown at their default opacity, in the order given.
     */
    public static MapLayers parse(String commaSeparated) {
        EnumSet<Layer> base = EnumSet.noneOf(Layer.class);
        List<OverlaySetting> shown = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            String id = part.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) continue;
            if (OVERLAY_IDS.contains(id) || IMPORTED_OVERLAY_IDS.contains(id)) {
                if (shown.stream().noneMatch(s -> s.id().equals(id))) shown.add(new OverlaySetting(id, true, defaultOpacity(id)));
            } else {
                try {
                    base.add(Layer.byId(id));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown layer '" + id + "'; known layers: " + knownIds());
                }
            }
        }
        if (base.isEmpty() && shown.isEmpty()) throw new IllegalArgumentException("no layers given; known layers: " + knownIds());
        List<OverlaySetting> overlays = new ArrayList<>(shown);
        for (String id : OVERLAY_IDS) {
            if (overlays.stream().noneMatch(s -> s.id().equals(id))) overlays.add(new OverlaySetting(id, false, defaultOpacity(id)));
        }
        return new MapLayers(base, overlays);
    }

    public static String knownIds() {
        return Layer.knownIds() + ", " + String.join(", ", OVERLAY_IDS) + ", " + String.join(", ", IMPORTED_OVERLAY_IDS);
    }

    public Optional<OverlaySetting> overlay(String id) {
        return overlays.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public MapLayers withBase(Layer layer, boolean shown) {
        EnumSet<Layer> changed = base.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(base);
        if (shown) changed.add(layer); else changed.remove(layer);
        return new MapLayers(changed, overlays, classification);
    }

    public MapLayers withOverlay(OverlaySetting setting) {
        List<OverlaySetting> changed = new ArrayList<>(overlays);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(setting.id())) {
                changed.set(i, setting);
                return new MapLayers(base, changed, classification);
            }
        }
        changed.add(setting);
        return new MapLayers(base, changed, classification);
    }

    /** Moves an overlay to a new position in the drawing order (0 = bottom). */
    public MapLayers withOverlayMoved(String id, int newIndex) {
        List<OverlaySetting> changed = new ArrayList<>(overlays);
        OverlaySetting moving = overlay(id).orElseThrow(() -> new IllegalArgumentException("no overlay '" + id + "'"));
        changed.remove(moving);
        changed.add(Math.max(0, Math.min(newIndex, changed.size())), moving);
        return new MapLayers(base, changed, classification);
    }
}
