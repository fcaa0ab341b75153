package org.redmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.redmap.io.CoveragePolygonReader;
import org.redmap.io.CoveragePolygons;
import org.redmap.io.FeatureCollection;
import org.redmap.analysis.PolygonCoverage;

/**
 * File → Import coverage polygons: asks for a GeoJSON file, reads it in the background, asks which
 * numeric property to draw, projects the cells in the background, then shows them as the
 * "polygons" overlay and reports every feature that could not be used as it stands. A file that
 * cannot be read, or an import cancelled half-way, changes nothing on the map.
 */
final class PolygonImport {

    private final Window owner;
    private final MapState state;
    private final FileDialogs dialogs;
    private final BackgroundTasks background;
    private final Consumer<String> message;
    private final BiConsumer<Path, String> imported;
    private final CoveragePolygonReader reader = new CoveragePolygonReader();
    private Alert lastReport;

    /** @param imported told the file and the property once they are on the map (the project records them) */
    PolygonImport(Window owner, MapState state, FileDialogs dialogs, BackgroundTasks background, Consumer<String> message,
                  BiConsumer<Path, String> imported) {
        this.owner = owner;
        this.state = state;
        this.dialogs = dialogs;
        this.background = background;
        this.message = message;
        this.imported = imported;
    }

    void choose() {
        if (state.map() == null) {
            message.accept("Wait for the map to load before importing coverage polygons");
            return;
        }
        dialogs.chooseCoveragePolygons(owner).ifPresent(this::importFile);
    }

    /** Reads the file, then asks for the property. */
    void importFile(Path file) {
        String name = file.getFileName().toString();
        message.accept("Reading " + name + "…");
        background.run(() -> reader.parse(file), parsed -> {
            List<String> numeric = CoveragePolygonReader.numericProperties(parsed);
            if (numeric.isEmpty()) {
                message.accept("Could not import " + name);
                Alerts.error(owner, "Could not import " + name, new IllegalArgumentException(name
                        + ": no feature has a numeric property, so there is nothing to draw (properties must be JSON numbers)"));
                return;
            }
            String suggested = CoveragePolygonReader.suggestedProperty(numeric).orElse(numeric.get(0));
            dialogs.chooseProperty(owner, name, numeric, suggested).ifPresentOrElse(property -> load(file, parsed, property),
                    () -> message.accept("Import of " + name + " cancelled"));
        }, e -> failed(name, e));
    }

    private void load(Path file, FeatureCollection parsed, String property) {
        String name = parsed.source();
        message.accept(String.format(java.util.Locale.ROOT, "Projecting %,d features of %s…", parsed.features().size(), name));
        var projection = state.map().projection();
        background.run(() -> PolygonCoverage.project(reader.load(parsed, property), projection), layer -> {
            state.showPolygons(layer);
            imported.accept(file, property);
            CoveragePolygons data = layer.data();
            message.accept("Imported " + data.headline());
            showReport(data);
        }, e -> failed(name, e));
    }

    /** What was imported and every feature skipped or repaired, as copyable text. */
    void showReport(CoveragePolygons data) {
        if (lastReport != null) lastReport.close();
        lastReport = Alerts.report(owner, data.isClean() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                "Coverage polygons " + data.source(), data.headline(), "polygonSummary", data.summary());
    }

    private void failed(String name, Exception e) {
        message.accept("Could not import " + name);
        Alerts.error(owner, "Could not import " + name, e);
    }
}
