package org.redmap.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.redmap.project.ExportOptions;
import org.redmap.project.Project;
import org.redmap.export.ProjectExporter;
import org.redmap.project.ProjectHash;
import org.redmap.project.ProjectProblem;
import org.redmap.project.ProjectSession;
import org.redmap.export.Sidecar;
import org.redmap.render.Composer;
import org.redmap.render.RenderRequest;

/**
 * The briefing dialog's picture and file, made the way {@code redmap export --project} makes them:
 * the window's project with the dialog's title and settings, through {@link Composer#export}
 * and {@link ProjectExporter}. So the file carries the short id and gets its sidecar, and a saved
 * project exported from the command line gives the same bytes.
 */
final class ProjectExportSource implements BriefingExportDialog.Source {

    private final ProjectSession base;
    /** The window's project as it is now: the page the dialog shows follows the edits made on it. */
    private final Supplier<Project> project;
    private final Optional<Path> file;
    private final Function<Project, ProjectHash> hashes;
    private final ProjectExporter exporter;
    private final Clock clock;
    /** The session of the title last previewed, so the preview reuses its map while only settings change. */
    private ProjectSession titled;
    /** Keeps the preview's overlays while only the settings change. */
    private final Composer composer = new Composer();

    /**
     * @param base    a session of the window's project (its data loaded)
     * @param project the window's project as it is at each call
     * @param file    where it is saved, if it is
     * @param hashes  the hash an export of a project records ({@link ProjectTracker#hashFor})
     */
    ProjectExportSource(ProjectSession base, Supplier<Project> project, Optional<Path> file, Function<Project, ProjectHash> hashes,
                        ProjectExporter exporter, Clock clock) {
        this.base = base;
        this.project = project;
        this.file = file;
        this.hashes = hashes;
        this.exporter = exporter;
        this.clock = clock;
    }

    /** The project an export with these settings records: the dialog's title, the settings as the last export. */
    Project project(BriefingSettings settings) {
        return project(settings, project.get());
    }

    private static Project project(BriefingSettings settings, Project now) {
        String title = settings.title().isBlank() ? now.title() : settings.title();
        return now.withTitle(title).withExport(settings.toExportOptions());
    }

    @Override
    public RenderRequest request(BriefingSettings settings) {
        Project now = project.get();
        Project p = project(settings, now);
        ProjectSession s = session(p.withExport(now.export()));
        return composer.export(s, p.export(), hashes.apply(p), clock).request();
    }

    @Override
    public void export(BriefingSettings settings, Path target) throws IOException {
        Project p = project(settings);
        ProjectSession s;
        try {
            s = base.with(p);
        } catch (ProjectProblem e) {
            throw new IOException(e.getMessage(), e);
        }
        ExportOptions options = p.export();
        exporter.export(s, options, hashes.apply(p), file.orElse(null), target, settings.localPaths());
    }

    @Override
    public String carries(BriefingSettings settings) {
        Project now = project.get();
        Project p = project(settings, now);
        return Sidecar.carries(p.export(), file.isPresent(), session(p.withExport(now.export())).dataFileCount(),
                settings.localPaths());
    }

    private ProjectSession session(Project p) {
        if (titled != null && titled.project().equals(p)) return titled;
        try {
            titled = base.with(p);
        } catch (ProjectProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return titled;
    }
}
