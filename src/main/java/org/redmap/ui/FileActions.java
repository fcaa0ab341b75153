package org.redmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.redmap.analysis.BorderBandCsv;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.CoverageJoiner;
import org.redmap.analysis.CoverageTableReader;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.TaggedRegion;

/**
 * File → Open regions, Import coverage table and the border-band CSV: asks for the file, does the
 * work in the background, and reports the outcome. A failed open or import leaves the map and its
 * analysis as they were; a failed export leaves no file behind.
 */
final class FileActions {

    private final Window owner;
    private final MapState state;
    private final FileDialogs dialogs;
    private final BackgroundTasks background;
    private final Supplier<MapLoader> loader;
    private final Consumer<String> message;
    private final AnalysisRunner analysis;
    private final Consumer<Path> regionsOpened;
    private final Consumer<Path> coverageImported;
    private Alert lastReport;

    /**
     * @param regionsOpened    told the file once another regions file is on screen (the project records it)
     * @param coverageImported told the file once a coverage table is in use
     */
    FileActions(Window owner, MapState state, FileDialogs dialogs, BackgroundTasks background, Supplier<MapLoader> loader,
                Consumer<String> message, AnalysisRunner analysis, Consumer<Path> regionsOpened,
                Consumer<Path> coverageImported) {
        this.owner = owner;
        this.state = state;
        this.dialogs = dialogs;
        this.background = background;
        this.loader = loader;
        this.message = message;
        this.analysis = analysis;
        this.regionsOpened = regionsOpened;
        this.coverageImported = coverageImported;
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
                        regionsOpened.accept(file);
                        message.accept("Opened " + file.getFileName() + ": " + opened.regions().size() + " regions");
                    },
                    e -> {
                        message.accept("Could not open " + file.getFileName());
                        error("Could not open " + file.getFileName(), e);
                    });
        });
    }

    /**
     * File → Import coverage table: reads and joins the CSV in the background, then uses it for
     * the coverage layer and shows the join report. A file that cannot be read changes nothing.
     */
    void importCoverage() {
        if (state.map() == null) {
            message.accept("Wait for the map to load before importing a coverage table");
            return;
        }
        dialogs.chooseCoverageTable(owner).ifPresent(this::importCoverage);
    }

    void importCoverage(Path file) {
        ProjectedMap joinedTo = state.map();
        List<TaggedRegion> regions = joinedTo.document().regions();
        message.accept("Importing " + file.getFileName() + "…");
        background.run(() -> new CoverageJoiner().joinTagged(new CoverageTableReader().read(file), regions),
                join -> {
                    if (state.map() == null || !state.map().document().regions().stream().map(TaggedRegion::id).toList()
                            .equals(regions.stream().map(TaggedRegion::id).toList())) {
                        message.accept("Another map was opened meanwhile; import " + file.getFileName() + " again");
                        return;
                    }
                    coverageImported.accept(file);
                    analysis.setCoverage(Optional.of(join));
                    message.accept("Imported " + file.getFileName() + ": " + join.values().size() + " of "
                            + join.regionCount() + " regions have a value"
                            + (join.isClean() ? "" : ", " + join.problems().size() + " problem(s) reported"));
                    showJoinReport(join);
                },
                e -> {
                    message.accept("Could not import " + file.getFileName());
                    error("Could not import " + file.getFileName(), e);
                });
    }

    /** The join report of the table in use: what was used and every problem, never dropped silently. */
    void showJoinReport(CoverageJoin join) {
        if (lastReport != null) lastReport.close();
        String header = AnalysisText.joinHeadline(join);
        lastReport = Alerts.report(owner, join.isClean() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                "Coverage table " + join.source(), header, "joinSummary", join.summary());
    }

    /** Goes back from an imported table to the modelled coverage. */
    void removeCoverageTable() {
        analysis.setCoverage(Optional.empty());
        message.accept("Coverage is modelled again");
    }

    /** Writes the border-band table as CSV (atomic, formula-escaped). */
    void exportBands(BorderBandTable table) {
        dialogs.chooseCsvTarget(owner, "redmap-border-bands.csv").ifPresent(target -> {
            message.accept("Exporting " + target.getFileName() + "…");
            background.run(() -> {
                new BorderBandCsv().write(target, table);
                return target;
            }, written -> message.accept("Exported " + written + " (" + table.bands().size() + " bands)"), e -> {
                message.accept("Export failed");
                error("Could not export " + target.getFileName(), e);
            });
        });
    }

    private void error(String header, Exception e) {
        Alerts.error(owner, header, e);
    }
}
