package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;

/** File → Open on a project that reads data from outside its folder: the window asks first. */
class DataFolderPromptTest extends WindowTest {

    private Path project() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(data.resolve("cov.csv"), "region_id,coverage\nMX-SON,0.5\n");
        Path folder = Files.createDirectories(tmp.resolve("case"));
        return Files.writeString(folder.resolve("p.redmap.json"), "{\"format\": \"redmap-project\", \"version\": 1,"
                + " \"title\": \"Shared\", \"data\": {\"regions\": \"bundled\", \"coverage\": \"../shared/cov.csv\"},"
                + " \"layers\": {\"base\": [\"vendor\"]}}");
    }

    private void open(Path file) throws Exception {
        fx(() -> {
            window.projects().open(file);
            return null;
        });
        waitUntil(() -> robot.lookup("#dataFolderDialog").tryQuery().isPresent());
    }

    private void answer(ButtonType button) throws Exception {
        robot.clickOn(fx(() -> window.projects().question().getDialogPane().lookupButton(button)));
    }

    @Test
    void allowingTheFolderOpensTheProjectAndIsRemembered() throws Exception {
        Path file = project();
        open(file);
        assertThat(fx(() -> window.projects().question().getHeaderText()))
                .isEqualTo("p.redmap.json: this project reads data from " + tmp.resolve("shared").toRealPath()
                        + " outside its folder");
        answer(DataFolderPrompt.ALLOW);
        waitUntil(() -> title().equals("p — redmap"));
        assertThat(Files.readString(home().resolve("allowed-data-folders.txt")))
                .isEqualTo(tmp.resolve("shared").toRealPath() + "\n");
    }

    @Test
    void cancellingKeepsTheMapAndRemembersNothing() throws Exception {
        String before = title();
        open(project());
        answer(ButtonType.CANCEL);
        waitUntil(() -> robot.lookup("#dataFolderDialog").tryQuery().isEmpty());
        assertThat(title()).isEqualTo(before);
        assertThat(home().resolve("allowed-data-folders.txt")).doesNotExist();
    }
}
