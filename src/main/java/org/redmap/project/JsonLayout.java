package org.redmap.project;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree the way redmap's hand-editable files look: two-space indents, LF line ends,
 * keys in insertion order, arrays of plain values on one line ({@code [-97.86, 22.25]}), small
 * objects of plain values on one line too (an overlay setting, a style), numbers in plain decimal
 * (never {@code 1.2E7}). Deterministic, so the same project always gives the same
 * bytes, which is what its hash and the sidecar's short id rely on.
 */
public final class JsonLayout {

    private JsonLayout() {
    }

    public static String write(JsonNode root) {
        StringBuilder out = new StringBuilder(4096);
        value(out, root, 0);
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject()) {
            object(out, node, depth);
        } else if (node.isArray()) {
            array(out, node, depth);
        } else if (node.isTextual()) {
            string(out, node.asText());
        } else if (node.isNumber()) {
            out.append(number(node));
        } else {
            out.append(node.toString()); // true, false, null
        }
    }

    /** Objects of plain values up to this long go on one line. */
    static final int INLINE_OBJECT = 100;

    private static void object(StringBuilder out, JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        String inline = inlineObject(node);
        if (inline != null) {
            out.append(inline);
            return;
        }
        out.append("{\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            indent(out, depth + 1);
            string(out, e.getKey());
            out.append(": ");
            value(out, e.getValue(), depth + 1);
            if (it.hasNext()) out.append(',');
            out.append('\n');
        }
        indent(out, depth);
        out.append('}');
    }

    private static String inlineObject(JsonNode node) {
        StringBuilder s = new StringBuilder("{");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) return null;
            string(s, e.getKey());
            s.append(": ");
            value(s, e.getValue(), 0);
            if (it.hasNext()) s.append(", ");
        }
        s.append('}');
        return s.length() <= INLINE_OBJECT ? s.toString() : null;
    }

    private static void array(StringBuilder out, JsonNode node, int depth) {
        boolean flat = true;
        for (JsonNode item : node) flat &= item.isValueNode();
        if (node.isEmpty()) {
            out.append("[]");
        } else if (flat) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) out.append(", ");
                value(out, node.get(i), depth);
            }
            out.append(']');
        } else {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(out, depth + 1);
                value(out, node.get(i), depth + 1);
                if (i < node.size() - 1) out.append(',');
                out.append('\n');
            }
            indent(out, depth);
            out.append(']');
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        out.append(JsonStringEncoder.getInstance().quoteAsString(s));
        out.append('"');
    }

    /**
     * The shortest decimal that reads back as the same double, in plain notation: a view centre of
     * 1.23456789E7 m is written 12345678.9, and reading it gives the very same double, so a saved view
     * reproduces the same pixels.
     */
    static String number(JsonNode node) {
        if (node.isIntegralNumber()) return node.bigIntegerValue().toString();
        double d = node.doubleValue();
        if (!Double.isFinite(d)) throw new IllegalArgumentException("JSON has no " + d);
        if (d == 0) return "0";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
