package org.redmap.model.annotation;

import java.util.List;

/** Free text centred on a map position; a line break in the text starts a new line. */
public record TextLabel(String id, LonLat anchor, String text, AnnotationStyle style) implements Annotation {

    public TextLabel {
        Checks.id(id);
        Checks.present(anchor, "anchor");
        Checks.text(text, "label text");
        Checks.present(style, "style");
    }

    public static TextLabel of(String id, LonLat anchor, String text) {
        return new TextLabel(id, anchor, text, AnnotationKind.TEXT_LABEL.defaultStyle());
    }

    @Override
    public AnnotationKind kind() {
        return AnnotationKind.TEXT_LABEL;
    }

    @Override
    public List<LonLat> positions() {
        return List.of(anchor);
    }

    @Override
    public TextLabel withPositions(List<LonLat> positions) {
        Checks.count(positions, 1, kind());
        return new TextLabel(id, positions.get(0), text, style);
    }

    @Override
    public TextLabel withStyle(AnnotationStyle newStyle) {
        return new TextLabel(id, anchor, text, newStyle);
    }

    public TextLabel withText(String newText) {
        return new TextLabel(id, anchor, newText, style);
    }
}
