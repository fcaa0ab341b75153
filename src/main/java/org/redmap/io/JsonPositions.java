package org.redmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer. Jackson's tree model drops
 * locations, so a streaming pass records them first; the validator can then report
 * "line 42, column 17" for any node it rejects.
 */
final class JsonPositions {

    private final Map<String, JsonLocation> starts;

    private JsonPositions(Map<String, JsonLocation> starts) {
        this.starts = starts;
    }

    static JsonPositions scan(JsonFactory factory, byte[] json) throws IOException {
        Map<String, JsonLocation> starts = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                JsonStreamContext context = parser.getParsingContext();
                // At '{' or '[' the parser has already entered the new container; its path is the parent's.
                if (t.isStructStart()) context = context.getParent();
                starts.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
            }
        }
        return new JsonPositions(starts);
    }

    /** The start of the value at {@code pointer}, or of its nearest ancestor that has one. */
    JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation location = starts.get(p);
            if (location != null || p.isEmpty()) return location;
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
