package org.redmap.ui;

import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.stage.Stage;
import org.redmap.app.MapLoader;

/**
 * The desktop window. Started by {@code org.redmap.app.Launcher} when no subcommand is given. The
 * window shows at once and the data loads behind a "Loading…" state.
 */
public final class RedmapApp extends Application {

    private final Callable<MapLoader> data;
    private final FileDialogs dialogs;
    private MainWindow window;

    /** The app on the bundled data, with the platform's file dialogs. */
    public RedmapApp() {
        this(MapLoader::bundled, new FxFileDialogs());
    }

    /** For tests: other data (or a cached loader) and scripted file dialogs. */
    RedmapApp(Callable<MapLoader> data, FileDialogs dialogs) {
        this.data = data;
        this.dialogs = dialogs;
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, dialogs);
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
