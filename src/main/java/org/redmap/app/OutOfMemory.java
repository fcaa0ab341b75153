package org.redmap.app;

import java.util.Locale;

/**
 * What to say when Java runs out of memory. A file too big for the memory is refused before it is
 * read, and one that still runs out while it is read says so by name (exit 3); what reaches here
 * ran out elsewhere, so it advises more memory than Java has now, and a smaller image only when it
 * was the image being drawn.
 */
final class OutOfMemory {

    /** Thrown instead of the OutOfMemoryError that drawing an image of this size ran into. */
    static final class WhileDrawing extends OutOfMemoryError {
        WhileDrawing(long pixelWidth, long pixelHeight, OutOfMemoryError cause) {
            super(String.format(Locale.ROOT, "while drawing the %,d x %,d pixel image", pixelWidth, pixelHeight));
            initCause(cause);
        }
    }

    private OutOfMemory() {
    }

    /** @param heapBytes the most memory Java may use now ({@link Runtime#maxMemory()}) */
    static String message(OutOfMemoryError e, long heapBytes) {
        double gb = heapBytes / (double) (1L << 30);
        long more = Math.max(2, (long) Math.ceil(gb * 2));
        String now = gb >= 1 ? String.format(Locale.ROOT, "Java may use %.1f GB", gb)
                : String.format(Locale.ROOT, "Java may use %d MB", heapBytes >> 20);
        String java = "java -Xmx" + more + "g -jar redmap.jar ...";
        if (e instanceof WhileDrawing) {
            return "out of memory " + e.getMessage() + " (" + now + "). Try a smaller image (--width, --height, --scale)"
                    + " or give Java more memory, for example " + java;
        }
        return "out of memory (" + (e.getMessage() == null ? "" : e.getMessage() + "; ") + now + ")."
                + " Give Java more memory, for example " + java;
    }
}
