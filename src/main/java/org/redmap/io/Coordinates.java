package org.redmap.io;

import java.util.List;

/**
 * The "coordinates" member as read, before the geometry "type" is known (RFC 7946 allows the members
 * in any order). Positions live in one shared {@link OrdinateBuffer}; a node only records where its
 * positions are, so no object is made per coordinate.
 */
sealed interface Coordinates {

    /** A single position: the ordinates at {@code offset} and {@code offset + 1}. */
    record Position(int offset, int line, int column) implements Coordinates {
    }

    /** An array of {@code count} positions stored one after another from position {@code start}. */
    record Positions(int start, int count, int line, int column) implements Coordinates {
    }

    /** An array of arrays (rings of a polygon, polygons of a multipolygon), or an empty array. */
    record Nested(List<Coordinates> items, int line, int column) implements Coordinates {
    }

    int line();

    int column();

    /** How this shape reads in an error message. */
    default String describe() {
        if (this instanceof Position) return "a single position";
        if (this instanceof Positions) return "an array of positions";
        Nested nested = (Nested) this;
        if (nested.items().isEmpty()) return "an empty array";
        return "an array of " + plural(nested.items().get(0).describe());
    }

    private static String plural(String singular) {
        String bare = singular.startsWith("an ") ? singular.substring(3) : singular.substring(2);
        return bare.replaceFirst("^(\\w+)", "$1s");
    }
}
