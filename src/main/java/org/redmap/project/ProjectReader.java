package org.redmap.project;

import org.redmap.analysis.Classification;
import org.redmap.io.Excerpt;
import org.redmap.io.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redmap.geo.Viewport;
import org.redmap.model.TextRules;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.Layer;

/**
 * Reads the bytes of a project file into a {@link Project}, strictly: any problem refuses the
 * whole file with its JSON pointer, line and column. {@code format} and {@code version} are
 * checked first, so a file from a newer redmap says so instead of complaining about a key this
 * version never knew. Data paths are resolved against the project's folder; whether the files
 * exist and can be used is {@link ProjectSession}'s business.
 */
final class ProjectReader {

    private final StrictJson<ProjectException> in;
    private final Path folder;

    private ProjectReader(StrictJson<ProjectException> in, Path folder) {
        this.in = in;
        this.folder = folder;
    }

    /**
     * @param name   what messages call the file (as the user named it)
     * @param folder the project's folder, against which relative data paths are resolved
     */
    static Parsed read(byte[] bytes, String name, Path folder) throws ProjectException {
        StrictJson<ProjectException> in = StrictJson.parse(bytes, name, ProjectException::new);
        return new Parsed(new ProjectReader(in, folder).project(), in);
    }

    /** The project and the reader that knows where each value was, for later errors about them. */
    record Parsed(Project project, StrictJson<ProjectException> locations) {
    }

    private Project project() throws ProjectException {
        JsonNode root = in.root();
        int version = version(root);
        texts(root, "");
        in.onlyKeys(root, "", "format", "version", "title", "data", "layers", "view", "overrides", "model",
                "annotations", "export", "layout");
        String title = in.text(root, "", "title").strip();
        DataFiles data = data(in.object(root, "", "data"));
        MapLayers layers = layers(in.object(root, "", "layers"), data.polygons().isPresent());
        Optional<Viewport> view = in.has(root, "view") ? Optional.of(view(in.object(root, "", "view"))) : Optional.empty();
        List<VendorOverride> overrides = overrides(root);
        ModelParameters model = in.has(root, "model") ? model(in.object(root, "", "model")) : ModelParameters.DEFAULTS;
        List<Annotation> annotations = annotations(root);
        ExportOptions export = in.has(root, "export") ? export(in.object(root, "", "export"), version) : ExportOptions.DEFAULTS;
        PageLayout layout = in.has(root, "layout") ? LayoutCodec.read(in, in.object(root, "", "layout")) : PageLayout.AUTOMATIC;
        try {
            // Read into today's model: an older file is upgraded as it is read, and saved as today's version.
            return new Project(Project.CURRENT_VERSION, data, title, layers, view, overrides, model, annotations, export,
                    layout);
        } catch (IllegalArgumentException e) {
            throw in.error("", e.getMessage(), e);
        }
    }

    /**
     * Every text in the file, before any is used: none may hold a control character (no export could
     * carry it), and none may be longer than its kind allows (the title 1,000 characters, notes and
     * annotation texts 10,000, and so any other text).
     */
    private void texts(JsonNode node, String pointer) throws ProjectException {
        if (node.isTextual()) {
            TextRules rules = rulesFor(pointer);
            Optional<String> problem = rules.lengthProblem(node.asText());
            if (problem.isPresent()) throw in.error(pointer, problem.get());
            Optional<String> control = rules.forbiddenCharacter(node.asText());
            if (control.isPresent()) {
                throw in.error(pointer, "the text holds the control character " + control.get()
                        + ", which no export can carry: remove it");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                texts(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) texts(node.get(i), pointer + "/" + i);
        }
    }

    private static TextRules rulesFor(String pointer) {
        return switch (pointer) {
            case "/title" -> TextRules.TITLE;
            case "/export/subtitle" -> TextRules.SUBTITLE;
            case "/export/author" -> TextRules.AUTHOR;
            case "/export/marking" -> TextRules.MARKING;
            default -> pointer.startsWith("/layout/labels/") ? TextRules.LABEL : TextRules.NOTE;
        };
    }

    private int version(JsonNode root) throws ProjectException {
        String format = in.has(root, "format") && root.get("format").isTextual() ? root.get("format").asText() : null;
        if (!ProjectWriter.FORMAT.equals(format)) {
            throw in.has(root, "format")
                    ? in.error("/format", "this is not a redmap project: expected format \"" + ProjectWriter.FORMAT
                            + "\", found " + Excerpt.of(String.valueOf(root.get("format"))))
                    : in.error("", "this is not a redmap project: missing \"format\": \"" + ProjectWriter.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) throw in.error("", "missing required field 'version'");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
            throw in.error("/version", "'version' must be a whole number from 1");
        }
        if (version.asInt() > Project.CURRENT_VERSION) {
            throw in.error("/version", "made by a newer redmap (version " + version.asInt() + "); this redmap reads up to version "
                    + Project.CURRENT_VERSION + ". Open it with a newer redmap");
        }
        return version.asInt();
    }

    private DataFiles data(JsonNode node) throws ProjectException {
        in.onlyKeys(node, "/data", "regions", "coverage", "coverage_polygons");
        String regions = in.text(node, "/data", "regions");
        Optional<Path> regionsFile = regions.strip().equals(ProjectWriter.BUNDLED)
                ? Optional.empty() : Optional.of(resolve(regions, "/data/regions"));
        String coverage = in.optionalText(node, "/data", "coverage");
        Optional<Path> coverageFile = coverage == null ? Optional.empty() : Optional.of(resolve(coverage, "/data/coverage"));
        Optional<CoveragePolygonsFile> polygons = Optional.empty();
        if (in.has(node, "coverage_polygons")) {
            String at = "/data/coverage_polygons";
            JsonNode p = in.object(node, "/data", "coverage_polygons");
            in.onlyKeys(p, at, "file", "property");
            Path file = resolve(in.text(p, at, "file"), at + "/file");
            String property = in.text(p, at, "property");
            if (property.isBlank()) throw in.error(at + "/property", "'property' must name a numeric property of the file");
            polygons = Optional.of(new CoveragePolygonsFile(file, property));
        }
        return new DataFiles(regionsFile, coverageFile, polygons);
    }

    private Path resolve(String path, String pointer) throws ProjectException {
        try {
            return folder.resolve(path.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw in.error(pointer, "'" + path + "' is not a usable file path: " + e.getReason(), e);
        }
    }

    /** @param polygons the data names coverage polygons, so their overlay row may be listed too */
    private MapLayers layers(JsonNode node, boolean polygons) throws ProjectException {
        in.onlyKeys(node, "/layers", "base", "overlays", "classification");
        EnumSet<Layer> base = EnumSet.noneOf(Layer.class);
        List<JsonNode> ids = in.array(node, "/layers", "base");
        for (int i = 0; i < ids.size(); i++) {
            String at = "/layers/base/" + i;
            if (!ids.get(i).isTextual()) throw in.error(at, "a layer id must be a string");
            if (!Excerpt.of(ids.get(i).asText()).equals(ids.get(i).asText())) {
                throw in.error(at, "unknown layer " + Excerpt.quoted(ids.get(i).asText()));
            }
            try {
                base.add(Layer.byId(ids.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw in.error(at, e.getMessage(), e);
            }
        }
        List<OverlaySetting> overlays = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> items = in.optionalArray(node, "/layers", "overlays");
        for (int i = 0; i < items.size(); i++) {
            String at = "/layers/overlays/" + i;
            JsonNode o = in.object(items.get(i), at);
            in.onlyKeys(o, at, "id", "visible", "opacity");
            String id = in.text(o, at, "id");
            if (id.equals(OverlayIds.POLYGONS) && !polygons) {
                throw in.error(at + "/id", "the 'polygons' overlay needs its file: name it in data.coverage_polygons");
            }
            if (!MapLayers.OVERLAY_IDS.contains(id) && !id.equals(OverlayIds.POLYGONS)) {
                throw in.error(at + "/id", "unknown overlay " + Excerpt.quoted(id) + " (known: " + String.join(", ", MapLayers.OVERLAY_IDS) + ")");
            }
            if (!seen.add(id)) throw in.error(at + "/id", "overlay '" + id + "' is listed twice");
            overlays.add(new OverlaySetting(id, in.bool(o, at, "visible", false), in.number(o, at, "opacity", 0, 1)));
        }
        // Overlays the file leaves out (an older or hand-written file) are kept, hidden, on top.
        MapLayers defaults = MapLayers.preset(MapLayers.Preset.VENDOR);
        for (OverlaySetting d : defaults.overlays()) if (!seen.contains(d.id())) overlays.add(d);
        String method = in.optionalText(node, "/layers", "classification");
        try {
            return new MapLayers(base, overlays, method == null ? MapLayers.DEFAULT_CLASSIFICATION : Classification.Method.byKey(method));
        } catch (IllegalArgumentException e) {
            throw in.error("/layers/classification", e.getMessage(), e);
        }
    }

    private Viewport view(JsonNode node) throws ProjectException {
        in.onlyKeys(node, "/view", "center_x", "center_y", "metres_per_pixel", "width", "height");
        double x = in.number(node, "/view", "center_x");
        double y = in.number(node, "/view", "center_y");
        double mpp = in.number(node, "/view", "metres_per_pixel", 1e-3, 1e8);
        if (!(mpp > 0)) throw in.error("/view/metres_per_pixel", "'metres_per_pixel' must be above 0");
        double w = in.number(node, "/view", "width", 1, 100_000);
        double h = in.number(node, "/view", "height", 1, 100_000);
        return new Viewport(x, y, mpp, w, h);
    }

    private List<VendorOverride> overrides(JsonNode root) throws ProjectException {
        List<VendorOverride> out = new ArrayList<>();
        Set<String> regions = new HashSet<>();
        List<JsonNode> items = in.optionalArray(root, "", "overrides");
        for (int i = 0; i < items.size(); i++) {
            String at = "/overrides/" + i;
            JsonNode o = in.object(items.get(i), at);
            in.onlyKeys(o, at, "region", "vendor", "note");
            String region = in.text(o, at, "region").strip();
            if (!regions.add(region)) throw in.error(at + "/region", "region '" + region + "' is overridden twice");
            out.add(new VendorOverride(region, in.text(o, at, "vendor").strip(), in.textOrEmpty(o, at, "note")));
        }
        return out;
    }

    private ModelParameters model(JsonNode node) throws ProjectException {
        in.onlyKeys(node, "/model", "risk_weights", "band_distances_km");
        Map<String, Double> weights = new LinkedHashMap<>();
        if (in.has(node, "risk_weights")) {
            JsonNode w = in.object(node, "/model", "risk_weights");
            for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                String at = StrictJson.child("/model/risk_weights", id);
                double weight = in.numberValue(w.get(id), at, "the weight of '" + id + "'");
                if (weight < 0) throw in.error(at, "the weight of '" + id + "' must be 0 or more, found " + StrictJson.plain(weight));
                weights.put(id, weight);
            }
        }
        List<Double> bands = ModelParameters.DEFAULTS.bandDistancesKm();
        if (in.has(node, "band_distances_km")) {
            bands = new ArrayList<>();
            List<JsonNode> items = in.array(node, "/model", "band_distances_km");
            for (int i = 0; i < items.size(); i++) {
                bands.add(in.numberValue(items.get(i), "/model/band_distances_km/" + i, "a band distance"));
            }
        }
        try {
            return new ModelParameters(weights, bands);
        } catch (IllegalArgumentException e) {
            throw in.error("/model/band_distances_km", e.getMessage(), e);
        }
    }

    private List<Annotation> annotations(JsonNode root) throws ProjectException {
        List<Annotation> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> items = in.optionalArray(root, "", "annotations");
        for (int i = 0; i < items.size(); i++) {
            String at = "/annotations/" + i;
            Annotation a = AnnotationCodec.read(in, items.get(i), at);
            if (!ids.add(a.id())) throw in.error(at + "/id", "two annotations have the id '" + a.id() + "'");
            out.add(a);
        }
        return out;
    }

    private ExportOptions export(JsonNode node, int version) throws ProjectException {
        if (version == 1) {
            in.onlyKeys(node, "/export", "format", "width", "height", "pixel_scale", "marking", "subtitle", "author",
                    "sources_footer", "date");
        } else {
            in.onlyKeys(node, "/export", "format", "page", "pixel_scale", "marking", "subtitle", "author",
                    "sources_footer", "date");
        }
        ExportOptions d = ExportOptions.DEFAULTS;
        ExportFormat format = d.format();
        if (in.has(node, "format")) {
            String f = in.text(node, "/export", "format");
            try {
                format = ExportFormat.fromPath(Path.of("x." + f.strip()));
            } catch (IllegalArgumentException e) {
                throw in.error("/export/format", "unknown export format '" + f + "' (known: png, svg, pdf)", e);
            }
        }
        Page page = d.page();
        double scale = d.pixelScale();
        if (version == 1) {
            // Version 1 laid out in 1/96-inch pixels: the same page in points keeps its physical size and pixel count.
            double v1 = Page.POINTS_PER_INCH / 96;
            if (in.has(node, "width") || in.has(node, "height")) {
                int width = in.has(node, "width") ? in.wholeNumber(node, "/export", "width", 16, 20_000) : 1920;
                int height = in.has(node, "height") ? in.wholeNumber(node, "/export", "height", 16, 20_000) : 1080;
                page = page(width * v1, height * v1, "/export");
            }
            scale = (in.has(node, "pixel_scale") ? in.number(node, "/export", "pixel_scale", 1, 4) : 1) / v1;
        } else {
            if (in.has(node, "page")) page = page(in.object(node, "/export", "page"));
            if (in.has(node, "pixel_scale")) {
                scale = in.number(node, "/export", "pixel_scale", ExportOptions.MIN_SCALE, ExportOptions.MAX_SCALE);
            }
        }
        DatePolicy date = d.date();
        if (in.has(node, "date")) {
            try {
                date = DatePolicy.parse(in.text(node, "/export", "date"));
            } catch (IllegalArgumentException e) {
                throw in.error("/export/date", e.getMessage(), e);
            }
        }
        try {
            return new ExportOptions(format, page, scale, Optional.ofNullable(in.optionalText(node, "/export", "marking")),
                    Optional.ofNullable(in.optionalText(node, "/export", "subtitle")),
                    Optional.ofNullable(in.optionalText(node, "/export", "author")),
                    in.bool(node, "/export", "sources_footer", d.sourcesFooter()), date);
        } catch (IllegalArgumentException e) {
            throw in.error("/export", e.getMessage(), e);
        }
    }

    /** A preset by its name (its size must match), or a custom page in points. */
    private Page page(JsonNode node) throws ProjectException {
        String ptr = "/export/page";
        in.onlyKeys(node, ptr, "name", "width", "height");
        String name = in.has(node, "name") ? in.text(node, ptr, "name").strip() : Page.CUSTOM;
        double width = in.number(node, ptr, "width", Page.MIN_SIDE, Page.MAX_SIDE);
        double height = in.number(node, ptr, "height", Page.MIN_SIDE, Page.MAX_SIDE);
        if (name.equals(Page.CUSTOM)) return page(width, height, ptr);
        Page preset = Page.preset(name).orElseThrow(() -> in.error(StrictJson.child(ptr, "name"),
                "unknown page '" + name + "' (known: custom, " + Page.PRESETS.stream().map(Page::name)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")"));
        if (Math.abs(preset.width() - width) > 0.01 || Math.abs(preset.height() - height) > 0.01) {
            throw in.error(ptr, "the page '" + name + "' is " + StrictJson.plain(preset.width()) + " × "
                    + StrictJson.plain(preset.height()) + " pt, not " + StrictJson.plain(width) + " × " + StrictJson.plain(height));
        }
        return preset;
    }

    private Page page(double width, double height, String ptr) throws ProjectException {
        try {
            return Page.custom(width, height);
        } catch (IllegalArgumentException e) {
            throw in.error(ptr, e.getMessage(), e);
        }
    }
}
