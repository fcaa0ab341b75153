package org.redmap.render;

/**
 * What the map is drawn onto. The picture is the same; only techniques differ where one device
 * does something better (a tiled hatch on a raster, real lines in a vector file).
 */
public enum Output {
    /** Pixels: the window, PNG. */
    RASTER,
    /** Shapes and text: SVG, PDF. */
    VECTOR
}
