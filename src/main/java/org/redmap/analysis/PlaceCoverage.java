package org.redmap.analysis;

import java.util.Objects;
import java.util.Optional;
import org.redmap.model.Place;

/**
 * One listed place in the modelled coverage: whether it has a site of its own (its size class) and
 * whether it lies inside the footprint, its own or a neighbour's.
 *
 * @param regionId the region it was counted in, or null when it lies in none (then it is not counted)
 */
public record PlaceCoverage(Place place, String regionId, Optional<SiteClass> site, boolean covered) {

    public PlaceCoverage {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(site, "site");
    }
}
