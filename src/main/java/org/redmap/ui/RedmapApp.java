package org.redmap.ui;

import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.stage.Stage;
import org.redmap.analysis.MapAnalysis;
import org.redmap.app.MapLoader;

/**
 * The desktop window. Started by {@code org.redmap.app.Launcher} when no subcommand is given. The
 * window shows at once and the data loads behind a "Loading…" state; the analysis (coverage, risk,
 * border bands) is computed after it, in the background.
 */
public final class RedmapApp extends Application {

    private final Callable<MapLoader> data;
    private final FileDialogs dialogs;
    private final AnalysisRunner.Source analysis;
    private MainWindow window;

    /** The app on the bundled data and models, with the platform's file dialogs. */
    public RedmapApp() {
        this(MapLoader::bundled, new FxFileDialogs(), MapAnalysis::bundled);
    }

    /** For tests: other data (or a cached loader and analysis) and scripted file dialogs. */
    RedmapApp(Callable<MapLoader> data, FileDialogs dialogs, AnalysisRunner.Source analysis) {
        this.data = data;
        this.dialogs = dialogs;
        this.analysis = analysis;
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, dialogs, analysis);
        // Reading starts before the first layout and paint, so the two overlap.
        window.load(data);
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
