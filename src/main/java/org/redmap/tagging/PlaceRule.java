package org.redmap.tagging;

import java.util.Objects;
import org.redmap.model.Assignment;
import org.redmap.model.SiteKind;

/**
 * A notable place as the assignment file states it, before its anchor is resolved to a position.
 *
 * @param approximate true when the file says the position is only roughly known; region anchors
 *                    are always approximate whatever this says
 */
public record PlaceRule(String id, String name, SiteKind kind, Anchor anchor, boolean approximate,
                        Assignment assignment) {

    public PlaceRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(assignment, "assignment");
    }
}
