package org.redmap.tagging;

import java.util.Objects;

/**
 * Where a notable place goes on the map, as written in the assignment file. Anchors stay
 * unresolved in the {@link AssignmentBook} because the cities and regions they refer to are
 * loaded separately (and may be swapped by the user); {@link PlaceResolver} resolves them.
 */
public sealed interface Anchor {

    /** A city from the cities list, by accent- and case-insensitive name; {@code state} (an ISO 3166-2 code) may be null. */
    record City(String name, String state) implements Anchor {
        public City {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "city '" + name + "'" + (state == null ? "" : " in " + state);
        }
    }

    /** A region's interior point: used when a source names only the state, so the position is approximate. */
    record OfRegion(String regionId) implements Anchor {
        public OfRegion {
            Objects.requireNonNull(regionId, "regionId");
        }

        @Override
        public String describe() {
            return "region '" + regionId + "'";
        }
    }

    /** An explicit WGS 84 position. */
    record Point(double lon, double lat) implements Anchor {
        public Point {
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("position " + lon + ", " + lat + " is outside WGS 84 bounds");
            }
        }

        @Override
        public String describe() {
            return "position " + lon + ", " + lat;
        }
    }

    /** A short description for error messages. */
    String describe();
}
