package org.redmap.render;

import org.redmap.model.LabelKind;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A label the renderer drew: what it says (lines joined by a line break), what it names, and the
 * box it covers, in the picture's logical coordinates (those of the request's viewport).
 *
 * @param featureId the region id, the city's id or the notable place's id
 */
public record PlacedLabel(String text, LabelKind kind, String featureId, Rectangle2D box) {

    public PlacedLabel {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(featureId, "featureId");
        box = (Rectangle2D) box.clone();
    }

    @Override
    public Rectangle2D box() {
        return (Rectangle2D) box.clone();
    }
}
