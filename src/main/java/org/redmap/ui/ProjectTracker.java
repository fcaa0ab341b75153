package org.redmap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.redmap.geo.Viewport;
import org.redmap.project.CoveragePolygonsFile;
import org.redmap.project.DataFiles;
import org.redmap.project.ExportOptions;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;
import org.redmap.project.ProjectHash;

/**
 * Which project the window shows and whether it has changed since it was opened or saved.
 * "Modified" is never a flag set by actions: after any change of the map, layers, view or analysis
 * the window's state is taken as a {@link Project} ({@link WindowProject}) and compared with the
 * project last opened or saved, so undoing back to it makes the window clean again. Also the data
 * files in use and the last export's settings, which the window's widgets do not hold.
 * Use on the UI thread only.
 */
final class ProjectTracker {

    static final String UNTITLED = "Untitled";

    private final MapState state;
    private final AnalysisRunner analysis;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", MainWindow.APP_NAME);
    private final List<Consumer<Boolean>> onCheck = new ArrayList<>();
    private Path file;
    private Project baseline;
    private ProjectHash savedHash;
    private WindowProject.ViewAnchor anchor;
    private DataFiles data = DataFiles.BUNDLED;
    /** The export settings the project keeps: its page is the page view's. */
    private final ObjectProperty<ExportOptions> lastExport = new SimpleObjectProperty<>(this, "lastExport", ExportOptions.DEFAULTS);
    private boolean started;
    private boolean pending;

    /** @param ui runs a task later on the UI thread: {@code Platform::runLater} in the app */
    ProjectTracker(MapState state, AnalysisRunner analysis, Executor ui) {
        this.state = state;
        this.analysis = analysis;
        this.ui = ui;
        InvalidationListener changed = o -> changed();
        state.mapProperty().addListener(changed);
        state.layersProperty().addListener(changed);
        state.viewportProperty().addListener(changed);
        state.analysisProperty().addListener(changed);
        state.polygonsProperty().addListener(changed);
        state.layoutProperty().addListener(changed);
    }

    ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    boolean modified() {
        return modified.get();
    }

    /** "• briefing — redmap": the project's name, marked while it has unsaved changes. */
    ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** Told the outcome of each check: true when there are unsaved changes (the autosave listens). */
    void onCheck(Consumer<Boolean> listener) {
        onCheck.add(listener);
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** "briefing" for briefing.redmap.json; "Untitled" before the first save. */
    String name() {
        if (file == null) return UNTITLED;
        String n = file.getFileName().toString();
        return n.endsWith(ProjectFile.EXTENSION) ? n.substring(0, n.length() - ProjectFile.EXTENSION.length()) : n;
    }

    ExportOptions lastExport() {
        return lastExport.get();
    }

    ReadOnlyObjectProperty<ExportOptions> lastExportProperty() {
        return lastExport;
    }

    /** The analyst chose another page in the page view: the project's next export is on it. */
    void setPage(org.redmap.project.Page page) {
        editExport(o -> o.withPage(page));
    }

    /** The export settings changed from the page view (a page, the sources footer taken off). */
    void editExport(java.util.function.UnaryOperator<ExportOptions> change) {
        ExportOptions next = change.apply(lastExport.get());
        if (next.equals(lastExport.get())) return;
        lastExport.set(next);
        changed();
    }

    /** The window's state as a project, or null before a map is shown. */
    Project snapshot() {
        if (state.map() == null) return null;
        Viewport v = state.viewport();
        if (anchor != null && anchor.shown() == null && v != null) {
            // The project was applied before the map had a size: its first viewport is the one it was shown with.
            anchor = new WindowProject.ViewAnchor(anchor.stored(), v);
        }
        AnalysisSettings settings = analysis.settings();
        DataFiles inUse = settings.coverage().isPresent() ? data : data.withCoverage(null);
        // The polygons file is the project's only while its layer is on the map.
        if (state.polygons() == null) inUse = inUse.withPolygons(null);
        return WindowProject.of(state.map().document(), state.rules(), inUse, state.mapLayers(),
                WindowProject.view(v, anchor), settings, analysis.modelWeights(), lastExport.get()).withLayout(state.layout());
    }

    /**
     * The hash an export of {@code p} records: the saved file's when {@code p} is what was saved,
     * else the hash of the file a save would write (see {@link ProjectHash#ofUnsaved}).
     */
    ProjectHash hashFor(Project p) {
        return hashes().apply(p);
    }

    /** {@link #hashFor} as it is now, safe to call from any thread (for an export in the background). */
    Function<Project, ProjectHash> hashes() {
        Path f = file;
        ProjectHash saved = savedHash;
        Project base = baseline;
        Map<String, Double> weights = analysis.modelWeights();
        return p -> f != null && saved != null && WindowProject.same(p, base, weights) ? saved : ProjectHash.ofUnsaved(p, f);
    }

    /** The window started on the bundled map with nothing changed: an untitled, clean project. */
    void startedUntitled() {
        started = true;
        file = null;
        savedHash = null;
        data = DataFiles.BUNDLED;
        lastExport.set(ExportOptions.DEFAULTS);
        anchor = new WindowProject.ViewAnchor(Optional.empty(), state.viewport());
        baseline = snapshot();
        check();
    }

    /**
     * A project was put on screen.
     *
     * @param file     where it is saved, or empty
     * @param baseline what counts as unchanged: the file's project, or null when nothing saved matches
     *                 (a recovered project not saved anywhere)
     * @param hash     of the file's bytes, or null
     */
    void applied(Project project, Optional<Path> file, Project baseline, ProjectHash hash) {
        started = true;
        this.file = file.map(p -> p.toAbsolutePath().normalize()).orElse(null);
        this.baseline = baseline;
        this.savedHash = hash;
        this.data = project.data();
        this.lastExport.set(project.export());
        this.anchor = new WindowProject.ViewAnchor(project.view(), state.viewport());
        check();
    }

    /**
     * {@code saved} was written to {@code file}. The view it recorded counts as unmoved while the
     * window shows {@code shownAt}, the viewport it was taken from.
     */
    void saved(Project saved, Viewport shownAt, Path to, ProjectHash hash) {
        file = to.toAbsolutePath().normalize();
        baseline = saved;
        savedHash = hash;
        anchor = new WindowProject.ViewAnchor(saved.view(), shownAt);
        check();
    }

    void regionsOpened(Path regions) {
        data = data.withRegions(regions);
        changed();
    }

    void coverageImported(Path table) {
        data = data.withCoverage(table);
        changed();
    }

    /** Coverage polygons were imported and are on the map: the project draws them from this file by this property. */
    void polygonsImported(Path file, String property) {
        data = data.withPolygons(new CoveragePolygonsFile(file, property));
        changed();
    }

    /** A briefing was exported: its settings and title become the project's. */
    void exported(ExportOptions options, String title) {
        lastExport.set(Objects.requireNonNull(options, "options"));
        if (title != null && !title.isBlank()) state.retitle(title);
        changed();
    }

    /** Something changed: check once, after whatever else this event changes. */
    void changed() {
        if (pending) return;
        pending = true;
        ui.execute(() -> {
            pending = false;
            check();
        });
    }

    /** Compares the window with the last saved project now. */
    void check() {
        if (!started) return;
        Project now = snapshot();
        boolean changed = now != null && !WindowProject.same(now, baseline, analysis.modelWeights());
        modified.set(changed);
        windowTitle.set((changed ? "• " : "") + name() + " — " + MainWindow.APP_NAME);
        onCheck.forEach(l -> l.accept(changed));
    }
}
