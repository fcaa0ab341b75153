package org.redmap.export;

import org.redmap.render.PreparedExport;

import org.redmap.project.DataFileUse;
import org.redmap.project.DatePolicy;
import org.redmap.project.ExportOptions;
import org.redmap.project.JsonLayout;
import org.redmap.project.Project;
import org.redmap.project.ProjectWriter;
import org.redmap.project.ReleasePaths;
import org.redmap.project.VendorOverride;

import org.redmap.project.ExportFormat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redmap.model.Layer;
import org.redmap.render.Overlay;
import org.redmap.render.RenderRequest;

/**
 * The reproducibility sidecar of an export: {@code FILE.png.json} beside {@code FILE.png}. It
 * records what the image was made from and how, so a reader can check it (every SHA-256) and remake
 * it ({@code redmap export --project} with the project file whose hash it names).
 *
 * <p>Named after the whole image file name, {@code briefing.png.json} rather than
 * {@code briefing.json}, so the PNG, SVG and PDF of one briefing, exported side by side, each keep
 * their own sidecar.
 *
 * <p>It travels with the briefing, so by default it names files as the project does, relative to
 * the project file's folder (a file outside that folder by its name alone): no user name, case
 * folder or host. {@code localPaths} adds each file's absolute path, for the analyst's own records.
 *
 * @param image       the exported file
 * @param imageSha256 of the file's bytes as written
 * @param projectFile the project file, or empty for an unsaved project
 * @param dataFiles   every data file the image is made from, with its hash
 * @param exportedAt  when, UTC
 * @param localPaths  whether absolute paths on this computer are recorded too
 */
public record Sidecar(Path image, ExportFormat format, String imageSha256, long imageBytes, PreparedExport export,
                      Optional<Path> projectFile, Project project, List<DataFileUse> dataFiles, String appVersion,
                      Instant exportedAt, boolean localPaths) {

    public static final String FORMAT = "redmap-export-sidecar";
    /** 2: paths relative to the project's folder, absolute ones only under {@code local_path}. */
    public static final int VERSION = 3;

    public Sidecar {
        dataFiles = List.copyOf(dataFiles);
    }

    /** The sidecar's file content. */
    public byte[] bytes() {
        return JsonLayout.write(tree()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What an export and its sidecar tell whoever receives them, as one line for the export dialog:
     * "Carries: title, marking, short id, project file name, 7 data file names and hashes; no local paths".
     *
     * @param projectFile whether the project is saved (its file name is recorded) or not (only its hash)
     */
    public static String carries(ExportOptions options, boolean projectFile, int dataFiles, boolean localPaths) {
        List<String> parts = new ArrayList<>(List.of("title"));
        if (options.marking().isPresent()) parts.add("marking");
        if (options.author().filter(a -> !a.isBlank()).isPresent()) parts.add("author");
        if (options.date().kind() != DatePolicy.Kind.NONE) parts.add("date");
        parts.add("short id");
        parts.add(projectFile ? "project file name" : "unsaved project's hash");
        parts.add(dataFiles + (dataFiles == 1 ? " data file name and hash" : " data file names and hashes"));
        return "Carries: " + String.join(", ", parts) + "; "
                + (localPaths ? "local paths of the project and its data files" : "no local paths");
    }

    /** Where the sidecar of {@code image} goes: the same folder, the image's file name plus {@code .json}. */
    public static Path pathFor(Path image) {
        Path absolute = image.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".json");
    }

    ObjectNode tree() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        RenderRequest request = export.request();
        ExportOptions options = export.options();
        ObjectNode root = nodes.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("short_id", export.shortId());
        root.put("exported_at", exportedAt.toString());
        root.put("local_paths", localPaths);
        ObjectNode app = root.putObject("app");
        app.put("name", "redmap");
        app.put("version", appVersion);

        ObjectNode img = root.putObject("image");
        img.put("file", image.getFileName().toString());
        img.put("format", format.extension());
        img.put("sha256", imageSha256);
        img.put("bytes", imageBytes);
        ObjectNode page = img.putObject("page");
        page.put("name", options.page().name());
        page.put("width", options.page().width());
        page.put("height", options.page().height());
        if (!format.isVector()) {
            img.put("pixel_width", request.pixelWidth());
            img.put("pixel_height", request.pixelHeight());
            img.put("pixel_scale", options.pixelScale());
            img.put("dpi", options.dpi());
        }

        ObjectNode proj = root.putObject("project");
        Optional<Path> folder = projectFile.map(f -> f.toAbsolutePath().normalize().getParent());
        projectFile.ifPresent(f -> {
            proj.put("file", ReleasePaths.name(f, folder));
            if (localPaths) proj.put("local_path", ReleasePaths.local(f));
        });
        proj.put("sha256", export.projectHash().sha256());
        proj.put("hash_of", export.projectHash().saved() ? "the project file's bytes"
                : "the unsaved project, as its file would be written");
        proj.put("version", project.version());

        root.put("title", export.title());
        if (options.marking().isPresent()) root.put("marking", options.marking().get());
        else root.putNull("marking");
        ObjectNode settings = ProjectWriter.export(options);
        settings.put("format", format.extension());
        if (export.date().isPresent()) settings.put("date_printed", export.date().get());
        root.set("export", settings);

        ObjectNode layers = root.putObject("layers");
        ArrayNode base = layers.putArray("base");
        for (Layer l : Layer.values()) if (request.shows(l)) base.add(l.id());
        ArrayNode overlays = layers.putArray("overlays");
        for (Overlay o : request.overlays()) {
            ObjectNode n = overlays.addObject();
            n.put("id", o.id());
            n.put("title", o.title());
            n.put("opacity", o.opacity());
            n.put("modelled", o.modelled());
            n.put("provenance", o.provenance());
        }

        ObjectNode model = root.putObject("model");
        ObjectNode weights = model.putObject("risk_weights_changed");
        for (Map.Entry<String, Double> w : project.model().riskWeights().entrySet()) weights.put(w.getKey(), w.getValue());
        ArrayNode bands = model.putArray("band_distances_km");
        project.model().bandDistancesKm().forEach(bands::add);

        ArrayNode overrides = root.putArray("overrides");
        for (VendorOverride o : project.overrides()) {
            ObjectNode n = overrides.addObject();
            n.put("region", o.regionId());
            n.put("vendor", o.vendorId());
            n.put("note", o.note());
        }
        root.put("annotations", project.annotations().size());

        ArrayNode data = root.putArray("data");
        for (DataFileUse f : dataFiles) {
            ObjectNode n = data.addObject();
            n.put("name", f.name());
            n.put("role", f.role());
            f.path().ifPresent(p -> {
                n.put("path", ReleasePaths.name(Path.of(p), folder));
                if (localPaths) n.put("local_path", ReleasePaths.local(Path.of(p)));
            });
            n.put("sha256", f.sha256());
        }
        return root;
    }
}
