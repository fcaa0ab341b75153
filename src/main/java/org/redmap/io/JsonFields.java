package org.redmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vendor-assignments file's accessors over {@link StrictJson} (which parses strictly and
 * locates every error): every accessor takes the pointer of the object it reads from and turns a
 * missing or mistyped field into an {@link AssignmentFileException} pointing at it; texts are
 * trimmed, arrays come back as nodes. Keeps the parser free of error-formatting noise.
 */
final class JsonFields {

    private final StrictJson<AssignmentFileException> json;

    JsonFields(StrictJson<AssignmentFileException> json) {
        this.json = json;
    }

    static String child(String pointer, String key) {
        return StrictJson.child(pointer, key);
    }

    static String child(String pointer, int index) {
        return StrictJson.child(pointer, index);
    }

    AssignmentFileException error(String pointer, String problem) {
        return json.error(pointer, problem);
    }

    /** The object under {@code key}; missing and mistyped are reported differently, at the right place. */
    JsonNode requiredObject(JsonNode parent, String parentPointer, String key) throws AssignmentFileException {
        if (!has(parent, key)) throw error(parentPointer, "missing required field '" + key + "'");
        return object(parent.get(key), child(parentPointer, key), "'" + key + "'");
    }

    JsonNode object(JsonNode node, String pointer, String what) throws AssignmentFileException {
        if (node == null || !node.isObject()) throw error(pointer, what + " must be a JSON object");
        return node;
    }

    /** Rejects keys outside {@code allowed}: a misspelt optional key would otherwise be lost silently. */
    void onlyKeys(JsonNode object, String pointer, Set<String> allowed) throws AssignmentFileException {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(child(pointer, key), "unknown key '" + key + "' (allowed here: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && !value.isNull();
    }

    String text(JsonNode object, String pointer, String key) throws AssignmentFileException {
        if (!has(object, key)) throw error(pointer, "missing required field '" + key + "'");
        return optionalText(object, pointer, key);
    }

    /** A non-blank string, or null when the key is absent or null. */
    String optionalText(JsonNode object, String pointer, String key) throws AssignmentFileException {
        if (!has(object, key)) return null;
        JsonNode value = object.get(key);
        if (!value.isTextual()) throw error(child(pointer, key), "'" + key + "' must be a string");
        if (value.asText().isBlank()) throw error(child(pointer, key), "'" + key + "' is blank");
        return value.asText().trim();
    }

    JsonNode array(JsonNode object, String pointer, String key) throws AssignmentFileException {
        if (!has(object, key)) throw error(pointer, "missing required field '" + key + "'");
        return optionalArray(object, pointer, key);
    }

    /** An array, or an empty one when the key is absent. */
    JsonNode optionalArray(JsonNode object, String pointer, String key) throws AssignmentFileException {
        if (!has(object, key)) return JsonNodeFactory.instance.arrayNode();
        JsonNode value = object.get(key);
        if (!value.isArray()) throw error(child(pointer, key), "'" + key + "' must be an array");
        return value;
    }

    /** An array of non-blank strings; empty when absent. */
    List<String> texts(JsonNode object, String pointer, String key) throws AssignmentFileException {
        JsonNode array = optionalArray(object, pointer, key);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(child(child(pointer, key), i), "'" + key + "' must hold non-blank strings");
            }
            texts.add(item.asText().trim());
        }
        return texts;
    }

    double number(JsonNode object, String pointer, String key) throws AssignmentFileException {
        if (!has(object, key)) throw error(pointer, "missing required field '" + key + "'");
        JsonNode value = object.get(key);
        if (!value.isNumber()) throw error(child(pointer, key), "'" + key + "' must be a number");
        return value.asDouble();
    }

    boolean optionalBoolean(JsonNode object, String pointer, String key) throws AssignmentFileException {
        if (!has(object, key)) return false;
        JsonNode value = object.get(key);
        if (!value.isBoolean()) throw error(child(pointer, key), "'" + key + "' must be true or false");
        return value.asBoolean();
    }
}
