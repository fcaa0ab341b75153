package org.redmap.analysis;

import java.util.Objects;

/**
 * A place-size class of the modelled coverage: every place with at least {@code minPopulation}
 * people (and fewer than the next class up) gets a site footprint of {@code siteRadiusKm}.
 */
public record SiteClass(String id, String label, long minPopulation, double siteRadiusKm) {

    public SiteClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (minPopulation < 1) throw new IllegalArgumentException("class '" + id + "': min population must be 1 or more");
        if (!(siteRadiusKm > 0 && Double.isFinite(siteRadiusKm))) {
            throw new IllegalArgumentException("class '" + id + "': site radius must be a positive number of km");
        }
    }
}
