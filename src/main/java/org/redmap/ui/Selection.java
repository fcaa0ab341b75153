package org.redmap.ui;

import java.util.Objects;

/** What the analyst clicked: a region or a site marker, by id. */
public record Selection(Kind kind, String id) {

    public enum Kind { REGION, SITE }

    public Selection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Selection region(String id) {
        return new Selection(Kind.REGION, id);
    }

    public static Selection site(String id) {
        return new Selection(Kind.SITE, id);
    }

    public boolean isRegion() {
        return kind == Kind.REGION;
    }
}
