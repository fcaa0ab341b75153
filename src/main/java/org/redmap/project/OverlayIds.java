package org.redmap.project;

/**
 * The ids of the overlays redmap knows: how a project file, the command line's {@code --layers}
 * and the layer panel name them.
 */
public final class OverlayIds {

    public static final String COVERAGE = "coverage";
    public static final String FOOTPRINT = "footprint";
    public static final String RISK = "risk";
    public static final String BANDS = "bands";
    /** Imported coverage polygons (cells, footprints): drawn only when a file has been loaded. */
    public static final String POLYGONS = "polygons";

    private OverlayIds() {
    }
}
