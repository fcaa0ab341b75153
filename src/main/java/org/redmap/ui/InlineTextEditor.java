package org.redmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.redmap.model.TextRules;

/**
 * A small card on the map that asks for an annotation's words where they will go. Enter places
 * them, Shift+Enter starts a new line, Tab goes to the next field, Escape cancels.
 */
final class InlineTextEditor extends VBox {

    /** One text to ask for. */
    record Field(String id, String prompt, String initial) {
    }

    private static final String HINT = "Enter places it · Shift+Enter new line · Esc cancels";
    private final List<TextArea> fields = new ArrayList<>();
    private final Label hint = new Label();
    private final Consumer<List<String>> commit;
    private final Runnable cancel;
    private boolean done;

    InlineTextEditor(String heading, List<Field> asked, Consumer<List<String>> commit, Runnable cancel) {
        this.commit = commit;
        this.cancel = cancel;
        setId("inlineEditor");
        getStyleClass().add("inline-editor");
        setSpacing(5);
        Label title = new Label(heading);
        title.getStyleClass().add("inline-editor-title");
        getChildren().add(title);
        for (Field f : asked) {
            TextArea area = new TextArea(f.initial());
            area.setId(f.id());
            TextLimit.apply(area, TextRules.NOTE, this::notice);
            area.setPromptText(f.prompt());
            area.setWrapText(true);
            area.setPrefColumnCount(22);
            area.setPrefRowCount(f.initial().contains("\n") ? 3 : 2);
            area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            fields.add(area);
            getChildren().add(area);
        }
        hint.setText(HINT);
        hint.getStyleClass().add("inline-editor-hint");
        getChildren().add(hint);
    }

    /** Says in the hint line why a paste was not taken whole. */
    private void notice(String text) {
        hint.setText(text.isEmpty() ? HINT : text);
    }

    /** Gives the first field the keyboard, with its text selected for overtyping. */
    void focus() {
        Platform.runLater(() -> {
            if (fields.isEmpty()) return;
            fields.get(0).requestFocus();
            fields.get(0).selectAll();
        });
    }

    private void key(KeyEvent e) {
        TextInputControl field = (TextInputControl) e.getSource();
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancel();
        } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
            e.consume();
            field.replaceSelection("\n");
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            commit();
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            int i = fields.indexOf(field);
            int next = Math.floorMod(i + (e.isShiftDown() ? -1 : 1), fields.size());
            fields.get(next).requestFocus();
        }
    }

    /** Places the words as they are (the map was clicked elsewhere, or Enter). */
    void commit() {
        if (done) return;
        done = true;
        commit.accept(fields.stream().map(f -> f.getText().strip()).toList());
    }

    void cancel() {
        if (done) return;
        done = true;
        cancel.run();
    }
}
