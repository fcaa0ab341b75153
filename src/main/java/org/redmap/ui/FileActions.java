package org.redmap.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.redmap.app.MapLoader;
import org.redmap.export.PngExporter;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * File → Open and File → Export: asks for the file, does the work in the background, and reports
 * the outcome. A failed open leaves the map as it was; a failed export leaves no file behind.
 */
final class FileActions {

    private final Window owner;
    private final MapState state;
    private final FileDialogs dialogs;
    private final BackgroundTasks background;
    private final MapRenderer renderer;
    private final Supplier<MapLoader> loader;
    private final Consumer<String> message;
    private final Supplier<double[]> viewSize;

    FileActions(Window owner, MapState state, FileDialogs dialogs, BackgroundTasks background, MapRenderer renderer,
                Supplier<MapLoader> loader, Consumer<String> message, Supplier<double[]> viewSize) {
        this.owner = owner;
        this.state = state;
        this.dialogs = dialogs;
        this.background = background;
        this.renderer = renderer;
        this.loader = loader;
        this.message = message;
        this.viewSize = viewSize;
    }

    void open() {
        MapLoader current = loader.get();
        if (current == null) {
            message.accept("Wait for the map to load before opening another file");
            return;
        }
        dialogs.chooseRegionsFile(owner).ifPresent(file -> {
            message.accept("Opening " + file.getFileName() + "…");
            MapProjection projection = state.map().projection();
            // Projecting is the slow part, so it happens off the UI thread with the reading.
            background.run(() -> ProjectedMap.of(current.openRegions(file), projection),
                    opened -> {
                        state.show(opened);
                        message.accept("Opened " + file.getFileName() + ": " + opened.regions().size() + " regions");
                    },
                    e -> {
                        message.accept("Could not open " + file.getFileName());
                        error("Could not open " + file.getFileName(), e);
                    });
        });
    }

    void export() {
        if (state.map() == null || state.viewport() == null) {
            message.accept("Wait for the map to load before exporting");
            return;
        }
        double[] size = viewSize.get();
        ExportDialog dialog = new ExportDialog(owner, (int) Math.round(size[0]), (int) Math.round(size[1]),
                state.map().document().title());
        dialog.showAndWait().ifPresent(settings -> dialogs.choosePngTarget(owner, suggestedName(settings))
                .ifPresent(target -> export(settings, target)));
    }

    /** Exports the view as it is now; the dialog has already been answered. */
    void export(ExportSettings settings, Path target) {
        RenderRequest request = ExportPlan.request(state.map(), state.viewport(), state.layers(), settings);
        message.accept("Exporting " + target.getFileName() + " (" + settings.describe() + ")…");
        background.run(() -> new PngExporter(renderer).export(request, target),
                image -> message.accept("Exported " + target + " (" + settings.describe() + ")"),
                e -> {
                    message.accept("Export failed");
                    error("Could not export " + target.getFileName(), e);
                });
    }

    private static String suggestedName(ExportSettings settings) {
        return "redmap-" + settings.pixelWidth() + "x" + settings.pixelHeight() + ".png";
    }

    private void error(String header, Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("redmap");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("errorDialog");
        // The message names the file, the feature and the line and column: show it whole, wrapped.
        Label text = new Label(e.getMessage() == null ? e.toString() : e.getMessage());
        text.setId("errorText");
        text.setWrapText(true);
        // A label only wraps when its width is fixed; otherwise the dialog grows as wide as the text.
        text.setPrefWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }
}
