package org.redmap.ui;

import org.redmap.project.OverlayIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.redmap.app.Launcher;
import org.redmap.project.CoveragePolygonsFile;
import org.redmap.project.ProjectFile;
import org.redmap.project.MapLayers;
import org.redmap.render.OverlayBuilder;
import org.redmap.project.OverlaySetting;
import org.redmap.analysis.PolygonCoverage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Imported coverage polygons in the window's project: modified, autosaved, saved, gone with New, back with Open. */
class ProjectPolygonsWindowTest extends WindowTest {

    private Path importCells() throws Exception {
        Path cells = Files.writeString(tmp.resolve("cells.geojson"), PolygonImportWindowTest.CELLS, StandardCharsets.UTF_8);
        dialogs.toImportPolygons = cells;
        dialogs.property = "rsrp";
        robot.clickOn("File").clickOn("Import coverage polygons…");
        waitUntil(() -> robot.lookup("#polygonSummary").tryQuery().isPresent());
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#polygonSummary").tryQuery().isEmpty());
        return cells;
    }

    @Test
    void importedPolygonsAreSavedAndComeBackWithTheProjectButNotWithANewOne() throws Exception {
        Path cells = importCells();
        waitUntil(() -> title().equals("• Untitled — redmap"));
        assertThat(fx(() -> window.tracker().snapshot().data().polygons()))
                .contains(new CoveragePolygonsFile(cells, "rsrp"));
        // Autosave keeps them too, with the path absolute (the recovery file lives elsewhere).
        Path recovery = home().resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> Files.exists(recovery) && Files.readString(recovery).contains("\"coverage_polygons\""));
        assertThat(Files.readString(recovery)).contains(cells.toString());

        OverlaySetting row = new OverlaySetting(OverlayIds.POLYGONS, true, 0.5);
        fx(() -> {
            window.state().setOverlay(row);
            window.state().moveOverlay(OverlayIds.POLYGONS, 0);
            return null;
        });
        MapLayers layers = fx(() -> window.state().mapLayers());
        Path file = tmp.resolve("cells.redmap.json");
        dialogs.toSaveProject = file;
        shortcut(KeyCode.S, true);
        waitUntil(() -> title().equals("cells — redmap"));
        assertThat(Files.readString(file)).contains("\"file\": \"cells.geojson\"", "\"property\": \"rsrp\"");
        assertThat(ProjectFile.read(file).layers().overlay(OverlayIds.POLYGONS)).contains(row);

        robot.clickOn("File").clickOn("New project");
        waitUntil(() -> title().equals("Untitled — redmap") && window.state().polygons() == null);
        assertThat(fx(() -> window.state().mapLayers().overlay(OverlayIds.POLYGONS))).isEmpty();
        assertThat(fx(() -> robot.lookup("#overlay-row-polygons").tryQuery().isPresent())).isFalse();
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().isEmpty());
        // Nothing left of the import: a new project is clean, and its snapshot names no polygons.
        assertThat(fx(() -> window.tracker().snapshot().data().polygons())).isEmpty();

        dialogs.toOpenProject = file;
        shortcut(KeyCode.O, false);
        waitUntil(() -> title().equals("cells — redmap") && window.state().polygons() != null);
        PolygonCoverage back = fx(() -> window.state().polygons());
        assertThat(back.data().property()).isEqualTo("rsrp");
        assertThat(back.data().source()).isEqualTo("cells.geojson");
        assertThat(fx(() -> window.state().mapLayers())).isEqualTo(layers);
        assertThat(fx(() -> robot.lookup("#overlay-row-polygons").tryQuery().isPresent())).isTrue();
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of(OverlayIds.POLYGONS)));
        // Opened and not touched: nothing to save, even once the analysis arrives.
        waitUntil(() -> window.state().analysis() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("cells — redmap");
    }

    @Test
    void afterACrashTheRestoredWorkHasThePolygons() throws Exception {
        Path cells = importCells();
        Path recovery = home().resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> Files.exists(recovery) && Files.readString(recovery).contains("\"coverage_polygons\""));

        // The platform goes away without anyone answering a question (as when killed): the work stays.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = (RedmapApp) FxToolkit.setupApplication(() -> new RedmapApp(TestMaps::loader, dialogs, TestMaps::analysis, home()));
        window = app.window();
        waitUntil(() -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        robot.clickOn(fx(() -> window.recovery().question().getDialogPane().lookupButton(RecoveryDialogs.RESTORE)));

        waitUntil(() -> window.state().polygons() != null && title().equals("• Untitled — redmap"));
        assertThat(fx(() -> window.state().polygons().data().property())).isEqualTo("rsrp");
        assertThat(fx(() -> window.tracker().snapshot().data().polygons())).contains(new CoveragePolygonsFile(cells, "rsrp"));
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of(OverlayIds.POLYGONS)));
    }

    @Test
    void theWindowsExportWithPolygonsIsByteForByteTheCommandLines() throws Exception {
        importCells();
        Path project = tmp.resolve("cells.redmap.json");
        dialogs.toSaveProject = project;
        shortcut(KeyCode.S, true);
        waitUntil(() -> title().equals("cells — redmap"));

        robot.clickOn("#exportButton");
        waitUntil(() -> window.briefingDialog() != null && window.briefingDialog().isShowing());
        Path fromWindow = tmp.resolve("window.png");
        dialogs.toSave = fromWindow;
        robot.clickOn("#briefingExport");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(Path.of(fromWindow + ".json")));
        waitUntil(() -> !window.briefingDialog().isShowing());
        assertThat(Files.readString(Path.of(fromWindow + ".json"))).contains("\"coverage-polygons\"", "\"id\": \"polygons\"");
        waitUntil(() -> title().equals("• cells — redmap"));
        shortcut(KeyCode.S, false);
        waitUntil(() -> title().equals("cells — redmap"));

        Path fromCli = tmp.resolve("cli.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(new String[] {"export", "--project", project.toString(), "--out", fromCli.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.mismatch(fromWindow, fromCli)).as("the same bytes").isEqualTo(-1L);
    }
}
