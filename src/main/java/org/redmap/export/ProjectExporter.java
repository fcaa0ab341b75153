package org.redmap.export;

import org.redmap.render.PreparedExport;

import org.redmap.project.DataFileUse;
import org.redmap.project.ExportOptions;
import org.redmap.project.ProjectHash;
import org.redmap.project.ProjectProblem;
import org.redmap.project.ProjectSession;

import org.redmap.io.AtomicFiles;
import org.redmap.project.ExportFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.render.Composer;
import org.redmap.render.MapRenderer;

/**
 * Exports a project's briefing to PNG, SVG or PDF and writes its sidecar beside it: the one export
 * path of the window (File → Export…) and of {@code redmap export --project}. The pair is published
 * sidecar first, so a reader never finds the new image beside the old sidecar ({@link PairedFiles}),
 * and {@link SidecarCheck} tells whether an image and its sidecar belong together.
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

    /** As {@link #export(ProjectSession, ExportOptions, ProjectHash, Path, Path, boolean)}, release-safe: no local paths. */
    public Result export(ProjectSession session, ExportOptions options, ProjectHash hash, Path projectFile, Path out)
            throws IOException {
        return export(session, options, hash, projectFile, out, false);
    }

    /**
     * Writes the image (format from {@code out}'s extension) and its sidecar as one commit
     * ({@link PairedFiles}): when either cannot be written, the old image and sidecar stay as they were.
     *
     * @param projectFile the project's file, recorded in the sidecar; null for an unsaved project
     * @param localPaths  record absolute paths on this computer in the sidecar too
     * @throws IllegalArgumentException if {@code out} is not .png, .svg or .pdf (nothing is written)
     */
    public Result export(ProjectSession session, ExportOptions options, ProjectHash hash, Path projectFile, Path out,
                         boolean localPaths) throws IOException {
        ExportFormat format = ExportFormat.fromPath(out);
        Path sidecarFile = Sidecar.pathFor(out);
        PairedFiles.check(out, sidecarFile);
        PreparedExport prepared = new Composer().export(session, options.withFormat(format), hash, clock);
        List<DataFileUse> dataFiles;
        try {
            dataFiles = session.dataFiles();
        } catch (ProjectProblem e) {
            throw new IOException(e.getMessage(), e);
        }
        long start = System.nanoTime();
        AtomicFiles.Writer image = exporter.render(prepared.request(), format);
        Instant now = clock.instant();
        PairedFiles.write(out, image, sidecarFile, (sha256, bytes) -> new Sidecar(out, format, sha256, bytes, prepared,
                Optional.ofNullable(projectFile), session.project(), dataFiles, appVersion, now, localPaths).bytes());
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Result(out, sidecarFile, format, prepared, dataFiles, ms);
    }
}
