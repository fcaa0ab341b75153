package org.redmap.analysis;

import org.redmap.model.Vendor;

/** Listed population and number of places of one vendor's regions inside a band. */
public record VendorPopulation(Vendor vendor, int places, long population) {
}
