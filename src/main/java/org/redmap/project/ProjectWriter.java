package org.redmap.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.Layer;

/**
 * A project as the bytes of a project file. Deterministic (fixed key order, {@link JsonLayout}), so
 * these bytes are also the project's canonical form: the hash of an unsaved project is the hash
 * of the file it would become.
 */
public final class ProjectWriter {

    static final String FORMAT = "redmap-project";
    static final String BUNDLED = "bundled";
    /** Data files more than this many folders up from the project are stored absolute: such a path would break on any move. */
    static final int MAX_UPS = 2;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectWriter() {
    }

    /**
     * @param file where the project is (to be) saved, for relative data paths; null when it has no file
     *             yet, and then data paths are absolute
     */
    static byte[] bytes(Project p, Path file) {
        return JsonLayout.write(tree(p, file == null ? null : file.toAbsolutePath().normalize().getParent()))
                .getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode tree(Project p, Path folder) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        // Whatever version a project was read from, it is written in the current one.
        root.put("version", Project.CURRENT_VERSION);
        root.put("title", p.title());
        ObjectNode data = root.putObject("data");
        data.put("regions", p.data().regions().map(f -> path(f, folder)).orElse(BUNDLED));
        p.data().coverage().ifPresent(f -> data.put("coverage", path(f, folder)));
        p.data().polygons().ifPresent(c -> {
            ObjectNode polygons = data.putObject("coverage_polygons");
            polygons.put("file", path(c.file(), folder));
            polygons.put("property", c.property());
        });
        root.set("layers", layers(p.layers(), p.data().polygons().isPresent()));
        p.view().ifPresent(v -> root.set("view", view(v)));
        ArrayNode overrides = root.putArray("overrides");
        for (VendorOverride o : p.overrides()) {
            ObjectNode n = overrides.addObject();
            n.put("region", o.regionId());
            n.put("vendor", o.vendorId());
            n.put("note", o.note());
        }
        ObjectNode model = root.putObject("model");
        ObjectNode weights = model.putObject("risk_weights");
        for (Map.Entry<String, Double> e : p.model().riskWeights().entrySet()) weights.put(e.getKey(), e.getValue());
        ArrayNode bands = model.putArray("band_distances_km");
        p.model().bandDistancesKm().forEach(bands::add);
        ArrayNode annotations = root.putArray("annotations");
        for (Annotation a : p.annotations()) annotations.add(AnnotationCodec.write(a));
        root.set("export", export(p.export()));
        // Written only once composed, so a project laid out automatically keeps the bytes it always had.
        if (!p.layout().isAutomatic()) root.set("layout", LayoutCodec.write(p.layout()));
        return root;
    }

    /** @param polygons the project names coverage polygons: only then is their overlay row written */
    private static ObjectNode layers(MapLayers layers, boolean polygons) {
        ObjectNode o = NODES.objectNode();
        ArrayNode base = o.putArray("base");
        for (Layer l : Layer.values()) if (layers.base().contains(l)) base.add(l.id());
        ArrayNode overlays = o.putArray("overlays");
        for (OverlaySetting s : layers.overlays()) {
            // A polygons row without its file would not open again (the reader refuses it): it is written only with the file.
            boolean saved = MapLayers.OVERLAY_IDS.contains(s.id()) || s.id().equals(OverlayIds.POLYGONS) && polygons;
            if (!saved) continue;
            ObjectNode n = overlays.addObject();
            n.put("id", s.id());
            n.put("visible", s.visible());
            n.put("opacity", s.opacity());
        }
        o.put("classification", layers.classification().key());
        return o;
    }

    private static ObjectNode view(Viewport v) {
        ObjectNode o = NODES.objectNode();
        o.put("center_x", v.centerX());
        o.put("center_y", v.centerY());
        o.put("metres_per_pixel", v.metresPerPixel());
        o.put("width", v.width());
        o.put("height", v.height());
        return o;
    }

    public static ObjectNode export(ExportOptions e) {
        ObjectNode o = NODES.objectNode();
        o.put("format", e.format().extension());
        ObjectNode page = o.putObject("page");
        page.put("name", e.page().name());
        page.put("width", e.page().width());
        page.put("height", e.page().height());
        o.put("pixel_scale", e.pixelScale());
        putOptional(o, "marking", e.marking());
        putOptional(o, "subtitle", e.subtitle());
        putOptional(o, "author", e.author());
        o.put("sources_footer", e.sourcesFooter());
        o.put("date", e.date().text());
        return o;
    }

    private static void putOptional(ObjectNode o, String key, Optional<String> value) {
        value.ifPresent(v -> o.put(key, v));
    }

    /**
     * Relative to the project's folder, with '/' on every system, when the file is near it; absolute
     * otherwise (another drive, or far away, where a relative path would break whenever the project moves).
     */
    static String path(Path file, Path folder) {
        if (folder != null && file.getRoot() != null && file.getRoot().equals(folder.getRoot())) {
            Path relative = folder.relativize(file);
            int ups = 0;
            for (Path part : relative) if (part.toString().equals("..")) ups++;
            String text = relative.toString().replace(File.separatorChar, '/');
            // A data file that happens to be called "bundled" must not read back as the bundled map.
            if (ups <= MAX_UPS) return text.equals(BUNDLED) ? "./" + text : text;
        }
        return file.toString();
    }
}
