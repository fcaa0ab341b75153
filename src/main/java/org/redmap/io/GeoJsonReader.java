package org.redmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads RFC 7946 GeoJSON into JTS geometries in WGS 84 longitude/latitude, streaming, so that a
 * 100 MB file never exists as a JSON tree.
 *
 * <p>Accepts a FeatureCollection, and also a bare Feature or a bare geometry, which becomes a
 * collection of one feature (index 0, no id, no properties). Members may come in any order;
 * "bbox", "crs" and foreign members are ignored, and so is any altitude. Everything else that is
 * not valid GeoJSON (unclosed rings, positions outside -180..180 / -90..90, ...) is a
 * {@link GeoJsonException} naming the file, the feature and the line.
 *
 * <p>Immutable and thread-safe; one instance can read many files.
 */
public final class GeoJsonReader {

    /** GeoJSON needs about 8 levels (a MultiPolygon in a feature in a collection); the rest is properties. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final int MAX_NUMBER_LENGTH = 100;

    /** Every geometry read shares this factory: floating precision, SRID 4326 (WGS 84). */
    public static final GeometryFactory GEOMETRY_FACTORY =
            new GeometryFactory(new PrecisionModel(), 4326);

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            // strict JSON, as RFC 7946 requires: Jackson's defaults, stated so nobody relaxes them by accident
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            // the caller owns a stream it passes in
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final InputFiles files;
    private final InputKind kind;

    /** Reads regions and other GeoJSON with the memory this Java has. */
    public GeoJsonReader() {
        this(InputFiles.ofRuntime(), InputKind.GEOJSON);
    }

    /** @param kind what the files are, for the size checks and their messages */
    public GeoJsonReader(InputFiles files, InputKind kind) {
        this.files = files;
        this.kind = kind;
    }

    /** Reads a file; error messages name it by its file name. */
    public FeatureCollection read(Path file) throws GeoJsonException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return files.read(file, kind, in -> read(in, source));
        } catch (GeoJsonException e) {
            throw e;
        } catch (InputFileException e) {
            throw new GeoJsonException(source, -1, null, -1, -1, e.reason(), e);
        } catch (NoSuchFileException e) {
            throw new GeoJsonException(source, -1, null, -1, -1, "no such file: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new GeoJsonException(source, -1, null, -1, -1, "cannot open " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    /**
     * Reads a stream (left open) holding one GeoJSON document.
     *
     * @param sourceName what error messages call the input, such as a file or classpath resource name
     */
    public FeatureCollection read(InputStream in, String sourceName) throws GeoJsonException {
        try (JsonParser parser = json.createParser(in)) {
            return new GeoJsonParse(parser, sourceName, GEOMETRY_FACTORY).read();
        } catch (GeoJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new GeoJsonException(sourceName, -1, null, -1, -1, "could not be read: " + e.getMessage(), e);
        }
    }
}
