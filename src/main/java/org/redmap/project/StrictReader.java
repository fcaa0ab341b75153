package org.redmap.project;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Validating access to one project file, the way redmap reads all its hand-editable JSON: strict
 * JSON (a repeated key is an error), unknown keys rejected, every error located by JSON pointer,
 * line and column. Jackson's tree drops locations, so a streaming pass records where each value
 * starts first.
 */
final class StrictReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a repeated key is a mistake, not an override
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> starts;

    private StrictReader(String file, JsonNode root, Map<String, JsonLocation> starts) {
        this.file = file;
        this.root = root;
        this.starts = starts;
    }

    static StrictReader parse(byte[] json, String file) throws ProjectException {
        try {
            Map<String, JsonLocation> starts = scan(json);
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) throw new ProjectException(file, "", -1, -1, "the file is empty", null);
            if (!root.isObject()) throw new ProjectException(file, "", 1, 1, "a project file holds one JSON object", null);
            return new StrictReader(file, root, starts);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ProjectException(file, "", at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (ProjectException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectException(file, "", -1, -1, "could not be read: " + e.getMessage(), e);
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

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** An error at the value {@code pointer} names, or at its nearest ancestor with a known position. */
    ProjectException error(String pointer, String problem) {
        return error(pointer, problem, null);
    }

    ProjectException error(String pointer, String problem, Throwable cause) {
        String p = pointer;
        JsonLocation at;
        while (true) {
            at = starts.get(p);
            if (at != null || p.isEmpty()) break;
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return at == null
                ? new ProjectException(file, pointer, -1, -1, problem, cause)
                : new ProjectException(file, pointer, at.getLineNr(), at.getColumnNr(), problem, cause);
    }

    /** Rejects keys outside {@code allowed}: a misspelt optional key would otherwise be lost silently. */
    void onlyKeys(JsonNode object, String pointer, String... allowed) throws ProjectException {
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

    JsonNode object(JsonNode parent, String pointer, String key) throws ProjectException {
        require(parent, pointer, key);
        return object(parent.get(key), child(pointer, key));
    }

    JsonNode object(JsonNode node, String pointer) throws ProjectException {
        if (!node.isObject()) throw error(pointer, "must be a JSON object");
        return node;
    }

    /** The elements of an array, empty when the key is absent or null. */
    List<JsonNode> optionalArray(JsonNode parent, String pointer, String key) throws ProjectException {
        if (!has(parent, key)) return List.of();
        return array(parent, pointer, key);
    }

    List<JsonNode> array(JsonNode parent, String pointer, String key) throws ProjectException {
        require(parent, pointer, key);
        JsonNode node = parent.get(key);
        if (!node.isArray()) throw error(child(pointer, key), "'" + key + "' must be a JSON array");
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    String text(JsonNode object, String pointer, String key) throws ProjectException {
        require(object, pointer, key);
        return optionalText(object, pointer, key);
    }

    /** A non-blank string as written, or null when absent or null. */
    String optionalText(JsonNode object, String pointer, String key) throws ProjectException {
        if (!has(object, key)) return null;
        JsonNode value = object.get(key);
        if (!value.isTextual()) throw error(child(pointer, key), "'" + key + "' must be a string");
        if (value.asText().isBlank()) throw error(child(pointer, key), "'" + key + "' is blank");
        return value.asText();
    }

    /** A string that may be empty; "" when absent or null. */
    String textOrEmpty(JsonNode object, String pointer, String key) throws ProjectException {
        if (!has(object, key)) return "";
        JsonNode value = object.get(key);
        if (!value.isTextual()) throw error(child(pointer, key), "'" + key + "' must be a string");
        return value.asText();
    }

    double number(JsonNode object, String pointer, String key) throws ProjectException {
        require(object, pointer, key);
        return numberValue(object.get(key), child(pointer, key), "'" + key + "'");
    }

    double numberValue(JsonNode value, String pointer, String what) throws ProjectException {
        if (!value.isNumber()) throw error(pointer, what + " must be a number");
        double d = value.asDouble();
        if (!Double.isFinite(d)) throw error(pointer, what + " is too large");
        return d;
    }

    /** A number in [min, max]. */
    double number(JsonNode object, String pointer, String key, double min, double max) throws ProjectException {
        double v = number(object, pointer, key);
        if (!(v >= min && v <= max)) {
            throw error(child(pointer, key), "'" + key + "' must be from " + plain(min) + " to " + plain(max)
                    + ", found " + plain(v));
        }
        return v;
    }

    int wholeNumber(JsonNode object, String pointer, String key, int min, int max) throws ProjectException {
        require(object, pointer, key);
        JsonNode value = object.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(child(pointer, key), "'" + key + "' must be a whole number");
        }
        int v = value.asInt();
        if (v < min || v > max) throw error(child(pointer, key), "'" + key + "' must be from " + min + " to " + max + ", found " + v);
        return v;
    }

    boolean bool(JsonNode object, String pointer, String key, boolean absent) throws ProjectException {
        if (!has(object, key)) return absent;
        JsonNode value = object.get(key);
        if (!value.isBoolean()) throw error(child(pointer, key), "'" + key + "' must be true or false");
        return value.asBoolean();
    }

    void require(JsonNode object, String pointer, String key) throws ProjectException {
        if (!has(object, key)) throw error(pointer, "missing required field '" + key + "'");
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
