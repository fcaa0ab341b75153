package org.redmap.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.export.ExportFormat;
import org.redmap.export.MapExporter;
import org.redmap.render.MapRenderer;

/**
 * Exports a project's briefing to PNG, SVG or PDF and writes its sidecar beside it: the one export
 * path of the window (File → Export…) and of {@code redmap export --project}.
 */
public final class ProjectExporter {

    private final MapExporter exporter;
    private final Clock clock;
    private final String appVersion;

    /**
     * @param clock      dates "export-day", the PDF's creation date and the sidecar's time; a fixed
     *                   clock makes every byte reproducible
     * @param appVersion recorded in the sidecar
     */
    public ProjectExporter(MapRenderer renderer, Clock clock, String appVersion) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.exporter = new MapExporter(renderer, clock);
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
    }

    /** What was written. */
    public record Result(Path image, Path sidecarFile, ExportFormat format, PreparedExport export,
                         List<DataFileUse> dataFiles, long renderMillis) {
    }

    /**
     * Writes the image (format from {@code out}'s extension), then its sidecar; both atomically.
     *
     * @param projectFile the project's file, recorded in the sidecar; null for an unsaved project
     * @throws IllegalArgumentException if {@code out} is not .png, .svg or .pdf (nothing is written)
     */
    public Result export(ProjectSession session, ExportOptions options, ProjectHash hash, Path projectFile, Path out)
            throws IOException {
        ExportFormat format = ExportFormat.fromPath(out);
        PreparedExport prepared = session.prepare(options.withFormat(format), hash, clock);
        long start = System.nanoTime();
        exporter.export(prepared.request(), out, format);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Sidecar sidecar;
        try {
            sidecar = new Sidecar(out, format, Hashes.sha256(out), Files.size(out), prepared,
                    Optional.ofNullable(projectFile), session.project(), session.dataFiles(), appVersion, clock.instant());
        } catch (ProjectProblem e) {
            throw new IOException(e.getMessage(), e);
        }
        return new Result(out, sidecar.write(), format, prepared, sidecar.dataFiles(), ms);
    }
}
