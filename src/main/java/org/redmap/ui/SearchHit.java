package org.redmap.ui;

import java.util.Objects;

/**
 * One search suggestion. A region hit carries its id; a city hit carries its index in
 * {@code MapDocument.cities()} and the id of the region it lies in (null if unknown).
 */
public record SearchHit(Kind kind, String label, String detail, String regionId, int cityIndex) {

    public enum Kind { REGION, CITY }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        detail = detail == null ? "" : detail;
    }

    static SearchHit region(String label, String id) {
        return new SearchHit(Kind.REGION, label, "region " + id, id, -1);
    }

    static SearchHit city(String label, String detail, String regionId, int index) {
        return new SearchHit(Kind.CITY, label, detail, regionId, index);
    }

    /** What the suggestion list shows. */
    public String display() {
        return detail.isEmpty() ? label : label + " — " + detail;
    }
}
