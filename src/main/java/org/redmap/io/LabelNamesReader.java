package org.redmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redmap.model.LabelNames;

/**
 * Reads the label name files (state-abbreviations.json, city-names.json; formats in
 * data/README.md). Strict like the other data files: an unknown key, a blank or overlong name, or a
 * state id that is not ISO 3166-2 fails the read with the file, pointer, line and column.
 */
public final class LabelNamesReader {

    public static final String ABBREVIATIONS = "state-abbreviations.json";
    public static final String CITY_NAMES = "city-names.json";
    static final String ABBREVIATIONS_FORMAT = "redmap-state-abbreviations";
    static final String CITY_NAMES_FORMAT = "redmap-city-names";
    static final int VERSION = 1;
    /** A label longer than this is not an abbreviation or a short name; most likely a pasted note. */
    private static final int MAX_LENGTH = 60;

    /** The names that ship with redmap. */
    public LabelNames bundled() throws IOException {
        return new LabelNames(abbreviations(StrictJson.bundled(ABBREVIATIONS), ABBREVIATIONS),
                cityNames(StrictJson.bundled(CITY_NAMES), CITY_NAMES));
    }

    /** Abbreviation by ISO 3166-2 region id. */
    public Map<String, String> abbreviations(byte[] json, String fileName) throws JsonFileException {
        StrictJson<JsonFileException> f = StrictJson.parse(json, fileName, JsonFileException::new);
        f.checkFormat(ABBREVIATIONS_FORMAT, VERSION);
        f.onlyKeys(f.root(), "", "format", "version", "source", "note", "abbreviations");
        f.text(f.root(), "", "source");
        Map<String, String> names = names(f, "abbreviations");
        for (String id : names.keySet()) {
            if (!id.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
                throw f.error(StrictJson.child("/abbreviations", id), "'" + Excerpt.of(id)
                        + "' is not an ISO 3166-2 subdivision code such as MX-CHH");
            }
        }
        return names;
    }

    /** Common name by the name in the places file. */
    public Map<String, String> cityNames(byte[] json, String fileName) throws JsonFileException {
        StrictJson<JsonFileException> f = StrictJson.parse(json, fileName, JsonFileException::new);
        f.checkFormat(CITY_NAMES_FORMAT, VERSION);
        f.onlyKeys(f.root(), "", "format", "version", "note", "names");
        return names(f, "names");
    }

    private static Map<String, String> names(StrictJson<JsonFileException> f, String key) throws JsonFileException {
        JsonNode object = f.object(f.root(), "", key);
        Map<String, String> names = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = StrictJson.child("/" + key, e.getKey());
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw f.error(pointer, "must be a non-blank text");
            }
            String name = e.getValue().asText().strip();
            if (name.length() > MAX_LENGTH) throw f.error(pointer, "longer than " + MAX_LENGTH + " characters");
            names.put(e.getKey(), name);
        }
        return names;
    }
}
