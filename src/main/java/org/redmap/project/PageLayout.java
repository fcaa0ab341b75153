package org.redmap.project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redmap.model.LabelKind;

/**
 * What the analyst has composed on the page beyond the automatic layout: elements moved, the
 * locator inset added, labels hidden, renamed or moved. Empty is today's automatic layout, which
 * is what a project that never composed its page gets.
 *
 * @param placed elements the analyst moved or resized; the others are placed automatically
 * @param inset  whether the locator map is on the page
 * @param labels at most one edit per label
 */
public record PageLayout(Map<PageElement, PageBox> placed, boolean inset, List<LabelEdit> labels) {

    public static final PageLayout AUTOMATIC = new PageLayout(Map.of(), false, List.of());

    public PageLayout {
        EnumMap<PageElement, PageBox> copy = new EnumMap<>(PageElement.class);
        copy.putAll(placed);
        for (PageElement e : copy.keySet()) {
            if (!e.movable()) throw new IllegalArgumentException("the " + e.title().toLowerCase(java.util.Locale.ROOT) + " has a fixed place");
        }
        placed = java.util.Collections.unmodifiableMap(copy);
        labels = List.copyOf(labels);
        Set<String> seen = new HashSet<>();
        for (LabelEdit e : labels) {
            if (!seen.add(e.kind() + " " + e.featureId())) {
                throw new IllegalArgumentException("the " + e.kind().id() + " label '" + e.featureId() + "' is edited twice");
            }
        }
    }

    public Optional<PageBox> box(PageElement element) {
        return Optional.ofNullable(placed.get(element));
    }

    public PageLayout withBox(PageElement element, PageBox box) {
        Map<PageElement, PageBox> changed = new EnumMap<>(PageElement.class);
        changed.putAll(placed);
        if (box == null) changed.remove(element);
        else changed.put(element, box);
        return new PageLayout(changed, inset, labels);
    }

    public PageLayout withInset(boolean on) {
        return new PageLayout(placed, on, labels);
    }

    public Optional<LabelEdit> label(LabelKind kind, String featureId) {
        return labels.stream().filter(e -> e.names(kind, featureId)).findFirst();
    }

    /** With this label's edit replaced; an edit that changes nothing removes it. */
    public PageLayout withLabel(LabelEdit edit) {
        List<LabelEdit> changed = new ArrayList<>(labels);
        changed.removeIf(e -> e.names(edit.kind(), edit.featureId()));
        if (!edit.isNone()) changed.add(edit);
        return new PageLayout(placed, inset, changed);
    }

    /** The same label edits, every element in its automatic place: the window's free map is not a page. */
    public PageLayout labelsOnly() {
        return new PageLayout(Map.of(), false, labels);
    }

    public boolean isAutomatic() {
        return equals(AUTOMATIC);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageLayout p && placed.equals(p.placed) && inset == p.inset && labels.equals(p.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(placed, inset, labels);
    }
}
