package org.redmap.project;

import java.util.Objects;

/** One overlay's place in the layer panel: shown or not, and how opaque. */
public record OverlaySetting(String id, boolean visible, double opacity) {

    public OverlaySetting {
        Objects.requireNonNull(id, "id");
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
    }

    public OverlaySetting withVisible(boolean shown) {
        return new OverlaySetting(id, shown, opacity);
    }

    public OverlaySetting withOpacity(double newOpacity) {
        return new OverlaySetting(id, visible, newOpacity);
    }
}
