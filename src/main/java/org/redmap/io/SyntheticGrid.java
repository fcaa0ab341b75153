package org.redmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a deterministic GeoJSON grid of square-ish polygon cells over Mexico's bounding box, for
 * load and rendering benchmarks. Same arguments, same bytes. Cells share edges exactly, rings are
 * counter-clockwise, and each feature is on a line of its own. Properties: "id" ("cell-000042"),
 * "name" ("Cell r3 c7") and "value" (0.0 to 99.9, varying from cell to cell).
 */
public final class SyntheticGrid {

    /** Mexico's bounding box: west, south, east, north. */
    static final double WEST = -118.4;
    static final double SOUTH = 14.5;
    static final double EAST = -86.7;
    static final double NORTH = 32.7;

    private SyntheticGrid() {
    }

    /** Writes {@code cells} cells, each a ring of 5 positions (4 corners, the first repeated). */
    public static void write(Path out, int cells) throws IOException {
        write(out, cells, 1);
    }

    /**
     * Writes {@code cells} cells whose sides are split into {@code segmentsPerSide} segments, giving
     * rings of {@code 4 * segmentsPerSide + 1} positions: more bytes per polygon, like real boundaries.
     */
    public static void write(Path out, int cells, int segmentsPerSide) throws IOException {
        if (cells < 1) throw new IllegalArgumentException("cells must be at least 1: " + cells);
        if (segmentsPerSide < 1) throw new IllegalArgumentException("segmentsPerSide must be at least 1");
        int columns = (int) Math.ceil(Math.sqrt(cells * (EAST - WEST) / (NORTH - SOUTH)));
        int rows = (cells + columns - 1) / columns;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator json = new JsonFactory().createGenerator(stream)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeFieldName("features");
            json.writeStartArray();
            for (int i = 0; i < cells; i++) {
                json.writeRaw('\n');
                writeCell(json, i, i / columns, i % columns, rows, columns, segmentsPerSide);
            }
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeCell(JsonGenerator json, int index, int row, int column, int rows, int columns,
                                  int segments) throws IOException {
        double west = grid(WEST, EAST, column, columns);
        double east = grid(WEST, EAST, column + 1, columns);
        double south = grid(SOUTH, NORTH, row, rows);
        double north = grid(SOUTH, NORTH, row + 1, rows);
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        json.writeStringField("id", String.format(Locale.ROOT, "cell-%06d", index));
        json.writeStringField("name", "Cell r" + row + " c" + column);
        // a fixed hash of the cell, so values look scattered yet never change between runs
        json.writeNumberField("value", Math.floorMod(row * 7919 + column * 104_729, 1000) / 10.0);
        json.writeEndObject();
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Polygon");
        json.writeFieldName("coordinates");
        json.writeStartArray();
        json.writeStartArray();
        side(json, west, south, east, south, segments);
        side(json, east, south, east, north, segments);
        side(json, east, north, west, north, segments);
        side(json, west, north, west, south, segments);
        position(json, west, south);
        json.writeEndArray();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The side's positions from its start, not including its end (the next side's start). */
    private static void side(JsonGenerator json, double x0, double y0, double x1, double y1, int segments)
            throws IOException {
        for (int s = 0; s < segments; s++) {
            position(json, round(x0 + (x1 - x0) * s / segments), round(y0 + (y1 - y0) * s / segments));
        }
    }

    private static void position(JsonGenerator json, double x, double y) throws IOException {
        json.writeStartArray();
        json.writeNumber(x);
        json.writeNumber(y);
        json.writeEndArray();
    }

    /** Grid lines come from their index alone, so neighbouring cells share edges exactly. */
    private static double grid(double from, double to, int index, int count) {
        return round(from + (to - from) * index / count);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
