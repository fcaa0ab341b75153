package org.redmap.project;

import java.util.Objects;
import java.util.Optional;
import org.redmap.model.LabelKind;
import org.redmap.model.TextRules;
import org.redmap.model.annotation.LonLat;

/**
 * The analyst's change to one map label: hidden, renamed, or moved (a leader line then joins it
 * to what it names). A label without an edit is placed automatically.
 *
 * @param featureId the region, city or site id the label names
 * @param text      replaces the label's text (a line break starts a second line), or empty
 * @param at        the label's centre, or empty for the automatic place
 */
public record LabelEdit(LabelKind kind, String featureId, Optional<String> text, boolean hidden, Optional<LonLat> at) {

    public LabelEdit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(featureId, "featureId");
        if (featureId.isBlank()) throw new IllegalArgumentException("a label edit names a feature");
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
        text.flatMap(TextRules.LABEL::problem).ifPresent(p -> {
            throw new IllegalArgumentException("label text: " + p);
        });
        Objects.requireNonNull(at, "at");
    }

    public static LabelEdit none(LabelKind kind, String featureId) {
        return new LabelEdit(kind, featureId, Optional.empty(), false, Optional.empty());
    }

    public boolean names(LabelKind k, String id) {
        return kind == k && featureId.equals(id);
    }

    /** Whether this edit changes nothing, so the label is automatic again. */
    public boolean isNone() {
        return text.isEmpty() && !hidden && at.isEmpty();
    }

    public LabelEdit withText(String newText) {
        return new LabelEdit(kind, featureId, Optional.ofNullable(newText), hidden, at);
    }

    public LabelEdit withHidden(boolean h) {
        return new LabelEdit(kind, featureId, text, h, at);
    }

    public LabelEdit withAt(LonLat where) {
        return new LabelEdit(kind, featureId, text, hidden, Optional.ofNullable(where));
    }
}
