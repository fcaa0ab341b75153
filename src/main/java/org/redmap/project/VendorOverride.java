package org.redmap.project;

import java.util.Objects;

/**
 * An analyst's decision that a region was built by another vendor than the rules say. Stored by
 * ids, not as a tagged region, so it is reapplied ({@code MapDocument.withOverride}) to whatever the
 * data files give when the project is opened.
 *
 * @param note the analyst's reason, shown in the inspector; may be empty
 */
public record VendorOverride(String regionId, String vendorId, String note) {

    public VendorOverride {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(vendorId, "vendorId");
        if (regionId.isBlank()) throw new IllegalArgumentException("an override needs a region id");
        if (vendorId.isBlank()) throw new IllegalArgumentException("an override needs a vendor id");
        note = note == null ? "" : note;
    }
}
