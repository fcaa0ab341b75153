package org.redmap.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Asks which numeric property of an imported polygon file to draw. */
final class PropertyDialog {

    private PropertyDialog() {
    }

    static Optional<String> choose(Window owner, String fileName, List<String> properties, String suggested) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(suggested, properties);
        dialog.initOwner(owner);
        dialog.setTitle("Import coverage polygons");
        dialog.setHeaderText("Which value of " + fileName + " should the map show?");
        dialog.setContentText("Numeric property:");
        dialog.getDialogPane().setId("propertyDialog");
        return dialog.showAndWait();
    }
}
