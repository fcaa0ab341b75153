package org.redmap.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redmap.model.Layer;
import org.redmap.project.ExportOptions;
import org.redmap.project.LabelEdit;
import org.redmap.project.MapLayers;
import org.redmap.project.OverlaySetting;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.project.VendorOverride;

/**
 * Names an edit from what it changed, for "Undo Set vendor of Sonora": the panes edit the window
 * the way they always did, and the history works out what each change was. Pure, so every name is
 * tested without a screen.
 */
final class StepNames {

    /** The names the analyst sees for the ids a project holds. */
    interface Names {
        /** "Sonora" for MX-SON. */
        String region(String id);

        /** "Population share" for the factor's id. */
        String factor(String id);
    }

    /**
     * What Undo says, and what lets the next change fold into this one: two changes with the same
     * non-null key, one right after the other in one gesture, are one step (a slider's drag).
     */
    record Step(String label, String mergeKey) {
        Step {
            Objects.requireNonNull(label, "label");
        }

        static Step of(String label) {
            return new Step(label, null);
        }
    }

    private StepNames() {
    }

    /** The step that turned {@code before} into {@code after}; they must differ. */
    static Step of(EditableProject before, EditableProject after, Names names) {
        List<Step> parts = new ArrayList<>();
        if (!before.overrides().equals(after.overrides())) parts.add(overrides(before.overrides(), after.overrides(), names));
        if (!before.layers().equals(after.layers())) parts.add(layers(before.layers(), after.layers()));
        if (!before.weights().equals(after.weights())) parts.add(weights(before.weights(), after.weights(), names));
        if (!before.bandsKm().equals(after.bandsKm())) parts.add(Step.of("Band distances"));
        if (!before.annotations().equals(after.annotations())) parts.add(Step.of("Edit annotations"));
        if (!before.layout().equals(after.layout())) parts.add(layout(before.layout(), after.layout()));
        if (!before.export().equals(after.export())) parts.add(export(before.export(), after.export()));
        if (parts.size() == 1) return parts.get(0);
        return Step.of(parts.isEmpty() ? "Change" : "Changes");
    }

    static Step overrides(List<VendorOverride> before, List<VendorOverride> after, Names names) {
        Set<String> changed = new LinkedHashSet<>();
        for (VendorOverride o : after) if (!before.contains(o)) changed.add(o.regionId());
        for (VendorOverride o : before) {
            if (after.stream().noneMatch(a -> a.regionId().equals(o.regionId()))) changed.add(o.regionId());
        }
        if (changed.size() != 1) return Step.of("Change " + changed.size() + " vendor overrides");
        String id = changed.iterator().next();
        String name = names.region(id);
        return after.stream().anyMatch(a -> a.regionId().equals(id))
                ? Step.of("Set vendor of " + name) : Step.of("Revert " + name + " to rule");
    }

    static Step layers(MapLayers before, MapLayers after) {
        List<Step> parts = new ArrayList<>();
        if (before.classification() != after.classification()) parts.add(Step.of("Classes: " + after.classification().label()));
        Set<Layer> shown = new HashSet<>(after.base());
        shown.removeAll(before.base());
        Set<Layer> hidden = new HashSet<>(before.base());
        hidden.removeAll(after.base());
        for (Layer l : shown) parts.add(Step.of("Show " + l.label()));
        for (Layer l : hidden) parts.add(Step.of("Hide " + l.label()));
        List<String> was = ids(before);
        List<String> now = ids(after);
        for (String id : now) {
            Optional<OverlaySetting> a = before.overlay(id);
            OverlaySetting b = after.overlay(id).orElseThrow();
            String label = OverlayOrder.label(id);
            if (a.isEmpty()) {
                parts.add(Step.of("Add " + label + " overlay"));
                continue;
            }
            if (a.get().visible() != b.visible()) parts.add(Step.of((b.visible() ? "Show " : "Hide ") + label + " overlay"));
            if (a.get().opacity() != b.opacity()) parts.add(new Step("Opacity of " + label, "opacity " + id));
        }
        for (String id : was) if (!now.contains(id)) parts.add(Step.of("Remove " + OverlayOrder.label(id) + " overlay"));
        List<String> common = new ArrayList<>(now);
        common.retainAll(was);
        List<String> wasCommon = new ArrayList<>(was);
        wasCommon.retainAll(now);
        if (!common.equals(wasCommon)) parts.add(moved(wasCommon, common));
        if (parts.size() == 1) return parts.get(0);
        return preset(after).map(p -> Step.of("Preset " + p.label())).orElse(Step.of("Change layers"));
    }

    /** Which preset these layers are, imported overlays aside (they ride along with every preset). */
    private static Optional<MapLayers.Preset> preset(MapLayers layers) {
        MapLayers part = new MapLayers(layers.base(), layers.overlays().stream()
                .filter(o -> !MapLayers.IMPORTED_OVERLAY_IDS.contains(o.id())).toList(), layers.classification());
        for (MapLayers.Preset p : MapLayers.Preset.values()) {
            if (MapLayers.preset(p).withClassification(layers.classification()).equals(part)) return Optional.of(p);
        }
        return Optional.empty();
    }

    private static List<String> ids(MapLayers layers) {
        return layers.overlays().stream().map(OverlaySetting::id).toList();
    }

    /**
     * The one overlay whose move explains the new drawing order (bottom first). Swapping two
     * neighbours is explained by either; the one that went up is named, as the panel's ▲ moves it.
     */
    private static Step moved(List<String> before, List<String> after) {
        for (String id : after) {
            List<String> a = new ArrayList<>(after);
            a.remove(id);
            List<String> b = new ArrayList<>(before);
            b.remove(id);
            if (a.equals(b) && after.indexOf(id) > before.indexOf(id)) return Step.of("Move " + OverlayOrder.label(id) + " overlay up");
        }
        for (String id : after) {
            List<String> a = new ArrayList<>(after);
            a.remove(id);
            List<String> b = new ArrayList<>(before);
            b.remove(id);
            if (a.equals(b)) return Step.of("Move " + OverlayOrder.label(id) + " overlay down");
        }
        return Step.of("Reorder overlays");
    }

    static Step weights(Map<String, Double> before, Map<String, Double> after, Names names) {
        if (after.isEmpty()) return Step.of("Reset weights");
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        ids.removeIf(id -> Objects.equals(before.get(id), after.get(id)));
        if (ids.size() != 1) return Step.of("Weights");
        String id = ids.iterator().next();
        return new Step("Weight of " + names.factor(id), "weight " + id);
    }

    static Step layout(PageLayout before, PageLayout after) {
        List<Step> parts = new ArrayList<>();
        if (before.inset() != after.inset()) parts.add(Step.of((after.inset() ? "Show " : "Hide ") + lower(PageElement.INSET)));
        for (PageElement e : PageElement.values()) {
            if (!before.box(e).equals(after.box(e))) parts.add(new Step("Move " + lower(e), "page " + e.id()));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (LabelEdit l : after.labels()) keys.add(l.kind().id() + " " + l.featureId());
        for (LabelEdit l : before.labels()) keys.add(l.kind().id() + " " + l.featureId());
        for (String key : keys) {
            LabelEdit a = find(before, key);
            LabelEdit b = find(after, key);
            if (a.equals(b)) continue;
            if (!a.text().equals(b.text())) parts.add(Step.of("Rename label"));
            if (a.hidden() != b.hidden()) parts.add(Step.of(b.hidden() ? "Hide label" : "Show label"));
            if (!a.at().equals(b.at())) parts.add(new Step("Move label", "label " + key));
        }
        if (parts.size() == 1) return parts.get(0);
        return Step.of("Edit page");
    }

    static Step export(ExportOptions before, ExportOptions after) {
        List<Step> parts = new ArrayList<>();
        if (!before.page().equals(after.page())) parts.add(Step.of("Page " + after.page().title()));
        if (before.sourcesFooter() != after.sourcesFooter()) {
            parts.add(Step.of((after.sourcesFooter() ? "Show " : "Hide ") + lower(PageElement.SOURCES)));
        }
        if (!before.author().equals(after.author()) || !before.date().equals(after.date())) {
            boolean gone = after.author().isEmpty() && after.date().kind() == org.redmap.project.DatePolicy.Kind.NONE;
            parts.add(Step.of((gone ? "Hide " : "Change ") + lower(PageElement.PREPARED)));
        }
        if (!before.marking().equals(after.marking())) parts.add(Step.of("Marking"));
        if (parts.size() == 1) return parts.get(0);
        return Step.of("Export settings");
    }

    private static LabelEdit find(PageLayout layout, String key) {
        for (LabelEdit l : layout.labels()) {
            if ((l.kind().id() + " " + l.featureId()).equals(key)) return l;
        }
        int space = key.indexOf(' ');
        return LabelEdit.none(org.redmap.model.LabelKind.valueOf(key.substring(0, space).toUpperCase(Locale.ROOT)),
                key.substring(space + 1));
    }

    /** "legend" for the Legend, as it reads inside a sentence. */
    private static String lower(PageElement e) {
        String t = e.title();
        return t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }
}
