package org.redmap.model;

import java.util.Objects;

/** A network equipment vendor, identified by a short stable id ("nokia") and shown by name. */
public record Vendor(String id, String name) {

    /** Stands for "no rule matched": drawn distinctly, never confused with a real vendor. */
    public static final Vendor UNASSIGNED = new Vendor("unassigned", "Unassigned");

    public Vendor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) throw new IllegalArgumentException("vendor id is blank");
    }

    public boolean isAssigned() {
        return !UNASSIGNED.id.equals(id);
    }
}
