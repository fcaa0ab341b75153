package org.redmap.project;

import org.redmap.io.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/**
 * Annotations to and from project JSON. Each is an object with a {@code "type"} discriminator
 * ({@code "text-label"}, {@code "callout"}, {@code "arrow"}, {@code "rectangle"}, {@code "ellipse"},
 * {@code "polygon"}, {@code "pin"}, {@code "region-highlight"}), an {@code "id"}, its positions as
 * {@code [longitude, latitude]} pairs (WGS 84 degrees) and a {@code "style"}. Explicit code rather
 * than Jackson annotations, so the model records stay free of any file format.
 */
final class AnnotationCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnnotationCodec() {
    }

    /** The file name of a kind: its noun, hyphenated ("region-highlight"). */
    static String type(AnnotationKind kind) {
        return kind.noun().replace(' ', '-');
    }

    static String knownTypes() {
        return Arrays.stream(AnnotationKind.values()).map(AnnotationCodec::type).collect(Collectors.joining(", "));
    }

    static ObjectNode write(Annotation a) {
        ObjectNode o = NODES.objectNode();
        o.put("type", type(a.kind()));
        o.put("id", a.id());
        if (a instanceof TextLabel t) {
            o.set("at", position(t.anchor()));
            o.put("text", t.text());
        } else if (a instanceof Callout c) {
            o.set("anchor", position(c.anchor()));
            o.set("target", position(c.target()));
            o.put("text", c.text());
        } else if (a instanceof Arrow r) {
            o.set("from", position(r.from()));
            o.set("to", position(r.to()));
        } else if (a instanceof RectangleNote r) {
            o.set("corner1", position(r.corner1()));
            o.set("corner2", position(r.corner2()));
        } else if (a instanceof EllipseNote e) {
            o.set("corner1", position(e.corner1()));
            o.set("corner2", position(e.corner2()));
        } else if (a instanceof PolygonNote p) {
            ArrayNode vertices = o.putArray("vertices");
            p.vertices().forEach(v -> vertices.add(position(v)));
        } else if (a instanceof Pin p) {
            o.set("point", position(p.point()));
            o.put("title", p.title());
            o.put("note", p.note());
        } else if (a instanceof RegionHighlight h) {
            o.put("region", h.regionId());
        } else {
            throw new IllegalArgumentException("no file form for " + a.kind().withArticle());
        }
        o.set("style", style(a.style()));
        return o;
    }

    static ArrayNode position(LonLat p) {
        return NODES.arrayNode().add(p.lon()).add(p.lat());
    }

    private static ObjectNode style(AnnotationStyle s) {
        ObjectNode o = NODES.objectNode();
        o.put("colour", s.colour());
        o.put("line_width", s.lineWidth());
        o.put("font_size", s.fontSize());
        o.put("fill_opacity", s.fillOpacity());
        // Written only when set, so a project without legend entries keeps the bytes it had.
        if (s.inLegend()) o.put("legend_label", s.legendLabel());
        return o;
    }

    static Annotation read(StrictJson<ProjectException> in, JsonNode node, String pointer) throws ProjectException {
        in.object(node, pointer);
        String typeName = in.text(node, pointer, "type");
        AnnotationKind kind = kind(in, typeName, StrictJson.child(pointer, "type"));
        String id = in.text(node, pointer, "id");
        AnnotationStyle style = style(in, node, pointer, kind);
        try {
            return switch (kind) {
                case TEXT_LABEL -> {
                    in.onlyKeys(node, pointer, "type", "id", "at", "text", "style");
                    yield new TextLabel(id, position(in, node, pointer, "at"), in.text(node, pointer, "text"), style);
                }
                case CALLOUT -> {
                    in.onlyKeys(node, pointer, "type", "id", "anchor", "target", "text", "style");
                    yield new Callout(id, position(in, node, pointer, "anchor"), position(in, node, pointer, "target"),
                            in.text(node, pointer, "text"), style);
                }
                case ARROW -> {
                    in.onlyKeys(node, pointer, "type", "id", "from", "to", "style");
                    yield new Arrow(id, position(in, node, pointer, "from"), position(in, node, pointer, "to"), style);
                }
                case RECTANGLE -> {
                    in.onlyKeys(node, pointer, "type", "id", "corner1", "corner2", "style");
                    yield new RectangleNote(id, position(in, node, pointer, "corner1"),
                            position(in, node, pointer, "corner2"), style);
                }
                case ELLIPSE -> {
                    in.onlyKeys(node, pointer, "type", "id", "corner1", "corner2", "style");
                    yield new EllipseNote(id, position(in, node, pointer, "corner1"),
                            position(in, node, pointer, "corner2"), style);
                }
                case POLYGON -> {
                    in.onlyKeys(node, pointer, "type", "id", "vertices", "style");
                    List<LonLat> vertices = new ArrayList<>();
                    List<JsonNode> items = in.array(node, pointer, "vertices");
                    String at = StrictJson.child(pointer, "vertices");
                    for (int i = 0; i < items.size(); i++) vertices.add(position(in, items.get(i), StrictJson.child(at, i)));
                    if (vertices.size() < 3) throw in.error(at, "a polygon needs at least 3 vertices, found " + vertices.size());
                    yield new PolygonNote(id, vertices, style);
                }
                case PIN -> {
                    in.onlyKeys(node, pointer, "type", "id", "point", "title", "note", "style");
                    yield new Pin(id, position(in, node, pointer, "point"), in.textOrEmpty(node, pointer, "title"),
                            in.textOrEmpty(node, pointer, "note"), style);
                }
                case REGION_HIGHLIGHT -> {
                    in.onlyKeys(node, pointer, "type", "id", "region", "style");
                    yield new RegionHighlight(id, in.text(node, pointer, "region"), style);
                }
            };
        } catch (IllegalArgumentException e) {
            throw in.error(pointer, kind.withArticle() + ": " + e.getMessage(), e);
        }
    }

    private static AnnotationKind kind(StrictJson<ProjectException> in, String typeName, String pointer) throws ProjectException {
        String wanted = typeName.strip().toLowerCase(Locale.ROOT);
        for (AnnotationKind k : AnnotationKind.values()) {
            if (type(k).equals(wanted)) return k;
        }
        throw in.error(pointer, "unknown annotation type '" + typeName + "' (known: " + knownTypes() + ")");
    }

    private static LonLat position(StrictJson<ProjectException> in, JsonNode object, String pointer, String key) throws ProjectException {
        in.require(object, pointer, key);
        return position(in, object.get(key), StrictJson.child(pointer, key));
    }

    static LonLat position(StrictJson<ProjectException> in, JsonNode node, String pointer) throws ProjectException {
        if (!node.isArray() || node.size() != 2) throw in.error(pointer, "a position is [longitude, latitude]");
        double lon = in.numberValue(node.get(0), StrictJson.child(pointer, 0), "longitude");
        double lat = in.numberValue(node.get(1), StrictJson.child(pointer, 1), "latitude");
        try {
            return new LonLat(lon, lat);
        } catch (IllegalArgumentException e) {
            throw in.error(pointer, e.getMessage(), e);
        }
    }

    /** The style as written; keys left out take the kind's default, so a hand-written annotation can give only a colour. */
    private static AnnotationStyle style(StrictJson<ProjectException> in, JsonNode node, String pointer, AnnotationKind kind)
            throws ProjectException {
        AnnotationStyle d = kind.defaultStyle();
        if (!in.has(node, "style")) return d;
        String at = StrictJson.child(pointer, "style");
        JsonNode s = in.object(node, pointer, "style");
        in.onlyKeys(s, at, "colour", "line_width", "font_size", "fill_opacity", "legend_label");
        try {
            return new AnnotationStyle(
                    in.has(s, "colour") ? in.text(s, at, "colour") : d.colour(),
                    in.has(s, "line_width") ? in.number(s, at, "line_width") : d.lineWidth(),
                    in.has(s, "font_size") ? in.number(s, at, "font_size") : d.fontSize(),
                    in.has(s, "fill_opacity") ? in.number(s, at, "fill_opacity") : d.fillOpacity(),
                    in.has(s, "legend_label") ? in.text(s, at, "legend_label") : "");
        } catch (IllegalArgumentException e) {
            throw in.error(at, e.getMessage(), e);
        }
    }
}
