package org.redmap.ui;

import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.redmap.project.DataOutsideProjectException;

/**
 * The question File → Open asks about a project that reads data from outside its folder: allow
 * that folder (remembered, so it is asked once) or cancel. What is outside and what allowing it
 * means is decided in {@link org.redmap.project.DataFolders}; this only asks.
 */
final class DataFolderPrompt {

    static final ButtonType ALLOW = new ButtonType("Allow this folder", ButtonBar.ButtonData.OK_DONE);

    private DataFolderPrompt() {
    }

    /** Shows the question; {@code allow} runs when the analyst allows the folders. */
    static Alert ask(Window owner, Path project, DataOutsideProjectException outside, Runnable allow) {
        String folders = outside.folders().stream().map(Path::toString).collect(Collectors.joining("\n"));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ALLOW, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("redmap");
        alert.getDialogPane().setId("dataFolderDialog");
        alert.setHeaderText(project.getFileName() + ": this project reads data from " + folders + " outside its folder");
        alert.setContentText("Open it only if you trust where it came from: a project can name any file. Allowed folders"
                + " are remembered for the next projects.");
        alert.setOnHidden(e -> {
            if (alert.getResult() == ALLOW) allow.run();
        });
        alert.show();
        return alert;
    }
}
