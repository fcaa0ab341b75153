package org.redmap.model;

import java.util.List;
import java.util.Objects;

/** Sources that disagree about who supplied something (for example the backbone); shown, never resolved. */
public record Conflict(String id, String topic, List<Claim> claims) {

    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        claims = List.copyOf(claims);
        if (claims.size() < 2) throw new IllegalArgumentException("conflict '" + id + "' needs two or more claims");
    }
}
