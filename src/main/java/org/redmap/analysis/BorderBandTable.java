package org.redmap.analysis;

import java.util.List;
import org.redmap.model.Vendor;

/**
 * The border-proximity analysis: bands nearest first, and the vendors in the order the table's
 * columns use.
 *
 * @param distancesKm the band limits used, ascending
 */
public record BorderBandTable(List<Double> distancesKm, List<Vendor> vendors, List<BorderBand> bands) {

    /** How the numbers were made, for a note under the table. */
    public static final String METHOD = "Bands are buffers of the US–Mexico border line in EPSG:6372, clipped to "
            + "the regions' union; areas are ellipsoidal (GRS80). Population is that of listed places (GeoNames, "
            + "50,000 or more), by each place's distance to the border line, grouped by the vendor of its region.";

    public BorderBandTable {
        distancesKm = List.copyOf(distancesKm);
        vendors = List.copyOf(vendors);
        bands = List.copyOf(bands);
    }
}
