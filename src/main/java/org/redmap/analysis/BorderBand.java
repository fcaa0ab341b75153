package org.redmap.analysis;

import org.redmap.io.StrictJson;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One distance band from the border: the land between {@code fromKm} and {@code toKm} of the line.
 *
 * @param index      0 for the band nearest the border
 * @param geometry   projected metres (EPSG:6372), clipped to land
 * @param lonLat     the same in WGS 84
 * @param areaKm2    ellipsoidal area
 * @param regions    the regions with land in the band, in region order
 * @param byVendor   listed population by the vendor of the place's region, in legend order (every
 *                   vendor listed, with 0 when it has no place in the band)
 */
public record BorderBand(int index, double fromKm, double toKm, Geometry geometry, Geometry lonLat, double areaKm2,
                         List<BandRegion> regions, List<VendorPopulation> byVendor) {

    public BorderBand {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(lonLat, "lonLat");
        regions = List.copyOf(regions);
        byVendor = List.copyOf(byVendor);
    }

    public long population() {
        return byVendor.stream().mapToLong(VendorPopulation::population).sum();
    }

    public int places() {
        return byVendor.stream().mapToInt(VendorPopulation::places).sum();
    }

    /** "0–50 km". */
    public String label() {
        return StrictJson.plain(fromKm) + "–" + StrictJson.plain(toKm) + " km";
    }
}
