package org.redmap.model;

import java.util.Objects;

/** A part of the network without a place on the map (the core, the NOC), with its vendor claim. */
public record NetworkElement(String id, String name, Assignment assignment) {

    public NetworkElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assignment, "assignment");
    }
}
