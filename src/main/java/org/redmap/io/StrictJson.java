package org.redmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Validating access to one hand-editable JSON file (a model, a timeline, a project): strict JSON
 * (a repeated key is an error), unknown keys rejected, and every error located by JSON pointer,
 * line and column. Jackson's tree drops locations, so a streaming pass records where each value
 * starts first. Each kind of file throws its own {@link JsonFileException}, made by {@code errors}.
 *
 * @param <E> the exception a problem in this kind of file is reported with
 */
public final class StrictJson<E extends JsonFileException> {

    /** Makes the exception for a problem at a place in the file. */
    @FunctionalInterface
    public interface Errors<E extends JsonFileException> {
        E at(String file, String pointer, int line, int column, String reason, Throwable cause);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a repeated key is a mistake, not an override
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> starts;
    private final Errors<E> errors;

    private StrictJson(String file, JsonNode root, Map<String, JsonLocation> starts, Errors<E> errors) {
        this.file = file;
        this.root = root;
        this.starts = starts;
        this.errors = errors;
    }

    /** Parses a file that must hold one JSON object; {@code file} is its name in messages. */
    public static <E extends JsonFileException> StrictJson<E> parse(byte[] json, String file, Errors<E> errors) throws E {
        JsonNode root;
        Map<String, JsonLocation> starts;
        try {
            starts = scan(json);
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw errors.at(file, "", at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "not valid JSON: " + Excerpt.inMessage(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw errors.at(file, "", -1, -1, "could not be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) throw errors.at(file, "", -1, -1, "the file is empty", null);
        if (!root.isObject()) throw errors.at(file, "", 1, 1, "the file must hold one JSON object", null);
        return new StrictJson<>(file, root, starts, errors);
    }

    /** Reads a resource that ships with redmap (under /org/redmap/data/). */
    public static byte[] bundled(String name) throws IOException {
        try (InputStream in = StrictJson.class.getResourceAsStream("/org/redmap/data/" + name)) {
            if (in == null) throw new IOException("bundled data file " + name + " is missing from the application");
            return in.readAllBytes();
        }
    }

    private static Map<String, JsonLocation> scan(byte[] json) throws IOException {
        Map<String, JsonLocation> starts = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            try {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                    JsonStreamContext context = parser.getParsingContext();
                    // At '{' or '[' the parser has already entered the new container; its path is the parent's.
                    if (t.isStructStart()) context = context.getParent();
                    starts.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
                }
            } catch (StreamConstraintsException e) {
                // Jackson names its own setting and gives no place; say what is wrong with the file, and where.
                throw new JsonParseException(parser, limitExceeded(e.getOriginalMessage()), e);
            }
        }
        return starts;
    }

    private static String limitExceeded(String detail) {
        String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) return "values are nested too deep (more than 1000 levels); the file is malformed";
        if (lower.contains("number")) return "a number is too long; the file is malformed";
        if (lower.contains("string") || lower.contains("name")) return "a text is too long; the file is malformed";
        return "the file exceeds a reader safety limit";
    }

    public JsonNode root() {
        return root;
    }

    public String file() {
        return file;
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** An error at the value {@code pointer} names, or at its nearest ancestor with a known position. */
    public E error(String pointer, String problem) {
        return error(pointer, problem, null);
    }

    public E error(String pointer, String problem, Throwable cause) {
        String p = pointer;
        JsonLocation at;
        while (true) {
            at = starts.get(p);
            if (at != null || p.isEmpty()) break;
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return at == null
                ? errors.at(file, pointer, -1, -1, problem, cause)
                : errors.at(file, pointer, at.getLineNr(), at.getColumnNr(), problem, cause);
    }

    /**
     * Checks {@code format} and {@code version} before anything else, so a file from a newer redmap
     * fails with that explanation rather than with "unknown key" about a key this version never knew.
     */
    public void checkFormat(String format, int newestVersion) throws E {
        String found = text(root, "", "format");
        if (!format.equals(found)) {
            throw error("/format", "expected format \"" + format + "\", found \"" + Excerpt.of(found) + "\"");
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
    public void onlyKeys(JsonNode object, String pointer, String... allowed) throws E {
        List<String> keys = Arrays.asList(allowed);
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw error(child(pointer, key), "unknown key " + Excerpt.quoted(key) + " (allowed here: "
                        + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
    }

    public boolean has(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && !value.isNull();
    }

    public void require(JsonNode object, String pointer, String key) throws E {
        if (!has(object, key)) throw error(pointer, "missing required field '" + key + "'");
    }

    public JsonNode object(JsonNode parent, String pointer, String key) throws E {
        require(parent, pointer, key);
        JsonNode node = parent.get(key);
        if (!node.isObject()) throw error(child(pointer, key), "'" + key + "' must be a JSON object");
        return node;
    }

    /** A value that must be an object (an array element, say), with its pointer for messages. */
    public JsonNode object(JsonNode node, String pointer) throws E {
        if (!node.isObject()) throw error(pointer, "must be a JSON object");
        return node;
    }

    /** The elements of a required array, which may be empty. */
    public List<JsonNode> array(JsonNode parent, String pointer, String key) throws E {
        require(parent, pointer, key);
        JsonNode node = parent.get(key);
        if (!node.isArray()) throw error(child(pointer, key), "'" + key + "' must be a JSON array");
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** The elements of a required array, which must not be empty. */
    public List<JsonNode> nonEmptyArray(JsonNode parent, String pointer, String key) throws E {
        List<JsonNode> items = array(parent, pointer, key);
        if (items.isEmpty()) throw error(child(pointer, key), "'" + key + "' must not be empty");
        return items;
    }

    /** The elements of an array, empty when the key is absent or null. */
    public List<JsonNode> optionalArray(JsonNode parent, String pointer, String key) throws E {
        if (!has(parent, key)) return List.of();
        return array(parent, pointer, key);
    }

    public String text(JsonNode object, String pointer, String key) throws E {
        require(object, pointer, key);
        return optionalText(object, pointer, key);
    }

    /** A non-blank string as written, or null when absent or null. */
    public String optionalText(JsonNode object, String pointer, String key) throws E {
        if (!has(object, key)) return null;
        JsonNode value = object.get(key);
        if (!value.isTextual()) throw error(child(pointer, key), "'" + key + "' must be a string");
        if (value.asText().isBlank()) throw error(child(pointer, key), "'" + key + "' is blank");
        return value.asText();
    }

    /** A string that may be empty; "" when absent or null. */
    public String textOrEmpty(JsonNode object, String pointer, String key) throws E {
        if (!has(object, key)) return "";
        JsonNode value = object.get(key);
        if (!value.isTextual()) throw error(child(pointer, key), "'" + key + "' must be a string");
        return value.asText();
    }

    public double number(JsonNode object, String pointer, String key) throws E {
        require(object, pointer, key);
        return numberValue(object.get(key), child(pointer, key), "'" + key + "'");
    }

    /** A number in [min, max]. */
    public double number(JsonNode object, String pointer, String key, double min, double max) throws E {
        double v = number(object, pointer, key);
        if (!(v >= min && v <= max)) {
            throw error(child(pointer, key), "'" + key + "' must be from " + plain(min) + " to " + plain(max)
                    + ", found " + plain(v));
        }
        return v;
    }

    /** A finite number; {@code what} names it in messages. */
    public double numberValue(JsonNode value, String pointer, String what) throws E {
        if (!value.isNumber()) throw error(pointer, what + " must be a number");
        double d = value.asDouble();
        if (!Double.isFinite(d)) throw error(pointer, what + " is too large");
        return d;
    }

    /** A whole number of at least {@code min}. */
    public long wholeNumber(JsonNode object, String pointer, String key, long min) throws E {
        require(object, pointer, key);
        JsonNode value = object.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw error(child(pointer, key), "'" + key + "' must be a whole number");
        }
        if (value.asLong() < min) throw error(child(pointer, key), "'" + key + "' must be " + min + " or more");
        return value.asLong();
    }

    /** A whole number in [min, max]. */
    public int wholeNumber(JsonNode object, String pointer, String key, int min, int max) throws E {
        require(object, pointer, key);
        JsonNode value = object.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(child(pointer, key), "'" + key + "' must be a whole number");
        }
        int v = value.asInt();
        if (v < min || v > max) throw error(child(pointer, key), "'" + key + "' must be from " + min + " to " + max + ", found " + v);
        return v;
    }

    public boolean bool(JsonNode object, String pointer, String key, boolean absent) throws E {
        if (!has(object, key)) return absent;
        JsonNode value = object.get(key);
        if (!value.isBoolean()) throw error(child(pointer, key), "'" + key + "' must be true or false");
        return value.asBoolean();
    }

    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
