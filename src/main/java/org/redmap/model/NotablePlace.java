package org.redmap.model;

import java.util.Objects;

/**
 * A place with its own vendor claim: a core data centre or a city served against its region's
 * vendor. {@code approximate} is true when the sources name only the state, so the marker's
 * position is the state's, not the site's.
 */
public record NotablePlace(String id, String name, SiteKind kind, double lon, double lat, boolean approximate,
                           Assignment assignment) {

    public NotablePlace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assignment, "assignment");
    }
}
