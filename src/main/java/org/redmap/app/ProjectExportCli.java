package org.redmap.app;

import org.redmap.project.Release;
import org.redmap.project.MapLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.redmap.project.DataFolders;
import org.redmap.project.ExportOptions;
import org.redmap.project.MapSource;
import org.redmap.project.OpenedProject;
import org.redmap.project.Project;
import org.redmap.export.ProjectExporter;
import org.redmap.project.ProjectFile;
import org.redmap.project.ProjectProblem;
import org.redmap.project.ProjectSession;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code redmap export --project FILE.redmap.json --out FILE.png}: reproduces a project's briefing
 * export through the same {@link ProjectSession} and {@link ProjectExporter} as the window, with
 * the command line's overrides, and writes the sidecar. Kept apart from {@link ExportCommand}, which
 * only declares the options and hands over.
 */
final class ProjectExportCli {

    /** What may accompany --project: the rest (--regions, --layers, ...) is the project's to say. */
    static final Set<String> WITH_PROJECT = Set.of("--project", "--out", "--title", "--marking", "--width", "--height",
            "--scale", "--dpi", "--page", "--include-local-paths", "--help", "--version", "--allow-data-dir", "--strict");

    private final ExportCommand command;

    ProjectExportCli(ExportCommand command) {
        this.command = command;
    }

    int run() throws IOException {
        ParseResult parsed = command.spec.commandLine().getParseResult();
        checkOptions(parsed);

        MapLoader loader = MapLoader.bundled();
        OpenedProject opened = ProjectFile.open(command.project, new MapSource(loader.defaultDocument(), loader::openRegions),
                new DataFolders(command.allowDataDirs));
        if (command.strict && opened.session().data().coverage().isPresent()) {
            Maps.report(opened.session().data().coverage().get(), command.spec.commandLine().getErr(), true);
        }
        Project project = opened.project();
        if (command.title != null) project = project.withTitle(command.title);
        ProjectSession session;
        try {
            session = opened.session().with(project);
        } catch (ProjectProblem e) {
            throw new IOException(command.project + ": " + e.getMessage(), e);
        }
        ExportOptions options = options(project.export(), parsed);

        ProjectExporter.Result result = new ProjectExporter(new MapRenderer(), Clock.systemUTC(), Release.VERSION)
                .export(session, options, opened.hash(), opened.file(), command.out, command.includeLocalPaths);
        report(result, session);
        return Launcher.OK;
    }

    private void checkOptions(ParseResult parsed) {
        List<String> others = new ArrayList<>();
        for (OptionSpec o : parsed.matchedOptions()) {
            if (!WITH_PROJECT.contains(o.longestName())) others.add(o.longestName());
        }
        if (!others.isEmpty()) {
            usage(String.join(", ", others) + (others.size() == 1 ? " does" : " do") + " not go with --project: the project"
                    + " names its own data and layers. Change them in the project, or export without --project");
        }
        if (command.title != null && command.title.isBlank()) usage("--title must not be blank");
    }

    /** The project's last export settings, with what the command line gives instead. */
    private ExportOptions options(ExportOptions saved, ParseResult parsed) {
        ExportOptions o = saved;
        try {
            o = command.pageOptions().apply(o, true);
            if (command.marking != null) o = o.withMarking(command.marking);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
        return o;
    }

    private void report(ProjectExporter.Result r, ProjectSession session) {
        PrintWriter err = command.spec.commandLine().getErr();
        session.data().coverage().filter(j -> !j.isClean()).ifPresent(j -> err.print(j.summary()));
        // As the window's import report: every polygon feature skipped or repaired, never dropped without a word.
        session.data().polygons().filter(p -> !p.isClean()).ifPresent(p -> err.print(p.summary()));
        ExportOptions o = r.export().options();
        RenderRequest request = r.export().request();
        String size = ExportCommand.describe(o, r.format());
        String overlays = request.overlays().isEmpty() ? "" : ", overlays: " + request.overlays().stream()
                .map(ov -> ov.id() + (ov.modelled() ? " (modelled)" : "")).collect(Collectors.joining(", "));
        err.printf(Locale.ROOT, "wrote %s: %s, project %s, id %s%s%s, rendered and written in %d ms%n",
                r.image().toAbsolutePath().normalize(), size, command.project.getFileName(), r.export().shortId(),
                o.marking().map(m -> ", marking " + m).orElse(""), overlays, r.renderMillis());
        err.printf(Locale.ROOT, "wrote %s: the sidecar (SHA-256 of the image, the project and %d data files; %s)%n",
                r.sidecarFile(), r.dataFiles().size(), command.includeLocalPaths ? "with local paths"
                        : "paths relative to the project, no local paths");
        err.flush();
    }

    private void usage(String message) {
        throw new ParameterException(command.spec.commandLine(), message);
    }
}
