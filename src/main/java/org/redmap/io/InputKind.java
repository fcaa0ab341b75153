package org.redmap.io;

/**
 * What kind of file a reader reads, for the checks before it is read: the largest file of the kind
 * that makes sense, and about how many bytes of memory reading one byte of it takes (measured with
 * real files: the tree, the strings and the geometries a reader builds are many times the text).
 *
 * @param what        what messages call the file ("GeoJSON file")
 * @param maxBytes    a file bigger than this is refused whatever the memory (a project of gigabytes is a mistake)
 * @param heapPerByte bytes of heap one byte of the file needs while it is read and held
 * @param advice      said after "give Java more memory" when a file does not fit, or ""
 */
public record InputKind(String what, long maxBytes, int heapPerByte, String advice) {

    private static final long MB = 1L << 20;

    /** A project file: a few kilobytes, a few megabytes with many long annotations. */
    public static final InputKind PROJECT = new InputKind("project file", 32 * MB, 24, "");
    /** A hand-edited JSON file: vendor assignments, a model, a timeline. */
    public static final InputKind JSON_CONFIG = new InputKind("JSON file", 16 * MB, 24, "");
    /**
     * Regions and other GeoJSON read into geometries. The streaming read peaks at about 3 bytes a
     * byte (a 19 MB grid read in a 64 MB heap); regions are then repaired, tagged and projected.
     */
    public static final InputKind GEOJSON = new InputKind("GeoJSON file", Long.MAX_VALUE, 10,
            "or simplify the geometry (e.g. mapshaper -simplify 10%) to make the file smaller");
    /** Imported polygons, often a grid of very many small cells: read as GeoJSON, then projected once. */
    public static final InputKind POLYGONS = new InputKind("coverage polygons file", Long.MAX_VALUE, 6,
            "or split the grid into smaller files; reading FlatGeobuf, which suits grids of millions of cells,"
                    + " is planned but not built yet");
    /** A coverage table: bytes, text, cells and rows at once; a 22 MB table needed a 320 MB heap. */
    public static final InputKind CSV = new InputKind("coverage table", Long.MAX_VALUE, 16,
            "or keep only the id and coverage columns");

    public InputKind {
        if (maxBytes <= 0 || heapPerByte <= 0) throw new IllegalArgumentException("limits must be positive");
        advice = advice == null ? "" : advice;
    }
}
