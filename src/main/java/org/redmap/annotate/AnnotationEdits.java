package org.redmap.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.TextLabel;

/**
 * Adding, removing and changing the content of annotations in a document's list. Every operation
 * returns a new list and leaves its input alone, so an undo step is just the old list. An unknown
 * id is an error: the caller's selection is out of date, and silently doing nothing would hide it.
 */
public final class AnnotationEdits {

    private AnnotationEdits() {
    }

    public static Optional<Annotation> find(List<Annotation> annotations, String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public static Annotation get(List<Annotation> annotations, String id) {
        return find(annotations, id).orElseThrow(() -> new IllegalArgumentException("no annotation '" + id + "'"));
    }

    static int indexOf(List<Annotation> annotations, String id) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id().equals(id)) return i;
        }
        throw new IllegalArgumentException("no annotation '" + id + "'");
    }

    /** Adds on top of the others. */
    public static List<Annotation> add(List<Annotation> annotations, Annotation added) {
        Objects.requireNonNull(added, "annotation");
        if (find(annotations, added.id()).isPresent()) {
            throw new IllegalArgumentException("an annotation with the id '" + added.id() + "' exists already");
        }
        List<Annotation> out = new ArrayList<>(annotations);
        out.add(added);
        return List.copyOf(out);
    }

    public static List<Annotation> delete(List<Annotation> annotations, String id) {
        List<Annotation> out = new ArrayList<>(annotations);
        out.remove(indexOf(annotations, id));
        return List.copyOf(out);
    }

    /** Puts {@code changed} where the annotation with its id is, keeping its place in the stack. */
    public static List<Annotation> replace(List<Annotation> annotations, Annotation changed) {
        int i = indexOf(annotations, changed.id());
        if (annotations.get(i).equals(changed)) return annotations;
        List<Annotation> out = new ArrayList<>(annotations);
        out.set(i, changed);
        return List.copyOf(out);
    }

    /** New text for a text label, a callout or a pin's note. */
    public static List<Annotation> editText(List<Annotation> annotations, String id, String text) {
        Annotation a = get(annotations, id);
        Annotation changed;
        if (a instanceof TextLabel label) {
            changed = label.withText(text);
        } else if (a instanceof Callout callout) {
            changed = callout.withText(text);
        } else if (a instanceof Pin pin) {
            changed = pin.withNote(text);
        } else {
            throw new IllegalArgumentException(a.kind().withArticle() + " has no text");
        }
        return replace(annotations, changed);
    }

    /** A new title for a pin; empty removes it. */
    public static List<Annotation> editTitle(List<Annotation> annotations, String id, String title) {
        Annotation a = get(annotations, id);
        if (!(a instanceof Pin pin)) throw new IllegalArgumentException(a.kind().withArticle() + " has no title");
        return replace(annotations, pin.withTitle(title));
    }

    public static List<Annotation> restyle(List<Annotation> annotations, String id, AnnotationStyle style) {
        Objects.requireNonNull(style, "style");
        return replace(annotations, get(annotations, id).withStyle(style));
    }
}
