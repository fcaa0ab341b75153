package org.redmap.ui;

import java.util.Objects;

/** What the analyst clicked: a region, a site marker or one of their annotations, by id. */
public record Selection(Kind kind, String id) {

    public enum Kind { REGION, SITE, ANNOTATION }

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

    public static Selection annotation(String id) {
        return new Selection(Kind.ANNOTATION, id);
    }

    public boolean isRegion() {
        return kind == Kind.REGION;
    }

    public boolean isAnnotation() {
        return kind == Kind.ANNOTATION;
    }
}
