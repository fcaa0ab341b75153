package org.redmap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A region with the assignment the rules (or the analyst) gave it. {@code matchedBy} says how the
 * rule found the region ("id MX-SON", "position in Sonora"), empty when nothing matched.
 */
public record TaggedRegion(Region region, Optional<Assignment> assignment, String matchedBy) {

    public TaggedRegion {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(assignment, "assignment");
        matchedBy = matchedBy == null ? "" : matchedBy;
    }

    public static TaggedRegion unassigned(Region region) {
        return new TaggedRegion(region, Optional.empty(), "");
    }

    public Vendor vendor() {
        return assignment.map(Assignment::vendor).orElse(Vendor.UNASSIGNED);
    }

    public String id() {
        return region.id();
    }

    public String name() {
        return region.name();
    }

    public TaggedRegion withAssignment(Assignment override, String how) {
        return new TaggedRegion(region, Optional.of(override), how);
    }
}
