package org.redmap.model;

import java.util.Objects;

/** A populated place (a city), in WGS 84. {@code regionId} is the region it lies in, if known. */
public record Place(String id, String name, double lon, double lat, long population, String regionId,
                    boolean capital) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (population < 0) throw new IllegalArgumentException("negative population for " + name);
    }
}
