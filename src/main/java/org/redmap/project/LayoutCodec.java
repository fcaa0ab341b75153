package org.redmap.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redmap.io.StrictJson;
import org.redmap.model.LabelKind;
import org.redmap.model.annotation.LonLat;

/** A project's {@code layout}: the page as the analyst composed it, written and read strictly. */
final class LayoutCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String POINTER = "/layout";

    private LayoutCodec() {
    }

    static ObjectNode write(PageLayout layout) {
        ObjectNode o = NODES.objectNode();
        ObjectNode elements = o.putObject("elements");
        for (Map.Entry<PageElement, PageBox> e : layout.placed().entrySet()) {
            PageBox b = e.getValue();
            ObjectNode box = elements.putObject(e.getKey().id());
            box.put("x", b.x());
            box.put("y", b.y());
            box.put("width", b.width());
            box.put("height", b.height());
        }
        o.put("inset", layout.inset());
        ArrayNode labels = o.putArray("labels");
        for (LabelEdit l : layout.labels()) {
            ObjectNode n = labels.addObject();
            n.put("kind", l.kind().id());
            n.put("id", l.featureId());
            l.text().ifPresent(t -> n.put("text", t));
            if (l.hidden()) n.put("hidden", true);
            l.at().ifPresent(p -> n.set("at", AnnotationCodec.position(p)));
        }
        return o;
    }

    static PageLayout read(StrictJson<ProjectException> in, JsonNode node) throws ProjectException {
        in.onlyKeys(node, POINTER, "elements", "inset", "labels");
        Map<PageElement, PageBox> placed = new EnumMap<>(PageElement.class);
        if (in.has(node, "elements")) {
            String at = StrictJson.child(POINTER, "elements");
            JsonNode elements = in.object(node, POINTER, "elements");
            for (var it = elements.fields(); it.hasNext(); ) {
                var e = it.next();
                String ptr = StrictJson.child(at, e.getKey());
                PageElement element = PageElement.byId(e.getKey()).filter(PageElement::movable).orElseThrow(() -> in.error(ptr,
                        "unknown or fixed page element '" + e.getKey() + "' (movable: " + PageElement.movableIds() + ")"));
                JsonNode box = in.object(e.getValue(), ptr);
                in.onlyKeys(box, ptr, "x", "y", "width", "height");
                placed.put(element, new PageBox(share(in, box, ptr, "x"), share(in, box, ptr, "y"),
                        in.has(box, "width") ? share(in, box, ptr, "width") : 0,
                        in.has(box, "height") ? share(in, box, ptr, "height") : 0));
            }
        }
        boolean inset = in.bool(node, POINTER, "inset", false);
        List<LabelEdit> labels = new ArrayList<>();
        List<JsonNode> items = in.optionalArray(node, POINTER, "labels");
        for (int i = 0; i < items.size(); i++) {
            String ptr = StrictJson.child(StrictJson.child(POINTER, "labels"), i);
            JsonNode l = in.object(items.get(i), ptr);
            in.onlyKeys(l, ptr, "kind", "id", "text", "hidden", "at");
            String kindName = in.text(l, ptr, "kind");
            LabelKind kind = Arrays.stream(LabelKind.values()).filter(k -> k.id().equals(kindName)).findFirst()
                    .orElseThrow(() -> in.error(StrictJson.child(ptr, "kind"), "unknown label kind '" + kindName
                            + "' (known: region, city, site)"));
            Optional<LonLat> where = in.has(l, "at")
                    ? Optional.of(AnnotationCodec.position(in, l.get("at"), StrictJson.child(ptr, "at"))) : Optional.empty();
            try {
                labels.add(new LabelEdit(kind, in.text(l, ptr, "id"), Optional.ofNullable(in.optionalText(l, ptr, "text")),
                        in.bool(l, ptr, "hidden", false), where));
            } catch (IllegalArgumentException e) {
                throw in.error(ptr, e.getMessage(), e);
            }
        }
        try {
            return new PageLayout(placed, inset, labels);
        } catch (IllegalArgumentException e) {
            throw in.error(POINTER, e.getMessage(), e);
        }
    }

    private static double share(StrictJson<ProjectException> in, JsonNode box, String ptr, String key) throws ProjectException {
        return in.number(box, ptr, key, 0, 1);
    }
}
