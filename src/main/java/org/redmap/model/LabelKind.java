package org.redmap.model;

/** What a map label names: a region, a city, or a notable place (a core site). */
public enum LabelKind {
    REGION, CITY, SITE;

    /** As a project file writes it: {@code region}, {@code city}, {@code site}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
