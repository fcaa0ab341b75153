package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.redmap.app.Launcher;
import org.redmap.io.AtomicFiles;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Vendor;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.TextLabel;
import org.redmap.project.ProjectFile;
import org.redmap.project.MapLayers;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Projects in the window: save, open, recent, modified, the close question, recovery, and exports through projects. */
class ProjectWindowTest extends WindowTest {

    private Path saveAs(String name) throws Exception {
        Path file = tmp.resolve(name);
        dialogs.toSaveProject = file;
        shortcut(KeyCode.S, true);
        String expected = name.replace(ProjectFile.EXTENSION, "") + " — redmap";
        waitUntil(() -> stage().getTitle().equals(expected));
        return file;
    }

    /** Clicks a button of the question on screen (the toolbar has a "Save" too). */
    private void answer(javafx.scene.control.ButtonType button) throws Exception {
        robot.clickOn(fx(() -> window.projects().question().getDialogPane().lookupButton(button)));
    }

    private Vendor huawei() throws Exception {
        return fx(() -> window.state().map().document().vendors().stream().filter(v -> v.name().equals("Huawei"))
                .findFirst().orElseThrow());
    }

    @Test
    void aSavedProjectComesBackWholeAfterNew() throws Exception {
        assertThat(title()).isEqualTo("Untitled — redmap");
        Vendor huawei = huawei();
        fx(() -> {
            window.state().override("MX-SON", huawei, "seen on site");
            window.state().applyPreset(MapLayers.Preset.RISK);
            window.state().setClassification(org.redmap.analysis.Classification.Method.QUANTILE);
            window.state().zoomCentre(2);
            return null;
        });
        annotate("a1", "Huawei south");
        waitUntil(() -> stage().getTitle().equals("• Untitled — redmap"));
        Viewport view = fx(() -> window.state().viewport());
        MapLayers layers = fx(() -> window.state().mapLayers());
        List<Annotation> annotations = fx(() -> window.state().map().document().annotations());

        Path file = saveAs("south.redmap.json");
        assertThat(ProjectFile.read(file).annotations()).isEqualTo(annotations);

        robot.clickOn("File").clickOn("New project");
        waitUntil(() -> stage().getTitle().equals("Untitled — redmap") && window.state().map().document().annotations().isEmpty());
        assertThat(fx(() -> window.state().isOverridden("MX-SON"))).isFalse();
        assertThat(fx(() -> window.state().mapLayers())).isEqualTo(MapLayers.preset(MapLayers.Preset.VENDOR));

        dialogs.toOpenProject = file;
        shortcut(KeyCode.O, false);
        waitUntil(() -> stage().getTitle().equals("south — redmap") && !window.state().map().document().annotations().isEmpty());
        assertThat(fx(() -> window.state().map().document().annotations())).isEqualTo(annotations);
        assertThat(fx(() -> window.state().isOverridden("MX-SON"))).isTrue();
        assertThat(fx(() -> window.state().region("MX-SON").orElseThrow().vendor())).isEqualTo(huawei);
        assertThat(fx(() -> window.state().mapLayers())).isEqualTo(layers);
        Viewport back = fx(() -> window.state().viewport());
        assertThat(back.centerX()).isCloseTo(view.centerX(), within(1e-6));
        assertThat(back.centerY()).isCloseTo(view.centerY(), within(1e-6));
        assertThat(back.metresPerPixel()).isCloseTo(view.metresPerPixel(), within(1e-9));
        // The override can still be taken back: the rules' answer is kept beside it.
        fx(() -> {
            window.state().revert("MX-SON");
            return null;
        });
        assertThat(fx(() -> window.state().region("MX-SON").orElseThrow().vendor().name())).isEqualTo("Nokia");
        waitUntil(() -> stage().getTitle().equals("• south — redmap"));
    }

    @Test
    void theTitleMarksChangesAndUndoingThemMakesItCleanAgain() throws Exception {
        saveAs("clean.redmap.json");
        annotate("a1", "first");
        waitUntil(() -> stage().getTitle().equals("• clean — redmap"));
        assertThat(fx(() -> window.tracker().modified())).isTrue();
        Path recovery = home().resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(recovery));
        fx(() -> {
            window.annotations().undo();
            return null;
        });
        waitUntil(() -> stage().getTitle().equals("clean — redmap"));
        // Back to what is saved: nothing left to recover.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !Files.exists(recovery));
        // Panning is a change (the view is saved); a resized window is not.
        Stage stage = stage();
        fx(() -> {
            stage.setWidth(stage.getWidth() - 120);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertThat(title()).isEqualTo("clean — redmap");
        fx(() -> {
            window.state().panBy(50, 0);
            return null;
        });
        waitUntil(() -> stage().getTitle().equals("• clean — redmap"));
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndTheChanges() throws Exception {
        Path file = saveAs("kept.redmap.json");
        byte[] before = Files.readAllBytes(file);
        annotate("a1", "not saved");
        waitUntil(() -> stage().getTitle().startsWith("•"));
        fx(() -> {
            window.projects().setSaver((project, to) -> {
                AtomicFiles.write(to, out -> {
                    out.write(ProjectFile.bytes(project, to), 0, 40);
                    throw new IOException("No space left on device");
                });
                throw new AssertionError("unreachable");
            });
            return null;
        });
        shortcut(KeyCode.S, false);
        waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
        assertThat(text("#errorText")).contains("No space left on device");
        assertThat(Files.readAllBytes(file)).as("the old file, whole").isEqualTo(before);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("home")).toList())
                    .as("no temporary file left behind").containsExactly("kept.redmap.json");
        }
        assertThat(title()).isEqualTo("• kept — redmap");
        robot.clickOn("OK");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() throws Exception {
        annotate("a1", "unsaved");
        waitUntil(() -> stage().getTitle().startsWith("•"));
        Path recovery = home().resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(recovery));
        Stage stage = stage();

        fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        assertThat(fx(() -> window.projects().question().getHeaderText())).isEqualTo("Save the changes to Untitled?");
        answer(javafx.scene.control.ButtonType.CANCEL);
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isEmpty());
        assertThat(fx(stage::isShowing)).isTrue();
        assertThat(annotationTexts()).containsExactly("unsaved");

        fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        answer(ProjectActions.DONT_SAVE);
        waitUntil(() -> !stage.isShowing());
        // Thrown away on purpose: nothing to offer back next time.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !Files.exists(recovery));
    }

    @Test
    void saveInTheQuestionSavesAndThenGoesOn() throws Exception {
        Path file = saveAs("asked.redmap.json");
        annotate("a1", "keep me");
        waitUntil(() -> stage().getTitle().startsWith("•"));
        robot.clickOn("File").clickOn("New project");
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        answer(ProjectActions.SAVE);
        waitUntil(() -> stage().getTitle().equals("Untitled — redmap") && window.state().map().document().annotations().isEmpty());
        assertThat(ProjectFile.read(file).annotations()).extracting(Annotation::id).containsExactly("a1");
    }

    @Test
    void unsavedWorkIsOfferedBackByTheNextWindow() throws Exception {
        Path file = saveAs("crashed.redmap.json");
        annotate("a1", "written before the crash");
        waitUntil(() -> stage().getTitle().startsWith("•"));
        Path recovery = home().resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(recovery));
        assertThat(ProjectFile.read(recovery).annotations()).extracting(Annotation::id).containsExactly("a1");

        // The platform goes away without anyone answering a question (as when killed): the work stays.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        assertThat(Files.exists(recovery)).isTrue();
        app = (RedmapApp) FxToolkit.setupApplication(() -> new RedmapApp(TestMaps::loader, dialogs, TestMaps::analysis, home()));
        window = app.window();
        waitUntil(() -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        assertThat(fx(() -> window.recovery().question().getHeaderText())).startsWith("Restore unsaved changes from ");
        robot.clickOn(fx(() -> window.recovery().question().getDialogPane().lookupButton(RecoveryDialogs.RESTORE)));
        waitUntil(() -> annotationTexts().contains("written before the crash"));
        waitUntil(() -> stage().getTitle().equals("• crashed — redmap"));
        // Save writes to the project it belongs to; then there is nothing left to recover.
        shortcut(KeyCode.S, false);
        waitUntil(() -> stage().getTitle().equals("crashed — redmap"));
        assertThat(ProjectFile.read(file).annotations()).extracting(Annotation::id).containsExactly("a1");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !Files.exists(recovery));
    }

    @Test
    void openRecentListsProjectsAndForgetsOnesThatAreGone() throws Exception {
        Path first = saveAs("first.redmap.json");
        annotate("a1", "second");
        Path second = saveAs("second.redmap.json");
        List<String> items = fx(() -> window.projects().recentMenu().getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null).toList());
        assertThat(items.get(0)).contains("second.redmap.json");
        assertThat(items.get(1)).contains("first.redmap.json");
        assertThat(items).contains("Clear recent");
        assertThat(Files.readAllLines(home().resolve(RecentProjects.FILE)))
                .containsExactly(second.toString(), first.toString());

        fireRecent(1);
        waitUntil(() -> stage().getTitle().equals("first — redmap") && window.state().map().document().annotations().isEmpty());

        Files.delete(second);
        fireRecent(1);
        waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
        assertThat(text("#errorText")).contains("second.redmap.json").contains("no such project file");
        robot.clickOn("OK");
        assertThat(fx(() -> window.projects().recentMenu().getItems().get(0).getText())).contains("first.redmap.json");
        assertThat(fx(() -> window.projects().recentMenu().getItems().stream()
                .anyMatch(i -> i.getText() != null && i.getText().contains("second")))).isFalse();
        assertThat(title()).isEqualTo("first — redmap");

        fx(() -> {
            window.projects().recentMenu().getItems().stream().filter(i -> "menuClearRecent".equals(i.getId()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
        assertThat(fx(() -> window.projects().recentMenu().getItems().get(0).getId())).isEqualTo("recentNone");
    }

    private void fireRecent(int index) throws Exception {
        fx(() -> {
            window.projects().recentMenu().getItems().get(index).fire();
            return null;
        });
    }

    @Test
    void aBrokenProjectSaysWhyAndTheMapStaysAsItWas() throws Exception {
        annotate("a1", "mine");
        String good = Files.readString(Path.of("data/examples/briefing.redmap.json"));
        Path malformed = Files.writeString(tmp.resolve("malformed.redmap.json"), good.substring(0, 300));
        Path newer = Files.writeString(tmp.resolve("newer.redmap.json"), good.replace("\"version\": 2", "\"version\": 7"));
        Path missing = Files.writeString(tmp.resolve("missing.redmap.json"),
                good.replace("\"regions\": \"bundled\"", "\"regions\": \"gone.geojson\""));
        ProjectedMap before = fx(() -> window.state().map());
        String titleBefore = title();

        for (Object[] c : new Object[][] {{malformed, "malformed.redmap.json"}, {newer, "newer"},
                {missing, "gone.geojson"}}) {
            dialogs.toOpenProject = (Path) c[0];
            robot.clickOn("File").clickOn("Open project…");
            // With unsaved changes it asks first; the analyst drops them, and the open then fails.
            waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
            answer(ProjectActions.DONT_SAVE);
            waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
            assertThat(text("#errorText")).contains((String) c[1]);
            robot.clickOn("OK");
            waitUntil(() -> robot.lookup("#errorText").tryQuery().isEmpty());
            assertThat(fx(() -> window.state().map())).isSameAs(before);
            assertThat(title()).isEqualTo(titleBefore);
        }
        assertThat(annotationTexts()).containsExactly("mine");
    }

    @Test
    void theExampleProjectOpensWithItsAnnotations() throws Exception {
        dialogs.toOpenProject = Path.of("data/examples/briefing.redmap.json");
        shortcut(KeyCode.O, false);
        waitUntil(() -> stage().getTitle().equals("briefing — redmap"));
        assertThat(fx(() -> window.state().map().document().annotations().size())).isGreaterThan(3);
        assertThat(fx(() -> window.state().map().document().title())).startsWith("Red Compartida: Huawei's northern cities");
        // Opened and not touched: nothing to save, even once its analysis arrives.
        waitUntil(() -> window.state().analysis() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("briefing — redmap");
    }

    @Test
    void theWindowsExportIsByteForByteTheCommandLinesOfTheSavedProject() throws Exception {
        fx(() -> {
            // Risk, classified otherwise than by default: the export must classify as the window does.
            window.state().applyPreset(MapLayers.Preset.RISK);
            window.state().setClassification(org.redmap.analysis.Classification.Method.EQUAL_INTERVAL);
            window.state().zoomCentre(1.5);
            return null;
        });
        annotate("a1", "Huawei south");
        Path project = saveAs("brief.redmap.json");

        robot.clickOn("#exportButton");
        waitUntil(() -> window.briefingDialog() != null && window.briefingDialog().isShowing());
        Path fromWindow = tmp.resolve("window.png");
        dialogs.toSave = fromWindow;
        robot.clickOn("#briefingExport");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(Path.of(fromWindow + ".json")));
        waitUntil(() -> !window.briefingDialog().isShowing());
        // The export's settings are now the project's: a change, saved like any other.
        waitUntil(() -> stage().getTitle().equals("• brief — redmap"));
        shortcut(KeyCode.S, false);
        waitUntil(() -> stage().getTitle().equals("brief — redmap"));

        Path fromCli = tmp.resolve("cli.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(new String[] {"export", "--project", project.toString(), "--out", fromCli.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(Files.mismatch(fromWindow, fromCli)).as("the same bytes").isEqualTo(-1L);
        ObjectMapper json = new ObjectMapper();
        JsonNode windowSidecar = json.readTree(Path.of(fromWindow + ".json").toFile());
        JsonNode cliSidecar = json.readTree(Path.of(fromCli + ".json").toFile());
        assertThat(windowSidecar.path("short_id").asText()).matches("[0-9a-f]{8}")
                .isEqualTo(cliSidecar.path("short_id").asText());
        assertThat(windowSidecar.path("project").path("sha256").asText())
                .isEqualTo(ProjectFile.sha256(project));
        assertThat(ProjectFile.read(project).export().pixelWidth()).isEqualTo(1920);
    }
}
