package org.redmap.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The recovery questions as they look: the offer at start and the dialog of a restore that failed. What they do is in {@link RecoveryActions}. */
final class RecoveryDialogs {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType NOT_NOW = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType TRY_AGAIN = new ButtonType("Try again", ButtonBar.ButtonData.YES);
    static final ButtonType OPEN_FOLDER = new ButtonType("Open folder", ButtonBar.ButtonData.LEFT);
    static final ButtonType COPY_PATH = new ButtonType("Copy path", ButtonBar.ButtonData.LEFT);
    static final ButtonType CLOSE = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final double WIDTH = 620;

    private RecoveryDialogs() {
    }

    /** The offer: every recovery, newest first and selected; which one the buttons act on is the list's selection. */
    static Alert offer(Window owner, RecoveryText text, List<RecoveryStore.Recovered> found,
                       ListView<RecoveryStore.Recovered> list) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD, NOT_NOW);
        alert.initOwner(owner);
        alert.setTitle("redmap");
        alert.getDialogPane().setId("restoreDialog");
        alert.setHeaderText(text.header(found));
        list.setId("recoveryList");
        list.getItems().setAll(found);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveryStore.Recovered r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : text.line(r));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(6, found.size()) * 26 + 6);
        list.setPrefWidth(WIDTH);
        alert.getDialogPane().setContent(new VBox(10, wrapped(text.explanation(found), "restoreText"), list));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Nothing to act on without a selection: the analyst may have clicked it away.
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        alert.getDialogPane().lookupButton(RESTORE).disableProperty().bind(none);
        alert.getDialogPane().lookupButton(DISCARD).disableProperty().bind(none);
        return alert;
    }

    /**
     * A restore that failed: why, where the work is kept (in a field the analyst can select and
     * copy), and, when a data file is not where the recovery says, a button to locate it.
     *
     * @param locate the button that asks for the missing file, when there is one
     */
    static Alert failed(Window owner, RecoveryRestore.Failed f, Optional<MovedDataFiles.Missing> missing,
                        Optional<ButtonType> locate) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("redmap");
        alert.getDialogPane().setId("restoreFailedDialog");
        alert.setHeaderText(RecoveryText.failedHeader(f.from()));
        Exception e = f.error();
        Label error = wrapped(e.getMessage() == null ? e.toString() : e.getMessage(), "errorText");
        TextField where = new TextField(f.from().project().toString());
        where.setId("recoveryPath");
        where.setEditable(false);
        VBox.setVgrow(where, Priority.NEVER);
        VBox content = new VBox(10, error,
                wrapped("Nothing is lost: the recovery file stays as it is until you restore, save or discard its changes.",
                        "recoveryKept"),
                where);
        missing.ifPresent(m -> content.getChildren().add(wrapped("The " + m.what() + " " + m.path().getFileName()
                + " is not at " + m.path() + ". If it was moved, locate it (the recovery file is not changed); "
                + "if you put it back, try again.", "recoveryMissing")));
        alert.getDialogPane().setContent(content);
        alert.getButtonTypes().setAll(OPEN_FOLDER, COPY_PATH);
        locate.ifPresent(b -> {
            alert.getButtonTypes().add(b);
            alert.getDialogPane().lookupButton(b).setId("locateDataFile");
        });
        alert.getButtonTypes().addAll(TRY_AGAIN, CLOSE);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    private static Label wrapped(String s, String id) {
        Label text = new Label(s);
        text.setId(id);
        text.setWrapText(true);
        // A label only wraps when its width is fixed; otherwise the dialog grows as wide as the text.
        text.setPrefWidth(WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        return text;
    }
}
