package org.redmap.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The window's message boxes: errors shown whole and wrapped, reports as text that can be copied. */
final class Alerts {

    private Alerts() {
    }

    /** An error whose message names the file, the line and the column: shown whole, wrapped. */
    static Alert error(Window owner, String header, Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("redmap");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("errorDialog");
        Label text = new Label(e.getMessage() == null ? e.toString() : e.getMessage());
        text.setId("errorText");
        text.setWrapText(true);
        // A label only wraps when its width is fixed; otherwise the dialog grows as wide as the text.
        text.setPrefWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
        return alert;
    }

    /** A long report (a join summary) in a text area the analyst can scroll, select and copy. */
    static Alert report(Window owner, Alert.AlertType type, String title, String header, String id, String report) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id + "Dialog");
        TextArea text = new TextArea(report);
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
