package org.redmap.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Edit menu: Undo and Redo named for the step they take ("Undo Move arrow"), then what can be
 * done to the selected annotation, then the annotation tools with their keys.
 */
final class EditMenu {

    private EditMenu() {
    }

    static Menu create(MapState state, AnnotationController controller) {
        AnnotationSession session = controller.session();
        MenuItem undo = item("menuUndo", "Undo", controller::undo);
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.textProperty().bind(Bindings.createStringBinding(
                () -> session.undoLabelProperty().get() == null ? "Undo" : "Undo " + session.undoLabelProperty().get(),
                session.undoLabelProperty()));
        undo.disableProperty().bind(session.undoLabelProperty().isNull());
        MenuItem redo = item("menuRedo", "Redo", controller::redo);
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.textProperty().bind(Bindings.createStringBinding(
                () -> session.redoLabelProperty().get() == null ? "Redo" : "Redo " + session.redoLabelProperty().get(),
                session.redoLabelProperty()));
        redo.disableProperty().bind(session.redoLabelProperty().isNull());

        BooleanBinding none = Bindings.createBooleanBinding(() -> state.selectedAnnotation().isEmpty(),
                state.selectionProperty(), state.mapProperty());
        MenuItem delete = item("menuDeleteAnnotation", "Delete annotation  (Del)", controller::deleteSelected);
        delete.disableProperty().bind(none);
        MenuItem editText = item("menuEditText", "Edit text on the map  (double-click)", controller::editOnMap);
        editText.disableProperty().bind(Bindings.createBooleanBinding(
                () -> state.selectedAnnotation().filter(AnnotationController::hasText).isEmpty(),
                state.selectionProperty(), state.mapProperty()));
        MenuItem front = item("menuToFront", "Bring to front", controller::bringToFront);
        front.setAccelerator(new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem forward = item("menuForward", "Bring forward", controller::bringForward);
        forward.setAccelerator(new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN));
        MenuItem backward = item("menuBackward", "Send backward", controller::sendBackward);
        backward.setAccelerator(new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN));
        MenuItem back = item("menuToBack", "Send to back", controller::sendToBack);
        back.setAccelerator(new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        for (MenuItem m : new MenuItem[] {front, forward, backward, back}) m.disableProperty().bind(none);

        Menu tools = new Menu("Annotation tool");
        tools.setId("menuTools");
        ToggleGroup group = new ToggleGroup();
        for (AnnotationTool t : AnnotationTool.values()) {
            RadioMenuItem r = new RadioMenuItem(t.labelWithKey());
            r.setId("menuTool-" + t.id());
            r.setToggleGroup(group);
            r.setUserData(t);
            r.setSelected(t == controller.tool());
            r.setOnAction(e -> controller.setTool(t));
            tools.getItems().add(r);
        }
        controller.toolProperty().addListener((o, a, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));

        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), delete, editText, new SeparatorMenuItem(),
                front, forward, backward, back, new SeparatorMenuItem(), tools);
        edit.setId("menuEdit");
        return edit;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
