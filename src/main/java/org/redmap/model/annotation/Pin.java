package org.redmap.model.annotation;

import java.util.List;
import java.util.Objects;

/**
 * A map pin whose tip marks a point, with a note and an optional title.
 *
 * @param title shown in bold beside the pin; empty for none
 * @param note  shown under the title; may be empty
 */
public record Pin(String id, LonLat point, String title, String note, AnnotationStyle style) implements Annotation {

    public Pin {
        Checks.id(id);
        Checks.present(point, "point");
        title = Objects.requireNonNullElse(title, "");
        note = Objects.requireNonNullElse(note, "");
        Checks.present(style, "style");
    }

    public static Pin of(String id, LonLat point, String title, String note) {
        return new Pin(id, point, title, note, AnnotationKind.PIN.defaultStyle());
    }

    public boolean hasTitle() {
        return !title.isBlank();
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.PIN;
    }

    @Override
    public List<LonLat> positions() {
        return List.of(point);
    }

    @Override
    public Pin withPositions(List<LonLat> positions) {
        Checks.count(positions, 1, kind());
        return new Pin(id, positions.get(0), title, note, style);
    }

    @Override
    public Pin withStyle(AnnotationStyle newStyle) {
        return new Pin(id, point, title, note, newStyle);
    }

    public Pin withTitle(String newTitle) {
        return new Pin(id, point, newTitle, note, style);
    }

    public Pin withNote(String newNote) {
        return new Pin(id, point, title, newNote, style);
    }
}
