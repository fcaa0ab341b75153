package org.redmap.render;

import java.awt.Color;
import java.util.List;

/**
 * When the vendor map is shown as region edges rather than fills: under a graduated overlay opaque
 * enough to hide the vendor colours. The renderer and the legend ask the same question here, so
 * the legend always describes what the map shows.
 */
final class VendorEdges {

    /** Width of the vendor edge inside each region, logical pixels. */
    static final float WIDTH = 3.5f;
    /** The thin dark rule along each edge's inner side, apart from a class colour close to the vendor's. */
    static final Color RULE = new Color(0x20, 0x20, 0x20, 150);
    /** From this opacity on, a graduated overlay hides the vendor fills beneath it. */
    static final double HIDING_OPACITY = 0.5;

    private VendorEdges() {
    }

    static boolean shown(List<Overlay> overlays) {
        return overlays.stream().anyMatch(o -> (o instanceof Overlay.Choropleth || o instanceof Overlay.Polygons) && o.opacity() >= HIDING_OPACITY);
    }
}
