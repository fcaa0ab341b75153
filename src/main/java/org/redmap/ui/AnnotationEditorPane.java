package org.redmap.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.redmap.annotate.AnnotationEdits;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.AnnotationStyle;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.TextRules;
import org.redmap.model.annotation.TextLabel;

/**
 * The right-hand panel while an annotation is selected: its words, colour, line width, font size,
 * fill opacity and stacking order. Every change is one undo step; a slider dragged is one step
 * when it is let go. Shows only the settings the kind uses (an arrow has no fill, a label no line).
 */
final class AnnotationEditorPane extends VBox {

    private final MapState state;
    private final AnnotationController controller;
    private final Label heading = new Label();
    private final Label subtitle = new Label();
    private final StackPane kindIcon = new StackPane();
    private final TextArea text = new TextArea();
    private final TextField pinTitle = new TextField();
    private final TextArea pinNote = new TextArea();
    private final Label region = new Label();
    private final ColorPicker colour = new ColorPicker();
    private final Spinner<Double> lineWidth = new Spinner<>();
    private final Spinner<Double> fontSize = new Spinner<>();
    private final Slider fill = new Slider(0, 1, 0.5);
    private final Label fillValue = new Label();
    private final GridPane styleGrid = new GridPane();
    private final CheckBox inLegend = new CheckBox("In the legend");
    private final TextField legendLabel = new TextField();
    private final Label help = hint("");
    private final VBox textBox;
    private final VBox pinBox;
    private final VBox regionBox;
    private Annotation shown;
    /** The annotation whose words are in the text fields being typed in: the selection may move on before they count. */
    private String textOwner;
    private boolean updating;

    AnnotationEditorPane(MapState state, AnnotationController controller) {
        this.state = state;
        this.controller = controller;
        setId("annotationEditor");
        getStyleClass().addAll("side-panel", "inspector", "annotation-editor");
        setSpacing(8);
        setPadding(new Insets(14));

        heading.setId("annotationHeading");
        heading.getStyleClass().add("inspector-title");
        subtitle.setId("annotationSubtitle");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        kindIcon.getStyleClass().add("editor-kind-icon");
        HBox header = new HBox(8, kindIcon, heading);
        header.setAlignment(Pos.CENTER_LEFT);

        text.setId("annotationText");
        for (TextInputControl field : List.of(text, pinTitle, pinNote)) {
            TextLimit.apply(field, TextRules.NOTE, help::setText);
        }
        text.setWrapText(true);
        text.setPrefRowCount(3);
        commitOnLeave(text);
        pinTitle.setId("annotationPinTitle");
        pinTitle.setPromptText("Title (optional)");
        commitOnLeave(pinTitle);
        pinNote.setId("annotationPinNote");
        pinNote.setPromptText("Note (optional)");
        pinNote.setWrapText(true);
        pinNote.setPrefRowCount(3);
        commitOnLeave(pinNote);
        textBox = new VBox(4, heading("Text"), text, hint("Enter applies · Shift+Enter starts a new line"));
        pinBox = new VBox(4, heading("Title"), pinTitle, heading("Note"), pinNote);
        region.setId("annotationRegion");
        region.setWrapText(true);
        regionBox = new VBox(4, heading("Region"), region);

        colour.setId("annotationColour");
        colour.setMaxWidth(Double.MAX_VALUE);
        colour.getCustomColors().addAll(kindColours());
        colour.setOnAction(e -> {
            if (updating || shown == null) return;
            restyle(shown.style().withColour(hex(colour.getValue())), "colour");
        });
        setUp(lineWidth, "annotationLineWidth", AnnotationStyle.MIN_LINE_WIDTH, AnnotationStyle.MAX_LINE_WIDTH, 0.5);
        lineWidth.valueProperty().addListener((o, a, v) -> {
            if (!updating && shown != null && v != null) restyle(shown.style().withLineWidth(v), "line width");
        });
        setUp(fontSize, "annotationFontSize", AnnotationStyle.MIN_FONT_SIZE, AnnotationStyle.MAX_FONT_SIZE, 1);
        fontSize.valueProperty().addListener((o, a, v) -> {
            if (!updating && shown != null && v != null) restyle(shown.style().withFontSize(v), "font size");
        });
        fill.setId("annotationFill");
        fill.setBlockIncrement(0.05);
        fill.setMaxWidth(Double.MAX_VALUE);
        fillValue.setId("annotationFillValue");
        fillValue.setMinWidth(38);
        fill.valueProperty().addListener((o, a, v) -> {
            fillValue.setText(percent(v.doubleValue()));
            if (updating || shown == null) return;
            AnnotationStyle s = shown.style().withFillOpacity(round2(v.doubleValue()));
            if (fill.isValueChanging()) controller.previewStyle(shown, s);
            else restyle(s, "fill opacity");
        });
        fill.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && !updating && shown != null) {
                restyle(shown.style().withFillOpacity(round2(fill.getValue())), "fill opacity");
            }
        });
        styleGrid.setHgap(10);
        styleGrid.setVgap(7);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(74);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        styleGrid.getColumnConstraints().addAll(labels, values);

        inLegend.setId("annotationInLegend");
        inLegend.setTooltip(new Tooltip("List this mark in the legend, with its symbol and the words below"));
        legendLabel.setId("annotationLegendLabel");
        legendLabel.setPromptText("What the legend says");
        TextLimit.apply(legendLabel, TextRules.LEGEND_LABEL, help::setText);
        inLegend.selectedProperty().addListener((o, was, on) -> {
            legendLabel.setDisable(!on);
            if (updating || shown == null) return;
            String label = on ? legendText(legendLabel.getText(), shown) : "";
            legendLabel.setText(label);
            restyle(shown.style().withLegendLabel(label), "legend entry");
        });
        legendLabel.setOnAction(e -> commitLegendLabel());
        legendLabel.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) commitLegendLabel();
        });
        VBox legendBox = new VBox(6, inLegend, legendLabel);

        HBox order = new HBox(4,
                orderButton("zToBack", "To back", "Send to the bottom of the stack", controller::sendToBack),
                orderButton("zBackward", "Backward", "Send one step down", controller::sendBackward),
                orderButton("zForward", "Forward", "Bring one step up", controller::bringForward),
                orderButton("zToFront", "To front", "Bring to the top of the stack", controller::bringToFront));

        Button delete = new Button("Delete");
        delete.setId("annotationDelete");
        delete.getStyleClass().add("danger-button");
        delete.setTooltip(new Tooltip("Delete this annotation  (Delete)"));
        delete.setOnAction(e -> controller.deleteSelected());
        Button done = new Button("Done");
        done.setId("annotationDone");
        done.setTooltip(new Tooltip("Deselect  (Esc)"));
        done.setOnAction(e -> state.clearSelection());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, delete, spacer, done);

        help.setId("annotationHelp");
        help.setWrapText(true);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        getChildren().addAll(header, subtitle, textBox, pinBox, regionBox, new Separator(), heading("Style"), styleGrid,
                new Separator(), heading("Legend"), legendBox, new Separator(), heading("Order"), order, grow, help, new Separator(), actions);

        state.selectionProperty().addListener((o, a, b) -> refresh());
        state.mapProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The inspector, or this pane while an annotation is selected, in one slot of the window. */
    static StackPane besideInspector(Node inspector, AnnotationEditorPane editor) {
        StackPane side = new StackPane(inspector, editor);
        side.setId("sidePanel");
        // Inspector and editor share one slot, so the map never shifts under the pointer when they swap.
        side.getStyleClass().add("side-slot");
        Runnable swap = () -> {
            boolean editing = editor.isShowing();
            editor.setVisible(editing);
            inspector.setVisible(!editing);
        };
        editor.state.selectionProperty().addListener((o, a, b) -> swap.run());
        editor.state.mapProperty().addListener((o, a, b) -> swap.run());
        swap.run();
        return side;
    }

    /** True while an annotation is selected, so the pane has something to edit. */
    boolean isShowing() {
        return shown != null;
    }

    private void refresh() {
        Optional<Annotation> selected = state.selectedAnnotation();
        shown = selected.orElse(null);
        if (shown == null) return;
        updating = true;
        try {
            Annotation a = shown;
            AnnotationKind kind = a.kind();
            heading.setText(capitalised(kind.noun()));
            kindIcon.getChildren().setAll(Icons.icon(toolFor(kind)));
            int index = state.map().document().annotations().indexOf(a);
            int count = state.map().document().annotations().size();
            subtitle.setText(a.id() + " · " + (count - index == 1 ? "on top" : "layer " + (index + 1) + " of " + count)
                    + " · " + where(a));

            boolean hasText = a instanceof TextLabel || a instanceof Callout;
            show(textBox, hasText);
            show(pinBox, a instanceof Pin);
            show(regionBox, a instanceof RegionHighlight);
            if (a instanceof TextLabel l) setIfIdle(text, l.text());
            if (a instanceof Callout c) setIfIdle(text, c.text());
            if (a instanceof Pin p) {
                setIfIdle(pinTitle, p.title());
                setIfIdle(pinNote, p.note());
            }
            if (a instanceof RegionHighlight h) {
                region.setText(state.region(h.regionId()).map(r -> r.name() + " (" + h.regionId() + ")")
                        .orElse(h.regionId() + ", not on this map"));
            }

            help.setText(help(kind));
            AnnotationStyle s = a.style();
            colour.setValue(Color.web(s.colour()));
            lineWidth.getValueFactory().setValue(s.lineWidth());
            fontSize.getValueFactory().setValue(s.fontSize());
            if (!fill.isValueChanging()) fill.setValue(s.fillOpacity());
            fillValue.setText(percent(s.fillOpacity()));
            inLegend.setSelected(s.inLegend());
            legendLabel.setDisable(!s.inLegend());
            setIfIdle(legendLabel, s.legendLabel());
            styleGrid.getChildren().clear();
            int row = 0;
            styleGrid.addRow(row++, label("Colour"), colour);
            if (usesLine(kind)) styleGrid.addRow(row++, label("Line width"), withUnit(lineWidth, "px"));
            if (usesFont(kind)) styleGrid.addRow(row++, label("Font size"), withUnit(fontSize, "px"));
            if (usesFill(kind)) styleGrid.addRow(row, label(fillLabel(kind)), withUnit(fill, fillValue));
        } finally {
            updating = false;
        }
    }

    private static String where(Annotation a) {
        if (a.positions().isEmpty()) return "follows its region";
        var p = a.positions().get(0);
        return GeoFormat.latLon(p.lon(), p.lat());
    }

    /** What the pointer does to this kind, in a line. */
    static String help(AnnotationKind k) {
        String how = switch (k) {
            case TEXT_LABEL, PIN -> "Drag it to move it · double-click to edit its text on the map";
            case CALLOUT -> "Drag the box to move it · drag the dot to point it elsewhere · double-click to edit its text";
            case POLYGON -> "Drag it to move it · drag a corner's square to reshape it";
            case REGION_HIGHLIGHT -> "It follows its region's outline: to move it, delete it and highlight another region";
            default -> "Drag it to move it · drag a square handle to resize it";
        };
        return how + " · Delete removes it · Ctrl+Z undoes";
    }

    static boolean usesLine(AnnotationKind k) {
        return k != AnnotationKind.TEXT_LABEL && k != AnnotationKind.PIN;
    }

    static boolean usesFont(AnnotationKind k) {
        return k == AnnotationKind.TEXT_LABEL || k == AnnotationKind.CALLOUT || k == AnnotationKind.PIN;
    }

    static boolean usesFill(AnnotationKind k) {
        return k != AnnotationKind.ARROW;
    }

    private static String fillLabel(AnnotationKind k) {
        return switch (k) {
            case TEXT_LABEL -> "Backing";
            case CALLOUT -> "Box";
            case REGION_HIGHLIGHT -> "Halo";
            default -> "Fill";
        };
    }

    private static AnnotationTool toolFor(AnnotationKind kind) {
        for (AnnotationTool t : AnnotationTool.values()) {
            if (t.kind() == kind) return t;
        }
        return AnnotationTool.SELECT;
    }

    /** Records a new look, compared with the annotation as recorded (a slider's preview may be on show). */
    private void restyle(AnnotationStyle style, String what) {
        if (shown == null) return;
        Annotation recorded = AnnotationEdits.find(controller.session().current(), shown.id()).orElse(null);
        if (recorded == null || style.equals(recorded.style())) return;
        controller.restyle(recorded, style, what);
    }

    private void commitLegendLabel() {
        if (updating || shown == null || !inLegend.isSelected()) return;
        String label = legendText(legendLabel.getText(), shown);
        legendLabel.setText(label);
        restyle(shown.style().withLegendLabel(label), "legend entry");
    }

    /**
     * What the legend says of the mark: the words typed, or else its own text (a label's or
     * callout's first line, a pin's title) or its kind, so a ticked box always gives an entry.
     */
    static String legendText(String typed, Annotation a) {
        String words = TextRules.LEGEND_LABEL.strip(typed == null ? "" : typed).strip();
        if (words.isEmpty()) {
            String own = a instanceof TextLabel l ? l.text() : a instanceof Callout c ? c.text() : a instanceof Pin p ? p.title() : "";
            words = own.lines().findFirst().orElse("").strip();
        }
        if (words.isEmpty()) words = capitalised(a.kind().noun());
        int limit = TextRules.LEGEND_LABEL.limit();
        return words.codePointCount(0, words.length()) <= limit ? words
                : words.substring(0, words.offsetByCodePoints(0, limit - 1)).strip() + "…";
    }

    private void commitText() {
        if (updating || textOwner == null) return;
        Annotation owner = AnnotationEdits.find(controller.session().current(), textOwner).orElse(null);
        if (owner instanceof Pin) {
            controller.editText(owner, pinTitle.getText(), pinNote.getText());
        } else if (owner != null && AnnotationController.hasText(owner)) {
            String current = owner instanceof TextLabel l ? l.text() : ((Callout) owner).text();
            if (!text.getText().strip().equals(current)) controller.editText(owner, text.getText(), "");
        }
    }

    /** Text counts when the field is left or Enter is pressed (Shift+Enter is a new line). */
    private void commitOnLeave(TextInputControl field) {
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                textOwner = shown == null ? null : shown.id();
            } else {
                commitText();
                // The selection may have moved on while this field had the keyboard: show its words now.
                if (!text.isFocused() && !pinTitle.isFocused() && !pinNote.isFocused()) {
                    textOwner = null;
                    refresh();
                }
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && field instanceof TextArea) {
                field.replaceSelection("\n");
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                commitText();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                refreshTextFromModel();
                e.consume();
            }
        });
    }

    private void refreshTextFromModel() {
        Annotation a = shown;
        if (a instanceof TextLabel l) text.setText(l.text());
        if (a instanceof Callout c) text.setText(c.text());
        if (a instanceof Pin p) {
            pinTitle.setText(p.title());
            pinNote.setText(p.note());
        }
    }

    private static void setIfIdle(TextInputControl field, String value) {
        if (!field.isFocused() && !field.getText().equals(value)) field.setText(value);
    }

    private static void setUp(Spinner<Double> spinner, String id, double min, double max, double step) {
        spinner.setId(id);
        spinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, min, step));
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
    }

    private static HBox withUnit(Node control, String unit) {
        return withUnit(control, label(unit));
    }

    private static HBox withUnit(Node control, Label unit) {
        unit.getStyleClass().add("muted");
        HBox box = new HBox(6, control, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        if (control instanceof Slider) HBox.setHgrow(control, Priority.ALWAYS);
        return box;
    }

    private static Button orderButton(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("order-button");
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Label label(String text) {
        return new Label(text);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hints");
        return l;
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static java.util.List<Color> kindColours() {
        return java.util.Arrays.stream(AnnotationKind.values()).map(k -> Color.web(k.defaultStyle().colour()))
                .distinct().toList();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    private static String percent(double v) {
        return Math.round(v * 100) + " %";
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
