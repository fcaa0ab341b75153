package org.redmap.analysis;

import org.redmap.model.Vendor;

/** A region a border band touches, with the part of the band's area that lies in it. */
public record BandRegion(String regionId, String name, Vendor vendor, double areaKm2) {
}
