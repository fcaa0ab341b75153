package org.redmap.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The tool palette on the map's left edge: one button per annotation tool (its key in the
 * tooltip), then undo and redo, whose tooltips name the step they would take.
 */
final class AnnotationToolbar extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    AnnotationToolbar(AnnotationController controller) {
        setId("annotationToolbar");
        getStyleClass().add("annotation-toolbar");
        setSpacing(3);
        for (AnnotationTool tool : AnnotationTool.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("tool-" + tool.id());
            b.setGraphic(Icons.icon(tool));
            b.setUserData(tool);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setAccessibleText(tool.label());
            b.setTooltip(tip(tool.labelWithKey() + "\n" + tool.hint()));
            b.getStyleClass().add("tool-button");
            getChildren().add(b);
            if (tool == AnnotationTool.SELECT) getChildren().add(separator());
        }
        group.selectToggle(group.getToggles().get(0));
        // Keep one tool chosen: clicking the active tool leaves it on.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) group.selectToggle(was);
                return;
            }
            controller.setTool((AnnotationTool) now.getUserData());
        });
        controller.toolProperty().addListener((o, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));

        Button undo = new Button();
        undo.setId("undoButton");
        undo.setGraphic(Icons.icon(Icons.UNDO, false));
        undo.setFocusTraversable(false);
        undo.getStyleClass().add("tool-button");
        undo.setAccessibleText("Undo");
        undo.setOnAction(e -> controller.undo());
        Button redo = new Button();
        redo.setId("redoButton");
        redo.setGraphic(Icons.icon(Icons.REDO, false));
        redo.setFocusTraversable(false);
        redo.getStyleClass().add("tool-button");
        redo.setAccessibleText("Redo");
        redo.setOnAction(e -> controller.redo());
        AnnotationSession session = controller.session();
        Tooltip undoTip = tip("Undo  (Ctrl+Z)");
        Tooltip redoTip = tip("Redo  (Ctrl+Shift+Z)");
        undo.setTooltip(undoTip);
        redo.setTooltip(redoTip);
        session.undoLabelProperty().addListener((o, a, label) -> {
            undo.setDisable(label == null);
            undoTip.setText(label == null ? "Undo  (Ctrl+Z)" : "Undo " + label + "  (Ctrl+Z)");
        });
        session.redoLabelProperty().addListener((o, a, label) -> {
            redo.setDisable(label == null);
            redoTip.setText(label == null ? "Redo  (Ctrl+Shift+Z)" : "Redo " + label + "  (Ctrl+Shift+Z)");
        });
        undo.setDisable(!session.canUndo());
        redo.setDisable(!session.canRedo());
        getChildren().addAll(separator(), undo, redo);
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.HORIZONTAL);
        s.getStyleClass().add("tool-separator");
        return s;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        return t;
    }
}
