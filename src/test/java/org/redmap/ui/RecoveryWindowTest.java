package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.TextLabel;
import org.redmap.project.DataFiles;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved work whose data file went away: a restore that fails keeps it, a clean close and a new
 * session's autosave leave it alone, the next start offers it with the new session's work, and
 * once the data file is found again it comes back.
 */
class RecoveryWindowTest extends WindowTest {

    private Path csv;
    private Path project;

    private void answer(ButtonType button) throws Exception {
        robot.clickOn(fx(() -> window.recovery().question().getDialogPane().lookupButton(button)));
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** A saved project with a coverage table, opened, edited, and the window killed: its recovery. */
    private Path crashedWithACoverageTable() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("case"));
        csv = Files.writeString(folder.resolve("coverage.csv"), "region_id,coverage\nMX-SON,0.6\n");
        project = folder.resolve("briefing.redmap.json");
        ProjectFile.save(Project.initial("Sonora coverage").withData(new DataFiles(Optional.empty(), Optional.of(csv))), project);
        fx(() -> {
            window.projects().open(project);
            return null;
        });
        waitUntil(() -> stage().getTitle().equals("briefing — redmap"));
        annotate("a1", "written before the crash");
        waitUntil(() -> stage().getTitle().equals("• briefing — redmap"));
        Path recovery = home().resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT);
        waitFor(() -> Files.exists(recovery) && Files.readString(recovery).contains("written before the crash"));
        restart();
        return recovery;
    }

    private void restoreFails(Path recovery) throws Exception {
        answer(RecoveryDialogs.RESTORE);
        waitUntil(() -> showing("#restoreFailedDialog"));
        assertThat(fx(() -> window.recovery().question().getHeaderText())).contains(recovery.toString());
        assertThat(text("#errorText")).contains("coverage.csv", "does not exist");
        assertThat(text("#recoveryPath")).isEqualTo(recovery.toString());
        assertThat(text("#recoveryMissing")).contains("coverage table coverage.csv", csv.toString());
        assertThat(recovery).exists();
        assertThat(annotationTexts()).as("nothing half-restored").isEmpty();
    }

    @Test
    void aRecoveryWhoseDataFileMovedSurvivesACleanCloseAndANewSessionAndComesBackOnceTheFileIsFound() throws Exception {
        Path recovery = crashedWithACoverageTable();
        Path moved = Files.move(csv, Files.createDirectories(tmp.resolve("moved")).resolve("coverage-final.csv"));
        waitUntil(() -> showing("#restoreDialog"));
        byte[] kept = Files.readAllBytes(recovery);

        restoreFails(recovery);
        // Open folder leaves the dialog up; the desktop is asked to show the recovery's folder.
        answer(RecoveryDialogs.OPEN_FOLDER);
        waitFor(() -> shownFolders.contains(recovery.getParent()));
        assertThat(showing("#restoreFailedDialog")).isTrue();
        answer(RecoveryDialogs.CLOSE);
        waitUntil(() -> !showing("#restoreFailedDialog"));

        // Closed cleanly: nothing unsaved in the window, so no question, and the recovery stays.
        Stage stage = stage();
        fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        waitUntil(() -> !stage.isShowing());
        restart();
        assertThat(Files.readAllBytes(recovery)).isEqualTo(kept);

        // A new session: Not now, then work of its own, autosaved beside the earlier one.
        waitUntil(() -> showing("#restoreDialog"));
        answer(RecoveryDialogs.NOT_NOW);
        waitUntil(() -> !showing("#restoreDialog"));
        waitUntil(() -> window.pipeline().isCurrent());
        annotate("b1", "the new session's work");
        waitUntil(() -> stage().getTitle().equals("• Untitled — redmap"));
        Path second = home().resolve(RecoveryStore.FOLDER + "-2").resolve(RecoveryStore.PROJECT);
        waitFor(() -> Files.exists(second) && Files.readString(second).contains("the new session's work"));
        assertThat(Files.readAllBytes(recovery)).as("the earlier recovery, byte for byte").isEqualTo(kept);

        // The next start offers both, newest first.
        restart();
        waitUntil(() -> showing("#restoreDialog"));
        @SuppressWarnings("unchecked")
        ListView<RecoveryStore.Recovered> list = (ListView<RecoveryStore.Recovered>) robot.lookup("#recoveryList").query();
        assertThat(fx(() -> list.getItems().stream().map(RecoveryStore.Recovered::project).toList()))
                .containsExactly(second, recovery);
        assertThat(fx(() -> window.recovery().question().getHeaderText())).contains("2 sessions");
        fx(() -> {
            list.getSelectionModel().select(1);
            return null;
        });
        restoreFails(recovery);

        // Located where it went: the work comes back, drawn from the file found.
        dialogs.toLocate = moved;
        robot.clickOn("#locateDataFile");
        waitUntil(() -> annotationTexts().contains("written before the crash"));
        waitUntil(() -> stage().getTitle().equals("• briefing — redmap"));
        assertThat(dialogs.locateTitle).isEqualTo("Locate the coverage table coverage.csv");
        assertThat(dialogs.locateIn).contains(csv.getParent());
        // The project names the table only while it is joined on the map.
        assertThat(fx(() -> window.tracker().snapshot().data().coverage())).contains(moved);

        // Saved where it belongs: its recovery goes; the other session's is still waiting.
        shortcut(javafx.scene.input.KeyCode.S, false);
        waitUntil(() -> stage().getTitle().equals("briefing — redmap"));
        assertThat(ProjectFile.read(project).annotations()).extracting(Annotation::id).containsExactly("a1");
        assertThat(ProjectFile.read(project).data().coverage()).contains(moved);
        waitFor(() -> !Files.exists(recovery));
        assertThat(ProjectFile.read(second).annotations()).extracting(Annotation::id).containsExactly("b1");
    }

    @Test
    void puttingTheDataFileBackAndTryingAgainRestoresTheWork() throws Exception {
        Path recovery = crashedWithACoverageTable();
        Path away = Files.move(csv, tmp.resolve("away.csv"));
        waitUntil(() -> showing("#restoreDialog"));
        restoreFails(recovery);
        // Still not there: it fails again, and says so again.
        answer(RecoveryDialogs.TRY_AGAIN);
        waitUntil(() -> showing("#restoreFailedDialog") && text("#errorText").contains("does not exist"));
        Files.move(away, csv);
        answer(RecoveryDialogs.TRY_AGAIN);
        waitUntil(() -> annotationTexts().contains("written before the crash"));
        waitUntil(() -> stage().getTitle().equals("• briefing — redmap"));
        // Don't Save on close throws the restored work away on purpose: then it is gone.
        Stage stage = stage();
        fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        waitUntil(() -> showing("#unsavedDialog"));
        robot.clickOn(fx(() -> window.projects().question().getDialogPane().lookupButton(ProjectActions.DONT_SAVE)));
        waitUntil(() -> !stage.isShowing());
        waitFor(() -> !Files.exists(recovery));
    }

    @Test
    void discardIsTheOnlyAnswerThatDeletesAndClosingTheOfferKeepsTheWork() throws Exception {
        Path recovery = crashedWithACoverageTable();
        waitUntil(() -> showing("#restoreDialog"));
        // Closed with the window's close box (Escape): Not now.
        fx(() -> {
            window.recovery().question().close();
            return null;
        });
        waitUntil(() -> !showing("#restoreDialog"));
        restart();
        assertThat(recovery).exists();
        waitUntil(() -> showing("#restoreDialog"));
        answer(RecoveryDialogs.DISCARD);
        waitFor(() -> !Files.exists(recovery));
        restart();
        waitUntil(() -> window.pipeline().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertThat(showing("#restoreDialog")).as("nothing left to offer").isFalse();
    }
}
