package org.redmap.analysis;

import org.redmap.io.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.redmap.io.InputFiles;
import org.redmap.io.InputKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code redmap-coverage-model} file (format in data/README.md). Strict like the other
 * data files: any problem fails the read with the file, JSON pointer, line and column.
 */
public final class CoverageModelReader {

    public static final String FORMAT = "redmap-coverage-model";
    public static final int VERSION = 1;
    public static final String BUNDLED = "coverage-model.json";

    public CoverageModel read(Path file) throws IOException {
        return read(InputFiles.ofRuntime().readAllBytes(file, InputKind.JSON_CONFIG), file.getFileName().toString());
    }

    /** The model that ships with redmap. */
    public CoverageModel bundled() throws IOException {
        return read(StrictJson.bundled(BUNDLED), BUNDLED);
    }

    public CoverageModel read(byte[] json, String fileName) throws DataFileException {
        StrictJson<DataFileException> f = StrictJson.parse(json, fileName, DataFileException::new);
        JsonNode root = f.root();
        f.checkFormat(FORMAT, VERSION);
        f.onlyKeys(root, "", "format", "version", "name", "basis", "note", "band_mhz", "buffer_quadrant_segments",
                "classes");
        String basis = f.text(root, "", "basis");
        if (!"assumption".equals(basis)) {
            // The UI labels this layer "modelled" unconditionally; a file claiming to be data would be a lie.
            throw f.error("/basis", "'basis' must be \"assumption\": modelled coverage is never reported data");
        }
        List<SiteClass> classes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> items = f.nonEmptyArray(root, "", "classes");
        for (int i = 0; i < items.size(); i++) {
            String p = StrictJson.child("/classes", i);
            JsonNode c = f.object(items.get(i), p);
            f.onlyKeys(c, p, "id", "label", "min_population", "site_radius_km", "note");
            String id = f.text(c, p, "id");
            if (!ids.add(id)) throw f.error(StrictJson.child(p, "id"), "class id '" + id + "' is used twice");
            long min = f.wholeNumber(c, p, "min_population", 1);
            for (SiteClass other : classes) {
                if (other.minPopulation() == min) {
                    throw f.error(StrictJson.child(p, "min_population"), "class '" + other.id()
                            + "' has the same min_population " + min);
                }
            }
            double radius = f.number(c, p, "site_radius_km", 0.001, 200);
            String label = f.optionalText(c, p, "label");
            classes.add(new SiteClass(id, label == null ? id : label, min, radius));
        }
        // checked as an int range: a long cast to int turned 2222222216 negative, past the old "256 or less" check
        int segments = f.has(root, "buffer_quadrant_segments")
                ? f.wholeNumber(root, "", "buffer_quadrant_segments", 2, 256) : 16;
        return new CoverageModel((int) root.get("version").asLong(), f.text(root, "", "name"), f.text(root, "", "note"),
                f.number(root, "", "band_mhz", 1, 100_000), classes, segments);
    }
}
