package org.redmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.stage.Stage;
import org.redmap.analysis.MapAnalysis;
import org.redmap.project.MapLoader;

/**
 * The desktop window. Started by {@code org.redmap.app.Launcher} when no subcommand is given. The
 * window shows at once and the data loads behind a "Loading…" state; the analysis (coverage, risk,
 * border bands) is computed after it, in the background.
 */
public final class RedmapApp extends Application {

    private final Callable<MapLoader> data;
    private final FileDialogs dialogs;
    private final AnalysisRunner.Source analysis;
    private final Path home;
    /** Null: the desktop's, through the application's host services. */
    private final FolderOpener folders;
    private MainWindow window;

    /**
     * The app on the bundled data and models, with the platform's file dialogs, remembering in
     * {@code -Dredmap.home} or {@code ~/.redmap}. A first argument names a project to open.
     */
    public RedmapApp() {
        this(MapLoader::bundled, new FxFileDialogs(), MapAnalysis::bundled, RedmapHome.folder(), null);
    }

    /** For tests: other data (or a cached loader and analysis) and scripted file dialogs, in a fresh folder of its own. */
    RedmapApp(Callable<MapLoader> data, FileDialogs dialogs, AnalysisRunner.Source analysis) {
        this(data, dialogs, analysis, freshHome());
    }

    /** For tests: as above, remembering recent projects and unsaved work in {@code home}. */
    RedmapApp(Callable<MapLoader> data, FileDialogs dialogs, AnalysisRunner.Source analysis, Path home) {
        this(data, dialogs, analysis, home, null);
    }

    /** For tests: as above, showing folders with {@code folders} instead of the desktop's file manager. */
    RedmapApp(Callable<MapLoader> data, FileDialogs dialogs, AnalysisRunner.Source analysis, Path home, FolderOpener folders) {
        this.data = data;
        this.dialogs = dialogs;
        this.analysis = analysis;
        this.home = home;
        this.folders = folders;
    }

    private static Path freshHome() {
        try {
            return Files.createTempDirectory("redmap-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start(Stage stage) {
        // HostServices, not java.awt.Desktop: no AWT in the window, and it knows each desktop's way of opening a folder.
        FolderOpener opener = folders != null ? folders : folder -> getHostServices().showDocument(folder.toUri().toString());
        window = new MainWindow(stage, dialogs, analysis, home, opener);
        Parameters parameters = getParameters();
        List<String> args = parameters == null ? List.of() : parameters.getRaw();
        // Reading starts before the first layout and paint, so the two overlap.
        window.load(data, args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0))));
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) window.close();
    }

    MainWindow window() {
        return window;
    }
}
