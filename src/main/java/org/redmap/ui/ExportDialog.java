package org.redmap.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Asks how to export the current view: size (preset or typed), pixel density and title. Shows the
 * resulting file size in pixels and DPI before anything is written.
 */
final class ExportDialog extends Dialog<ExportSettings> {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final Spinner<Integer> width = spinner();
    private final Spinner<Integer> height = spinner();
    private final ToggleGroup scale = new ToggleGroup();
    private final TextField title = new TextField();
    private final Label outcome = new Label();

    ExportDialog(Window owner, int viewWidth, int viewHeight, String currentTitle) {
        initOwner(owner);
        setTitle("Export PNG");
        setHeaderText("Export the current view as PNG");
        getDialogPane().setId("exportDialog");
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);

        ComboBox<ExportPlan.Preset> preset = new ComboBox<>();
        preset.setId("exportPreset");
        ExportPlan.Preset current = new ExportPlan.Preset("Current view " + viewWidth + " × " + viewHeight, viewWidth, viewHeight);
        preset.getItems().add(current);
        preset.getItems().addAll(ExportPlan.PRESETS);
        preset.setValue(current);
        preset.valueProperty().addListener((o, a, p) -> {
            if (p == null) return;
            width.getValueFactory().setValue(p.width());
            height.getValueFactory().setValue(p.height());
        });
        width.setId("exportWidth");
        height.setId("exportHeight");
        width.getValueFactory().setValue(clampSide(viewWidth));
        height.getValueFactory().setValue(clampSide(viewHeight));

        HBox scales = new HBox(4);
        for (int s = 1; s <= 3; s++) {
            ToggleButton b = new ToggleButton(s + "×");
            b.setId("exportScale" + s);
            b.setUserData(s);
            b.setToggleGroup(scale);
            scales.getChildren().add(b);
        }
        scale.selectToggle(scale.getToggles().get(0));
        // A toggle group lets the user unselect every button; keep one chosen.
        scale.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) scale.selectToggle(was);
        });
        title.setId("exportTitle");
        title.setText(currentTitle);
        title.setPrefColumnCount(32);
        outcome.setId("exportOutcome");
        outcome.getStyleClass().add("muted");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 4, 4, 4));
        grid.addRow(0, new Label("Size"), preset);
        grid.addRow(1, new Label("Width"), new HBox(6, width, new Label("logical px")));
        grid.addRow(2, new Label("Height"), new HBox(6, height, new Label("logical px")));
        grid.addRow(3, new Label("Pixel density"), scales);
        grid.addRow(4, new Label("Title"), title);
        grid.add(outcome, 1, 5);
        getDialogPane().setContent(grid);

        // Typed sizes count at once, not only after Enter: the editor's text is what the user sees.
        width.getEditor().textProperty().addListener((o, a, b) -> update());
        height.getEditor().textProperty().addListener((o, a, b) -> update());
        scale.selectedToggleProperty().addListener((o, a, b) -> update());
        update();
        setResultConverter(button -> button == EXPORT ? settings() : null);
    }

    private void update() {
        try {
            outcome.setText("Same area as on screen · " + settings().describe());
            getDialogPane().lookupButton(EXPORT).setDisable(false);
        } catch (IllegalArgumentException e) {
            outcome.setText(e.getMessage());
            getDialogPane().lookupButton(EXPORT).setDisable(true);
        }
    }

    private ExportSettings settings() {
        int s = scale.getSelectedToggle() == null ? 1 : (Integer) scale.getSelectedToggle().getUserData();
        return new ExportSettings(typed(width), typed(height), s, title.getText().strip());
    }

    private static int typed(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText().strip().replace(",", "");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("width and height must be whole numbers of pixels");
        }
    }

    private static int clampSide(int side) {
        return Math.max(ExportSettings.MIN_SIDE, Math.min(ExportSettings.MAX_PIXELS_PER_SIDE, side));
    }

    private static Spinner<Integer> spinner() {
        Spinner<Integer> s = new Spinner<>(ExportSettings.MIN_SIDE, ExportSettings.MAX_PIXELS_PER_SIDE, 1280, 10);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }
}
