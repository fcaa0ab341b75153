package org.redmap.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redmap.model.LabelKind;
import org.redmap.project.LabelEdit;
import org.redmap.project.PageLayout;

/** The analyst's label edits, looked up by what each label names while the labels are placed. */
final class LabelEdits {

    static final LabelEdits NONE = new LabelEdits(List.of());

    private final Map<String, LabelEdit> byFeature = new HashMap<>();
    private final List<LabelEdit> moved;

    private LabelEdits(List<LabelEdit> edits) {
        for (LabelEdit e : edits) byFeature.put(key(e.kind(), e.featureId()), e);
        moved = edits.stream().filter(e -> e.at().isPresent() && !e.hidden()).toList();
    }

    static LabelEdits of(PageLayout layout) {
        return layout.labels().isEmpty() ? NONE : new LabelEdits(layout.labels());
    }

    boolean hidden(LabelKind kind, String featureId) {
        LabelEdit e = byFeature.get(key(kind, featureId));
        return e != null && e.hidden();
    }

    /** The analyst's text for this label, lines split at its line breaks. */
    Optional<List<String>> text(LabelKind kind, String featureId) {
        LabelEdit e = byFeature.get(key(kind, featureId));
        return e == null ? Optional.empty() : e.text().map(t -> t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** Labels the analyst dragged somewhere, in the order edited; hidden ones are not drawn at all. */
    List<LabelEdit> moved() {
        return moved;
    }

    /** What a label names, as one key: its kind and its feature's id. */
    static String key(LabelKind kind, String featureId) {
        return kind.id() + ' ' + featureId;
    }
}
