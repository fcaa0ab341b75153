package org.redmap.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Validating access to one hand-edited JSON file, as the vendor-assignments reader does it: strict
 * JSON (a repeated key is an error), unknown keys rejected, and every error located by JSON pointer,
 * line and column. Jackson's tree drops locations, so a streaming pass records where each value
 * starts first.
 */
final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a repeated key is a mistake, not an override
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> starts;

    private StrictJson(String file, JsonNode root, Map<String, JsonLocation> starts) {
        this.file = file;
        this.root = root;
        this.starts = starts;
    }

    static StrictJson parse(byte[] json, String file) throws DataFileException {
        try {
            Map<String, JsonLocation> starts = scan(json);
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) throw new DataFileException(file, "", -1, -1, "the file is empty");
            if (!root.isObject()) throw new DataFileException(file, "", 1, 1, "the file must hold one JSON object");
            return new StrictJson(file, root, starts);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataFileException(file, "", at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DataFileException(file, "", -1, -1, "could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads a resource that ships with redmap (under /org/redmap/data/). */
    static byte[] bundled(String name) throws IOException {
        try (InputStream in = StrictJson.class.getResourceAsStream("/org/redmap/data/" + name)) {
            if (in == null) throw new IOException("bundled data file " + name + " is missing from the application");
            return in.readAllBytes();
        }
    }

    private static Map<String, JsonLocation> scan(byte[] json) throws IOException {
        Map<String, JsonLocation> starts = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                JsonStreamContext context = parser.getParsingContext();
                // At '{' or '[' the parser has already entered the new container; its path is the parent's.
                if (t.isStructStart()) context = context.getParent();
                starts.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
            }
        }
        return starts;
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    DataFileException error(String pointer, String problem) {
        String p = pointer;
        JsonLocation at;
        while (true) {
            at = starts.get(p);
            if (at != null || p.isEmpty()) break;
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return at == null
                ? new DataFileException(file, pointer, -1, -1, problem)
                : new DataFileException(file, pointer, at.getLineNr(), at.getColumnNr(), problem);
    }

    /**
     * Checks {@code format} and {@code version} before anything else, so a file from a newer redmap
     * fails with that explanation rather than with "unknown key" about a key this version never knew.
     */
    void checkFormat(String format, int newestVersion) throws DataFileException {
        String found = text(root, "", "format");
        if (!format.equals(found)) {
            throw error("/format", "expected format \"" + format + "\", found \"" + found + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) throw error("", "missing required field 'version'");
        if (!version.isIntegralNumber() || version.asLong() < 1) {
            throw error("/version", "'version' must be a whole number from 1");
        }
        if (version.asLong() > newestVersion) {
            throw error("/version", "version " + version.asLong() + " was made by a newer redmap (this one reads up to "
                    + newestVersion + ")");
        }
    }

    /** Rejects keys outside {@code allowed}: a misspelt optional key would otherwise be lost silently. */
    void onlyKeys(JsonNode object, String pointer, String... allowed) throws DataFileException {
        List<String> keys = Arrays.asList(allowed);
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw error(child(pointer, key), "unknown key '" + key + "' (allowed here: "
                        + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
    }

    boolean has(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && !value.isNull();
    }

    JsonNode object(JsonNode parent, String pointer, String key) throws DataFileException {
        require(parent, pointer, key);
        JsonNode node = parent.get(key);
        if (!node.isObject()) throw error(child(pointer, key), "'" + key + "' must be a JSON object");
        return node;
    }

    /** The elements of a required array, which must not be empty. */
    List<JsonNode> array(JsonNode parent, String pointer, String key) throws DataFileException {
        require(parent, pointer, key);
        JsonNode node = parent.get(key);
        if (!node.isArray()) throw error(child(pointer, key), "'" + key + "' must be a JSON array");
        if (node.isEmpty()) throw error(child(pointer, key), "'" + key + "' must not be empty");
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** An element that must be an object, with its pointer for messages. */
    JsonNode element(JsonNode node, String pointer) throws DataFileException {
        if (!node.isObject()) throw error(pointer, "must be a JSON object");
        return node;
    }

    String text(JsonNode object, String pointer, String key) throws DataFileException {
        require(object, pointer, key);
        return optionalText(object, pointer, key);
    }

    /** A non-blank string, trimmed, or null when absent or null. */
    String optionalText(JsonNode object, String pointer, String key) throws DataFileException {
        if (!has(object, key)) return null;
        JsonNode value = object.get(key);
        if (!value.isTextual()) throw error(child(pointer, key), "'" + key + "' must be a string");
        if (value.asText().isBlank()) throw error(child(pointer, key), "'" + key + "' is blank");
        return value.asText().trim();
    }

    double number(JsonNode object, String pointer, String key) throws DataFileException {
        require(object, pointer, key);
        JsonNode value = object.get(key);
        if (!value.isNumber()) throw error(child(pointer, key), "'" + key + "' must be a number");
        return value.asDouble();
    }

    /** A number in [min, max]. */
    double number(JsonNode object, String pointer, String key, double min, double max) throws DataFileException {
        double v = number(object, pointer, key);
        if (!(v >= min && v <= max)) {
            throw error(child(pointer, key), "'" + key + "' must be from " + plain(min) + " to " + plain(max)
                    + ", found " + plain(v));
        }
        return v;
    }

    long wholeNumber(JsonNode object, String pointer, String key, long min) throws DataFileException {
        require(object, pointer, key);
        JsonNode value = object.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw error(child(pointer, key), "'" + key + "' must be a whole number");
        }
        if (value.asLong() < min) throw error(child(pointer, key), "'" + key + "' must be " + min + " or more");
        return value.asLong();
    }

    private void require(JsonNode object, String pointer, String key) throws DataFileException {
        if (!has(object, key)) throw error(pointer, "missing required field '" + key + "'");
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
