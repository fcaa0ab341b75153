package org.redmap.ui;

import org.redmap.project.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.redmap.project.MapLoader;
import org.redmap.geo.Viewport;
import org.redmap.project.AllowedDataFolders;
import org.redmap.project.DataFolders;
import org.redmap.project.DataOutsideProjectException;
import org.redmap.project.MapSource;
import org.redmap.project.Project;
import org.redmap.export.ProjectExporter;
import org.redmap.project.ProjectFile;
import org.redmap.project.ProjectHash;
import org.redmap.project.ProjectSession;
import org.redmap.render.MapRenderer;

/**
 * File → New, Open project, Open Recent, Save, Save As, and the "save your changes?" question
 * (unsaved work of earlier sessions is {@link RecoveryActions}'). Reading, writing and preparing
 * run in the background; a project is put on screen only once it has been opened whole, so a bad
 * file changes nothing.
 */
final class ProjectActions {

    /** Writes a project file; {@link ProjectFile#save} in the app, a failing one in a test. */
    @FunctionalInterface
    interface Saver {
        ProjectHash save(Project project, Path file) throws IOException;
    }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final Window owner;
    private final MapState state;
    private final AnalysisRunner analysis;
    private final ProjectTracker tracker;
    private final Autosaver autosaver;
    private final RecentProjects recent;
    private final FileDialogs dialogs;
    private final BackgroundTasks background;
    private final Supplier<MapSource> source;
    private final Consumer<String> message;
    private final Runnable finishEditing;
    private final ProjectExporter exporter;
    private final Clock clock;
    private final Menu recentMenu = new Menu("Open Recent");
    private Saver saver = ProjectFile::save;
    private AllowedDataFolders allowedFolders;
    /** The session of the project last opened or exported, reused while its data files stay the same. */
    private ProjectSession session;
    private Alert question;

    ProjectActions(Window owner, MapState state, AnalysisRunner analysis, ProjectTracker tracker, Autosaver autosaver,
                   RecentProjects recent, FileDialogs dialogs, BackgroundTasks background,
                   Supplier<MapSource> source, Consumer<String> message, Runnable finishEditing, MapRenderer renderer,
                   Clock clock) {
        this.owner = owner;
        this.state = state;
        this.analysis = analysis;
        this.tracker = tracker;
        this.autosaver = autosaver;
        this.recent = recent;
        this.dialogs = dialogs;
        this.background = background;
        this.source = source;
        this.message = message;
        this.finishEditing = finishEditing;
        this.clock = clock;
        this.exporter = new ProjectExporter(renderer, clock, Release.VERSION);
        recentMenu.setId("menuRecent");
        fillRecent();
    }

    /** Where the data folders allowed in answer to {@link DataFolderPrompt} are remembered. */
    void rememberAllowedFolders(AllowedDataFolders folders) {
        allowedFolders = folders;
    }

    /** For tests: another way of writing files (one that fails halfway, say). */
    void setSaver(Saver s) {
        saver = s;
    }

    Menu recentMenu() {
        return recentMenu;
    }

    /** The question on screen (save changes?), for tests; null when none was asked. */
    Alert question() {
        return question;
    }

    // --- start-up --------------------------------------------------------------------------

    /** The map is loaded: the window is an untitled project ({@link RecoveryActions} then offers back earlier work). */
    void started() {
        tracker.startedUntitled();
    }

    // --- new, open -------------------------------------------------------------------------

    /** File → New project: the bundled map, nothing changed, after asking about unsaved changes. */
    void newProject() {
        MapSource src = source.get();
        if (src == null) {
            message.accept("Wait for the map to load");
            return;
        }
        confirmUnsaved(false, () -> {
            Project fresh = Project.initial(MapLoader.DEFAULT_TITLE);
            background.run(() -> ProjectSession.load(fresh, src, null), s -> {
                apply(fresh, s, Optional.empty(), fresh, null);
                message.accept("New project");
            }, e -> Alerts.error(owner, "Could not start a new project", e));
        });
    }

    /** File → Open project…: asks for a file, then about unsaved changes, then opens it. */
    void openProject() {
        if (source.get() == null) {
            message.accept("Wait for the map to load before opening a project");
            return;
        }
        dialogs.chooseProjectFile(owner).ifPresent(file -> confirmUnsaved(false, () -> open(file)));
    }

    void openRecent(Path file) {
        confirmUnsaved(false, () -> open(file));
    }

    /**
     * Opens a project in the background and shows it only if every part of it is good; otherwise
     * an alert with the message, and the window keeps what it showed.
     */
    void open(Path file) {
        MapSource src = source.get();
        if (src == null) {
            message.accept("Wait for the map to load before opening a project");
            return;
        }
        message.accept("Opening " + file.getFileName() + "…");
        background.run(() -> ProjectFile.open(file, src, allowedFolders == null ? DataFolders.PROJECT_ONLY : allowedFolders.load()), opened -> {
            apply(opened.project(), opened.session(), Optional.of(opened.file()), opened.project(), opened.hash());
            remember(opened.file());
            message.accept("Opened " + opened.file());
        }, e -> {
            if (e instanceof DataOutsideProjectException outside && allowedFolders != null) {
                message.accept("Opening " + file.getFileName() + " needs your permission");
                question = DataFolderPrompt.ask(owner, file, outside, () -> background.run(() -> {
                    allowedFolders.allow(outside.folders());
                    return file;
                }, this::open, failed -> Alerts.error(owner, "Could not remember the allowed folder", failed)));
                return;
            }
            boolean gone = !Files.exists(file);
            if (gone && recent.list().contains(file.toAbsolutePath().normalize())) {
                recent.remove(file);
                saveRecent();
            }
            message.accept("Could not open " + file.getFileName());
            Alerts.error(owner, "Could not open " + file.getFileName()
                    + (gone ? " (it is no longer there, so it was removed from Open Recent)" : ""), e);
        });
    }

    /** Puts an opened (or restored) project on screen: map, layers, view, overrides, annotations, model, export settings. */
    void apply(Project p, ProjectSession s, Optional<Path> file, Project baseline, ProjectHash hash) {
        finishEditing.run();
        state.clearSelection();
        // Before the layers: with the old polygons still there, setLayers would keep their row for a project without them.
        state.replacePolygons(s.polygons().orElse(null));
        state.setLayers(p.layers());
        state.setLayout(p.layout());
        state.show(s.map(), s.data().document());
        p.view().ifPresent(state::showView);
        analysis.restore(WindowProject.settings(p, s.data().coverage()));
        session = s;
        tracker.applied(p, file, baseline, hash);
    }

    // --- save ------------------------------------------------------------------------------

    void save() {
        save(() -> { });
    }

    /** File → Save: to the project's file, or asks where first; {@code then} runs once it is written. */
    void save(Runnable then) {
        Optional<Path> file = tracker.file();
        if (file.isPresent()) write(file.get(), then);
        else saveAs(then);
    }

    void saveAs() {
        saveAs(() -> { });
    }

    void saveAs(Runnable then) {
        dialogs.chooseProjectTarget(owner, suggestedName()).map(ProjectActions::withExtension).ifPresent(t -> write(t, then));
    }

    private void write(Path target, Runnable then) {
        finishEditing.run();
        Project p = tracker.snapshot();
        if (p == null) {
            message.accept("Wait for the map to load before saving");
            return;
        }
        Viewport shown = state.viewport();
        message.accept("Saving " + target.getFileName() + "…");
        Saver s = saver;
        background.run(() -> s.save(p, target), hash -> {
            tracker.saved(p, shown, target, hash);
            autosaver.discard();
            tracker.check();
            remember(target);
            message.accept("Saved " + target.toAbsolutePath().normalize());
            then.run();
        }, e -> {
            message.accept("Save failed: " + target.getFileName() + " was not changed");
            Alerts.error(owner, "Could not save " + target.getFileName(), e);
        });
    }

    private String suggestedName() {
        if (tracker.file().isPresent()) return tracker.file().get().getFileName().toString();
        String title = state.map() == null ? "" : state.map().document().title();
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-+$", "");
        return (slug.isEmpty() ? "untitled" : slug) + ProjectFile.EXTENSION;
    }

    /** "briefing" becomes "briefing.redmap.json"; a name that already ends in .json is the analyst's choice. */
    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? p : p.resolveSibling(name + ProjectFile.EXTENSION);
    }

    // --- unsaved changes -------------------------------------------------------------------

    /** The window is asked to close: with unsaved changes, asks first; {@code close} closes it. */
    void closeRequested(Runnable close) {
        confirmUnsaved(true, close);
    }

    /**
     * Runs {@code then} now if nothing is unsaved; otherwise asks Save / Don't Save / Cancel, and
     * runs it after a successful save or on Don't Save. Cancel, or a failed save, keeps everything.
     */
    void confirmUnsaved(boolean closing, Runnable then) {
        finishEditing.run();
        tracker.check();
        if (!tracker.modified()) {
            then.run();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("redmap");
        alert.getDialogPane().setId("unsavedDialog");
        alert.setHeaderText("Save the changes to " + tracker.name() + "?");
        alert.setContentText("If you don't save, your changes since the last save are lost.");
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == SAVE) {
                save(then);
            } else if (answer == DONT_SAVE) {
                if (closing) autosaver.discardOnClose();
                else autosaver.discard();
                then.run();
            }
        });
        question = alert;
        alert.show();
    }

    // --- export ----------------------------------------------------------------------------

    /**
     * Prepares the briefing export of the window's project (its data loaded once, then reused) in
     * the background and hands the dialog its source.
     */
    void prepareExport(Consumer<ProjectExportSource> ready) {
        finishEditing.run();
        MapSource src = source.get();
        Project p = tracker.snapshot();
        if (src == null || p == null) {
            message.accept("Wait for the map to load before exporting");
            return;
        }
        ProjectSession base = session;
        Path folder = tracker.file().map(Path::getParent).orElse(null);
        Optional<Path> file = tracker.file();
        var hashes = tracker.hashes();
        message.accept("Preparing the export…");
        background.run(() -> base == null ? ProjectSession.load(p, src, folder) : base.with(p), s -> {
            session = s;
            message.accept("");
            // The project as it is at each call: edits made on the dialog's page show in it and go into the file.
            ready.accept(new ProjectExportSource(s, () -> {
                Project now = tracker.snapshot();
                return now == null ? p : now;
            }, file, hashes, exporter, clock));
        }, e -> {
            message.accept("The export could not be prepared");
            Alerts.error(owner, "Could not prepare the export", e);
        });
    }

    // --- recent ----------------------------------------------------------------------------

    private void remember(Path file) {
        recent.add(file);
        saveRecent();
    }

    private void saveRecent() {
        fillRecent();
        background.run(() -> {
            recent.save();
            return null;
        }, ok -> { }, e -> message.accept("Could not update the list of recent projects: " + e.getMessage()));
    }

    void clearRecent() {
        recent.clear();
        saveRecent();
    }

    /** Rebuilds File → Open Recent from the list. */
    void fillRecent() {
        List<Path> paths = recent.list();
        recentMenu.getItems().clear();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setId("recentNone");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            MenuItem item = new MenuItem((i < 9 ? "_" + (i + 1) + "  " : "") + p.getFileName() + "   " + shortFolder(p));
            item.setId("recent" + i);
            item.setUserData(p);
            item.setOnAction(e -> openRecent(p));
            recentMenu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear recent");
        clear.setId("menuClearRecent");
        clear.setDisable(paths.isEmpty());
        clear.setOnAction(e -> clearRecent());
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static String shortFolder(Path p) {
        Path parent = p.getParent();
        if (parent == null) return "";
        String home = System.getProperty("user.home");
        String s = parent.toString();
        return home != null && s.startsWith(home) ? "~" + s.substring(home.length()) : s;
    }
}
