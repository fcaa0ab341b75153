package org.redmap.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.redmap.project.ExportFormat;
import org.redmap.model.TextRules;
import org.redmap.project.DatePolicy;
import org.redmap.render.MapRenderer;
import org.redmap.render.Marking;
import org.redmap.render.RenderRequest;
import org.redmap.project.PageElement;

/**
 * File → Export…: a briefing image of the map as it is framed on screen, as PNG, SVG or PDF, at a
 * slide or paper size, with a title, subtitle, marking banners, author, date and sources footer.
 * Beside the settings is the page view of the export with these settings: the page itself drawn
 * small by the renderer off the UI thread (newest settings win), redrawn whenever a setting or the
 * project changes, whose legend, labels, panels and annotations are moved there as in Page mode. Exporting and copying also run off the UI
 * thread; the dialog closes when the file is written and stays open, saying why, when it is not.
 */
final class BriefingExportDialog extends Dialog<BriefingSettings> {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType COPY = new ButtonType("Copy image", ButtonBar.ButtonData.LEFT);
    /** The box the preview fits in, in logical pixels. */
    static final double PREVIEW_WIDTH = 600;
    static final double PREVIEW_HEIGHT = 420;

    /** A marking choice: none, a common marking, or free text typed beside it. */
    private record MarkingChoice(String label, Marking marking) {
        static final MarkingChoice NONE = new MarkingChoice("No marking", null);
        static final MarkingChoice OTHER = new MarkingChoice("Other (free text)…", null);

        @Override
        public String toString() {
            return label;
        }
    }

    /** A size choice: a preset, or custom pixels at a chosen DPI. */
    private record SizeChoice(String label, PageSize preset) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Where the picture comes from and how the file is written: the window's project, through the
     * same session and exporter as {@code redmap export --project} ({@link ProjectExportSource}).
     */
    interface Source {
        /** The request to export with these settings (the preview draws it small). */
        RenderRequest request(BriefingSettings settings);

        /** Writes the file; runs off the UI thread. Throws, leaving no file, when it cannot. */
        void export(BriefingSettings settings, Path target) throws java.io.IOException;

        /** What the file and its sidecar will tell whoever receives them, as one short line; no I/O. */
        String carries(BriefingSettings settings);
    }

    /** The window's page views: the dialog's preview is one, its edits those of Page mode. */
    interface Pages {
        /**
         * @param hider takes off the page what the dialog's own settings put there
         */
        PageView open(java.util.function.Supplier<Optional<RenderRequest>> request, Consumer<PageElement> hider);

        void close(PageView view);
    }

    private final Source source;
    private final MapRenderer renderer;
    private final FileDialogs dialogs;
    private final BackgroundTasks background;
    private final Consumer<String> message;
    private final Consumer<BriefingSettings> remember;

    private final ToggleGroup format = new ToggleGroup();
    private final ComboBox<SizeChoice> size = new ComboBox<>();
    private final Spinner<Integer> customWidth = new Spinner<>(PageSize.MIN_PIXELS_PER_SIDE, PageSize.MAX_PIXELS_PER_SIDE, 1600, 10);
    private final Spinner<Integer> customHeight = new Spinner<>(PageSize.MIN_PIXELS_PER_SIDE, PageSize.MAX_PIXELS_PER_SIDE, 1000, 10);
    private final Spinner<Integer> customDpi = new Spinner<>(PageSize.MIN_DPI, PageSize.MAX_DPI, 96, 12);
    private final HBox customRow;
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField author = new TextField();
    private final DatePicker date = new DatePicker();
    /** Checked: each export prints the day it is made (UTC), and the project keeps "export day". */
    private final CheckBox exportDay = new CheckBox("The day of each export");
    private final ComboBox<MarkingChoice> marking = new ComboBox<>();
    private final TextField markingText = new TextField();
    private final CheckBox sources = new CheckBox("Sources footer (built from the claims shown)");
    /** Unchecked on every opening: a briefing travels, and absolute paths name the user and the case folders. */
    private final CheckBox localPaths = new CheckBox("Include local paths (folders on this computer) in the sidecar");
    private final Label carries = new Label();
    private final PageView preview;
    private final Label info = new Label();
    private final Label problem = new Label();
    private final Label textNotice = new Label();
    private final Label progress = new Label();
    private final ProgressIndicator working = new ProgressIndicator();
    private final ObjectProperty<RenderRequest> previewShown = new SimpleObjectProperty<>(this, "previewShown");
    private boolean busy;

    /**
     * @param source   what to draw and how to write it ({@link ProjectExportSource})
     * @param initial  the settings to start from: the last export's, or the defaults
     * @param message  the status line
     * @param remember keeps the settings of a successful export for next time
     */
    BriefingExportDialog(Window owner, Source source, BriefingSettings initial, MapRenderer renderer, Pages pages,
                         FileDialogs dialogs, BackgroundTasks background, Consumer<String> message,
                         Consumer<BriefingSettings> remember) {
        this.source = source;
        this.renderer = renderer;
        this.dialogs = dialogs;
        this.background = background;
        this.message = message;
        this.remember = remember;
        this.preview = pages.open(this::previewRequest, this::hideFromSettings);

        initOwner(owner);
        setTitle("Export briefing");
        setResizable(true);
        getDialogPane().setId("briefingDialog");
        getDialogPane().getStyleClass().add("briefing-dialog");
        getDialogPane().getStylesheets().add(BriefingExportDialog.class.getResource("redmap.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CANCEL, EXPORT);

        HBox formats = new HBox();
        formats.getStyleClass().add("segmented");
        for (ExportFormat f : ExportFormat.values()) {
            ToggleButton b = new ToggleButton(f.extension().toUpperCase(Locale.ROOT));
            b.setId("briefingFormat" + capitalised(f.extension()));
            b.setUserData(f);
            b.setToggleGroup(format);
            b.getStyleClass().add("segment");
            formats.getChildren().add(b);
        }
        format.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) format.selectToggle(was);
        });

        size.setId("briefingSize");
        for (PageSize p : PageSize.PRESETS) size.getItems().add(new SizeChoice(p.label(), p));
        size.getItems().add(new SizeChoice("Custom size…", null));
        size.setMaxWidth(Double.MAX_VALUE);
        customWidth.setId("briefingCustomWidth");
        customHeight.setId("briefingCustomHeight");
        customDpi.setId("briefingCustomDpi");
        for (Spinner<Integer> s : List.of(customWidth, customHeight, customDpi)) {
            s.setEditable(true);
            s.setPrefWidth(s == customDpi ? 78 : 92);
        }
        customRow = new HBox(6, customWidth, muted("×"), customHeight, muted("px at"), customDpi, muted("dpi"));
        customRow.setAlignment(Pos.CENTER_LEFT);

        title.setId("briefingTitle");
        textNotice.setId("briefingTextNotice");
        textNotice.getStyleClass().add("problem");
        textNotice.setWrapText(true);
        textNotice.setMaxWidth(380);
        textNotice.setManaged(false);
        Consumer<String> notice = text -> {
            textNotice.setText(text);
            textNotice.setManaged(!text.isEmpty());
        };
        TextLimit.apply(title, TextRules.TITLE, notice);
        TextLimit.apply(subtitle, TextRules.SUBTITLE, notice);
        TextLimit.apply(author, TextRules.AUTHOR, notice);
        TextLimit.apply(markingText, TextRules.MARKING, notice);
        subtitle.setId("briefingSubtitle");
        subtitle.setPromptText("Automatic: who built the network, by region, and on what basis");
        author.setId("briefingAuthor");
        author.setPromptText("Optional");
        date.setId("briefingDate");
        date.setPromptText("No date");
        date.setMaxWidth(Double.MAX_VALUE);
        exportDay.setId("briefingExportDay");
        date.disableProperty().bind(exportDay.selectedProperty());

        marking.setId("briefingMarking");
        marking.getItems().add(MarkingChoice.NONE);
        for (Marking m : Marking.common()) marking.getItems().add(new MarkingChoice(m.text(), m));
        marking.getItems().add(MarkingChoice.OTHER);
        marking.setCellFactory(list -> new MarkingCell());
        marking.setButtonCell(new MarkingCell());
        marking.setMaxWidth(Double.MAX_VALUE);
        marking.setVisibleRowCount(16);
        markingText.setId("briefingMarkingText");
        markingText.setPromptText("e.g. DRAFT – NOT FOR DISTRIBUTION");
        sources.setId("briefingSources");
        localPaths.setId("briefingLocalPaths");
        carries.setId("briefingCarries");
        carries.getStyleClass().add("muted");
        carries.setWrapText(true);
        carries.setMaxWidth(320);

        GridPane form = new GridPane();
        form.setId("briefingForm");
        form.getStyleClass().add("briefing-form");
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(70);
        ColumnConstraints fields = new ColumnConstraints(300, 320, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.add(section("File"), 0, row++, 2, 1);
        form.addRow(row++, label("Format"), formats);
        form.addRow(row++, label("Size"), size);
        form.add(customRow, 1, row++);
        form.add(section("Words"), 0, row++, 2, 1);
        form.addRow(row++, label("Title"), title);
        form.addRow(row++, label("Subtitle"), subtitle);
        form.addRow(row++, label("Author"), author);
        form.add(textNotice, 1, row++);
        form.addRow(row++, label("Date"), date);
        form.add(exportDay, 1, row++);
        form.add(section("Marking and sources"), 0, row++, 2, 1);
        form.addRow(row++, label("Marking"), marking);
        form.add(markingText, 1, row++);
        form.add(sources, 1, row++);
        form.add(section("What the file carries"), 0, row++, 2, 1);
        form.add(localPaths, 1, row++);
        form.add(carries, 1, row);

        preview.setId("briefingPreview");
        preview.shownProperty().addListener((o, a, shown) -> previewShown.set(shown == null ? null : shown.request()));
        StackPane well = new StackPane(preview);
        well.getStyleClass().add("preview-well");
        well.setMinSize(PREVIEW_WIDTH + 32, PREVIEW_HEIGHT + 32);
        well.setPrefSize(PREVIEW_WIDTH + 32, PREVIEW_HEIGHT + 32);
        Label caption = muted("The page as it will be written: drag the legend, labels and panels; right-click for more");
        caption.setWrapText(true);
        info.setId("briefingInfo");
        info.getStyleClass().add("briefing-info");
        Region captionGap = new Region();
        HBox.setHgrow(captionGap, Priority.ALWAYS);
        HBox under = new HBox(8, caption, captionGap, info);
        under.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, well, under);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(well, Priority.ALWAYS);

        problem.setId("briefingProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        working.setMaxSize(16, 16);
        working.setVisible(false);
        progress.setId("briefingProgress");
        progress.getStyleClass().add("muted");
        VBox left = new VBox(10, form, problem, new HBox(6, working, progress));
        left.setMinWidth(400);
        left.setPrefWidth(420);
        HBox content = new HBox(22, left, right);
        content.setPadding(new Insets(16, 18, 6, 18));
        getDialogPane().setContent(content);

        // Export and Copy work in the background; the dialog stays until the file is written.
        Button exportButton = (Button) getDialogPane().lookupButton(EXPORT);
        exportButton.setId("briefingExport");
        exportButton.setDefaultButton(true);
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            export();
        });
        Button copyButton = (Button) getDialogPane().lookupButton(COPY);
        copyButton.setId("briefingCopy");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            copy();
        });
        setResultConverter(b -> null);
        setOnHidden(e -> pages.close(preview));
        setOnShown(e -> {
            preview.setOutputScale(outputScale());
            preview.refresh();
        });

        load(initial);
        Runnable changed = this::update;
        format.selectedToggleProperty().addListener((o, a, b) -> changed.run());
        size.valueProperty().addListener((o, a, b) -> changed.run());
        for (Spinner<Integer> s : List.of(customWidth, customHeight, customDpi)) {
            s.getEditor().textProperty().addListener((o, a, b) -> changed.run());
        }
        for (TextField f : List.of(title, subtitle, author, markingText)) f.textProperty().addListener((o, a, b) -> changed.run());
        date.valueProperty().addListener((o, a, b) -> changed.run());
        exportDay.selectedProperty().addListener((o, a, b) -> changed.run());
        marking.valueProperty().addListener((o, a, b) -> changed.run());
        sources.selectedProperty().addListener((o, a, b) -> changed.run());
        localPaths.selectedProperty().addListener((o, a, b) -> changed.run());
        update();
    }

    private void load(BriefingSettings s) {
        format.getToggles().stream().filter(t -> t.getUserData() == s.format()).findFirst().ifPresent(format::selectToggle);
        SizeChoice choice = size.getItems().stream().filter(c -> s.size().equals(c.preset())).findFirst()
                .orElse(size.getItems().get(size.getItems().size() - 1));
        size.setValue(choice);
        if (choice.preset() == null) {
            customWidth.getValueFactory().setValue(s.size().pixelWidth());
            customHeight.getValueFactory().setValue(s.size().pixelHeight());
            customDpi.getValueFactory().setValue((int) Math.round(s.size().dpi()));
        }
        title.setText(s.title());
        subtitle.setText(s.subtitle());
        author.setText(s.author());
        exportDay.setSelected(s.date().kind() == DatePolicy.Kind.EXPORT_DAY);
        date.setValue(switch (s.date().kind()) {
            case NONE -> null;
            case EXPORT_DAY -> LocalDate.now(ZoneOffset.UTC);
            case FIXED -> s.date().fixed();
        });
        if (s.marking().isEmpty()) {
            marking.setValue(MarkingChoice.NONE);
        } else {
            Marking m = s.marking().get();
            Optional<MarkingChoice> common = marking.getItems().stream().filter(c -> m.equals(c.marking())).findFirst();
            marking.setValue(common.orElse(MarkingChoice.OTHER));
            if (common.isEmpty()) markingText.setText(m.text());
        }
        sources.setSelected(s.sourcesFooter());
        localPaths.setSelected(s.localPaths());
    }

    /** The settings as the form now says, or the reason they cannot be used. */
    BriefingSettings settings() {
        ExportFormat f = format.getSelectedToggle() == null ? ExportFormat.PNG : (ExportFormat) format.getSelectedToggle().getUserData();
        SizeChoice choice = size.getValue();
        PageSize page = choice != null && choice.preset() != null ? choice.preset()
                : PageSize.custom(typed(customWidth, "width"), typed(customHeight, "height"), typed(customDpi, "dpi"));
        Optional<Marking> m;
        MarkingChoice mc = marking.getValue();
        if (mc == null || mc == MarkingChoice.NONE) {
            m = Optional.empty();
        } else if (mc == MarkingChoice.OTHER) {
            if (markingText.getText().isBlank()) throw new IllegalArgumentException("type the marking's text, or choose one");
            m = Optional.of(Marking.of(markingText.getText()));
        } else {
            m = Optional.of(mc.marking());
        }
        DatePolicy dated = exportDay.isSelected() ? DatePolicy.EXPORT_DAY
                : date.getValue() == null ? DatePolicy.NONE : DatePolicy.fixed(date.getValue());
        return new BriefingSettings(f, page, title.getText(), subtitle.getText(), m, author.getText(), dated,
                sources.isSelected(), localPaths.isSelected());
    }

    /** The request that Export would write now. */
    RenderRequest exportRequest() {
        return source.request(settings());
    }

    /** The preview on show: the request it was drawn from (null before the first). */
    ReadOnlyObjectProperty<RenderRequest> previewShownProperty() {
        return previewShown;
    }

    /** The page on show in the preview, null before the first. */
    Image previewImage() {
        PageView.Shown shown = preview.shownProperty().get();
        return shown == null ? null : shown.image();
    }

    PageView preview() {
        return preview;
    }

    /** The page with the settings the form holds now; none while they cannot be used. */
    private Optional<RenderRequest> previewRequest() {
        try {
            return Optional.of(source.request(settings()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Taking the sources footer or the prepared-by block off the page unticks or clears the setting that puts it there. */
    private void hideFromSettings(PageElement element) {
        if (element == PageElement.SOURCES) sources.setSelected(false);
        if (element == PageElement.PREPARED) {
            author.setText("");
            exportDay.setSelected(false);
            date.setValue(null);
        }
    }

    private void update() {
        boolean custom = size.getValue() != null && size.getValue().preset() == null;
        customRow.setVisible(custom);
        customRow.setManaged(custom);
        boolean other = marking.getValue() == MarkingChoice.OTHER;
        markingText.setVisible(other);
        markingText.setManaged(other);
        try {
            BriefingSettings s = settings();
            problem.setText("");
            info.setText(s.format().extension().toUpperCase(Locale.ROOT) + " · " + s.size().describe(s.format()));
            carries.setText(source.carries(s));
            setActionsDisabled(busy);
            preview.refresh();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            info.setText("");
            setActionsDisabled(true);
        }
    }

    private double outputScale() {
        Window w = getOwner();
        return w == null ? 1 : w.getOutputScaleX();
    }

    private void setActionsDisabled(boolean disabled) {
        getDialogPane().lookupButton(EXPORT).setDisable(disabled);
        getDialogPane().lookupButton(COPY).setDisable(disabled);
    }

    private void working(boolean on, String text) {
        busy = on;
        working.setVisible(on);
        progress.setText(text);
        setActionsDisabled(on);
    }

    private void export() {
        if (busy) return;
        BriefingSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        Optional<Path> chosen = dialogs.chooseExportTarget(getDialogPane().getScene().getWindow(), s.fileName(), s.format());
        if (chosen.isEmpty()) return;
        Path target = withExtension(chosen.get(), s.format());
        String what = ExportFormat.fromPath(target).extension().toUpperCase(Locale.ROOT) + ", " + s.size().describe(ExportFormat.fromPath(target));
        working(true, "Exporting " + target.getFileName() + "…");
        message.accept("Exporting " + target.getFileName() + " (" + what + ")…");
        background.run(() -> {
            source.export(s, target);
            return target;
        }, written -> {
            working(false, "");
            remember.accept(s);
            message.accept("Exported " + written + " (" + what + ")");
            setResult(s);
            close();
        }, e -> {
            working(false, "Export failed: nothing was written");
            message.accept("Export failed");
            error("Could not export " + target.getFileName(), e);
        });
    }

    /** The format's extension, unless the name already ends in one the exporter knows. */
    static Path withExtension(Path p, ExportFormat format) {
        String name = p.getFileName().toString();
        try {
            ExportFormat.fromPath(p);
            return p;
        } catch (IllegalArgumentException noKnownExtension) {
            return p.resolveSibling(name + "." + format.extension());
        }
    }

    private void copy() {
        if (busy) return;
        RenderRequest request;
        try {
            request = source.request(settings());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        String size = request.pixelWidth() + " × " + request.pixelHeight();
        working(true, "Drawing " + size + " px for the clipboard…");
        background.run(() -> SwingFXUtils.toFXImage(renderer.render(request.forExport()), null), image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
            working(false, "Copied the " + size + " px image to the clipboard");
            message.accept("Copied the " + size + " px image to the clipboard");
        }, e -> {
            working(false, "Could not copy the image");
            error("Could not copy the image", e);
        });
    }

    private void error(String header, Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(getDialogPane().getScene().getWindow());
        alert.setTitle("redmap");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("errorDialog");
        Label text = new Label(e.getMessage() == null ? e.toString() : e.getMessage());
        text.setId("errorText");
        text.setWrapText(true);
        text.setPrefWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private static int typed(Spinner<Integer> spinner, String what) {
        String text = spinner.getEditor().getText().strip().replace(",", "");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a whole number");
        }
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("section-heading");
        GridPane.setMargin(l, new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A marking as it will print: its text on its banner colour. */
    private static final class MarkingCell extends ListCell<MarkingChoice> {
        @Override
        protected void updateItem(MarkingChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item.marking() == null) {
                setText(item.label());
                setGraphic(null);
                return;
            }
            Label chip = new Label(item.marking().text());
            chip.getStyleClass().add("marking-chip");
            chip.setStyle("-fx-background-color: " + css(item.marking().background()) + "; -fx-text-fill: "
                    + css(item.marking().foreground()) + ";");
            setGraphic(chip);
        }

        private static String css(java.awt.Color c) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        }
    }
}
