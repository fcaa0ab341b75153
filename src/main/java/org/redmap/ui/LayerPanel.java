package org.redmap.ui;

import org.redmap.project.OverlayIds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.Classification;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.ModelledCoverage;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import org.redmap.render.OverlayBuilder;
import org.redmap.project.OverlaySetting;
import org.redmap.render.Ramp;

/**
 * The left-hand layer panel: presets, the base layers, and the overlays in drawing order (top row
 * on top) with visibility, opacity, a modelled tag, and reordering by drag or by the arrow buttons.
 * Kept in step with the state both ways.
 */
final class LayerPanel extends VBox {

    private final MapState state;
    private final Map<Layer, CheckBox> boxes = new EnumMap<>(Layer.class);
    private final Map<MapLayers.Preset, ToggleButton> presets = new EnumMap<>(MapLayers.Preset.class);
    private final Map<String, OverlayRow> rows = new LinkedHashMap<>();
    private final VBox overlayList = new VBox();
    private final ToggleGroup presetGroup = new ToggleGroup();
    private final TitledPane basePane;
    private boolean syncing;
    /** The overlay being dragged by its handle, or null. */
    private String dragging;

    LayerPanel(MapState state, ObservableBooleanValue computing) {
        this.state = state;
        setId("layers");
        getStyleClass().addAll("side-panel", "layer-panel");
        setSpacing(7);
        setPadding(new Insets(14, 14, 8, 14));

        getChildren().add(heading("Preset"));
        HBox presetBar = new HBox();
        presetBar.getStyleClass().add("preset-bar");
        for (MapLayers.Preset p : MapLayers.Preset.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("preset-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(presetGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setTooltip(new Tooltip(presetTip(p)));
            b.setOnAction(e -> state.applyPreset(p));
            presets.put(p, b);
            presetBar.getChildren().add(b);
        }
        getChildren().add(presetBar);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("overlaysProgress");
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(computing);
        Label overlaysHeading = heading("Overlays");
        Label order = new Label("top row draws on top");
        order.getStyleClass().add("caption");
        order.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox overlayHeader = new HBox(6, overlaysHeading, spinner, grow, order);
        overlayHeader.setAlignment(Pos.BOTTOM_LEFT);
        VBox.setMargin(overlayHeader, new Insets(8, 0, 0, 0));
        overlayList.setId("overlayList");
        overlayList.getStyleClass().add("overlay-list");
        for (OverlaySetting s : state.mapLayers().overlays()) rows.put(s.id(), new OverlayRow(s.id()));
        ChoiceBox<Classification.Method> classes = new ChoiceBox<>();
        classes.setId("classification");
        classes.getItems().setAll(Classification.Method.values());
        classes.setValue(state.classificationProperty().getValue());
        classes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Classification.Method m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Classification.Method fromString(String s) {
                return null;
            }
        });
        classes.setTooltip(new Tooltip("How coverage, risk and imported polygon values are cut into " + MapState.CLASSES + " classes"));
        classes.valueProperty().addListener((o, a, m) -> {
            if (m != null) state.setClassification(m);
        });
        state.classificationProperty().addListener((o, a, m) -> classes.setValue(m));
        Label classesLabel = new Label("Classes");
        classesLabel.getStyleClass().add("caption");
        classesLabel.setLabelFor(classes);
        HBox classRow = new HBox(6, classesLabel, classes);
        classRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(overlayHeader, overlayList, classRow);

        VBox baseBox = new VBox(7);
        baseBox.setPadding(new Insets(8, 4, 8, 4));
        for (Layer layer : Layer.values()) {
            CheckBox box = new CheckBox(layer.label());
            box.setId("layer-" + layer.id());
            box.selectedProperty().addListener((o, was, on) -> {
                if (!syncing) state.setLayer(layer, on);
            });
            boxes.put(layer, box);
            baseBox.getChildren().add(box);
        }
        basePane = new TitledPane("Base layers", baseBox);
        basePane.setId("baseLayers");
        basePane.getStyleClass().add("side-titled");
        state.layersProperty().addListener((o, a, now) -> sync(now));
        state.analysisProperty().addListener((o, a, now) -> describe(now));
        state.polygonsProperty().addListener((o, a, now) -> describe(state.analysis()));
        sync(state.mapLayers());
        describe(state.analysis());
    }

    /** The base layers' checkboxes, in drawing order, as a pane of their own for the side panel. */
    TitledPane basePane() {
        return basePane;
    }

    private static String presetTip(MapLayers.Preset p) {
        return switch (p) {
            case VENDOR -> "The vendor map alone: every overlay off";
            case COVERAGE -> "Coverage by region with the modelled footprint over the vendor map";
            case RISK -> "The risk score over the vendor map";
            case BRIEFING -> "The vendor map with the coverage footprint and the border distance bands";
        };
    }

    private void sync(MapLayers layers) {
        syncing = true;
        try {
            boxes.forEach((layer, box) -> box.setSelected(layers.base().contains(layer)));
            List<Node> ordered = new ArrayList<>();
            for (String id : OverlayOrder.listed(layers)) {
                OverlayRow row = rows.computeIfAbsent(id, this::newRow);
                layers.overlay(id).ifPresent(row::show);
                ordered.add(row);
            }
            if (!overlayList.getChildren().equals(ordered)) overlayList.getChildren().setAll(ordered);
            presetGroup.selectToggle(null);
            // Imported polygons ride along with every preset, so a preset is matched without them.
            MapLayers presetPart = new MapLayers(layers.base(), layers.overlays().stream()
                    .filter(o -> !MapLayers.IMPORTED_OVERLAY_IDS.contains(o.id())).toList());
            for (MapLayers.Preset p : MapLayers.Preset.values()) {
                if (MapLayers.preset(p).equals(presetPart)) presetGroup.selectToggle(presets.get(p));
            }
        } finally {
            syncing = false;
        }
    }

    /** A row for an overlay that appears later (imported polygons), tagged at once. */
    private OverlayRow newRow(String id) {
        OverlayRow row = new OverlayRow(id);
        row.describe(state.analysis());
        return row;
    }

    /** Tags and tooltips that depend on the analysis: modelled or from a table, and the model's parameters. */
    private void describe(MapAnalysis analysis) {
        rows.values().forEach(r -> r.describe(analysis));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    /** One overlay: drag handle, visibility, name, modelled tag, up/down, and an opacity slider. */
    private final class OverlayRow extends VBox {

        private final String id;
        private final CheckBox visible;
        private final Label tag = new Label("modelled");
        private final Slider opacity = new Slider(0, 1, 1);
        private final Label opacityText = new Label();
        private final Tooltip tip = new Tooltip();

        OverlayRow(String id) {
            this.id = id;
            setId("overlay-row-" + id);
            getStyleClass().add("overlay-row");
            Label handle = new Label("≡");
            handle.setId("overlay-handle-" + id);
            handle.getStyleClass().add("drag-handle");
            handle.setCursor(Cursor.MOVE);
            handle.setTooltip(new Tooltip("Drag to change the drawing order"));
            visible = new CheckBox(OverlayOrder.label(id));
            visible.setId("overlay-" + id);
            // The name gives way (with an ellipsis) before the panel would scroll sideways.
            visible.setMinWidth(60);
            visible.selectedProperty().addListener((o, was, on) -> {
                if (!syncing) current().ifPresent(s -> state.setOverlay(s.withVisible(on)));
            });
            tag.setId("overlay-tag-" + id);
            tag.getStyleClass().addAll("badge", "badge-modelled", "overlay-tag");
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Button up = arrow("overlay-up-" + id, "▲", "Draw above the overlay listed above", () -> state.setLayers(OverlayOrder.up(state.mapLayers(), id)));
            Button down = arrow("overlay-down-" + id, "▼", "Draw below the overlay listed below", () -> state.setLayers(OverlayOrder.down(state.mapLayers(), id)));
            HBox top = new HBox(5, handle, visible, grow, up, down);
            top.setAlignment(Pos.CENTER_LEFT);

            Rectangle swatch = new Rectangle(30, 9, swatchPaint(id));
            swatch.setStroke(Color.web("#00000030"));
            opacity.setId("opacity-" + id);
            opacity.setBlockIncrement(0.05);
            HBox.setHgrow(opacity, Priority.ALWAYS);
            opacity.valueProperty().addListener((o, a, v) -> {
                opacityText.setText(Math.round(v.doubleValue() * 100) + " %");
                if (!syncing) current().ifPresent(s -> state.setOverlay(s.withOpacity(Math.round(v.doubleValue() * 100) / 100.0)));
            });
            opacityText.getStyleClass().add("caption");
            opacityText.setMinWidth(40);
            opacityText.setAlignment(Pos.CENTER_RIGHT);
            tag.setMinWidth(64);
            tag.setPrefWidth(64);
            tag.setAlignment(Pos.CENTER);
            HBox bottom = new HBox(6, tag, swatch, opacity, opacityText);
            bottom.setAlignment(Pos.CENTER_LEFT);
            bottom.setPadding(new Insets(0, 0, 0, 20));
            getChildren().addAll(top, bottom);
            setSpacing(2);

            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDuration(Duration.seconds(30));
            Tooltip.install(visible, tip);
            Tooltip.install(tag, tip);

            handle.setOnDragDetected(e -> {
                dragging = id;
                getStyleClass().add("dragging");
                handle.startFullDrag();
                e.consume();
            });
            // The drop (MOUSE_DRAG_RELEASED on the target row) may come after this release: tidy up after both.
            handle.setOnMouseReleased(e -> javafx.application.Platform.runLater(LayerPanel.this::endDrag));
            // Filters, not handlers: the row's controls (the checkbox) must not swallow the drop.
            addEventFilter(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
                if (dragging == null || dragging.equals(id)) return;
                boolean below = e.getY() > getHeight() / 2;
                getStyleClass().removeAll("drop-above", "drop-below");
                getStyleClass().add(below ? "drop-below" : "drop-above");
            });
            addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().removeAll("drop-above", "drop-below"));
            addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
                getStyleClass().removeAll("drop-above", "drop-below");
                String moved = dragging;
                if (moved != null && !moved.equals(id)) {
                    state.setLayers(OverlayOrder.drop(state.mapLayers(), moved, id, e.getY() > getHeight() / 2));
                }
                endDrag();
            });
        }

        private java.util.Optional<OverlaySetting> current() {
            return state.mapLayers().overlay(id);
        }

        void show(OverlaySetting s) {
            visible.setSelected(s.visible());
            opacity.setValue(s.opacity());
            opacityText.setText(Math.round(s.opacity() * 100) + " %");
        }

        void describe(MapAnalysis a) {
            boolean modelled;
            String text;
            switch (id) {
                case OverlayIds.COVERAGE -> {
                    modelled = a == null || a.coverageTable().isEmpty();
                    text = a == null ? "Coverage per region. " + ModelledCoverage.CAVEAT
                            : a.coverageTable().isPresent() ? a.coverage().title() + "\n" + a.coverage().provenance()
                            + "\n\nThe modelled coverage, for comparison:\n" + AnalysisText.model(a.modelledCoverage().model())
                            : "Share of the listed population covered, per region.\n" + AnalysisText.model(a.modelledCoverage().model());
                }
                case OverlayIds.RISK -> {
                    modelled = true;
                    text = a == null ? "Risk score per region (modelled)." : "Risk score per region, 0..1.\n" + a.riskModel().label()
                            + "\nEvery weight and formula is an assumption; change the weights in the Risk model pane.";
                }
                case OverlayIds.FOOTPRINT -> {
                    modelled = true;
                    text = a == null ? "Modelled coverage footprint." : "Where the modelled sites reach, clipped to land.\n"
                            + AnalysisText.model(a.modelledCoverage().model());
                }
                case OverlayIds.BANDS -> {
                    modelled = false;
                    text = (a == null ? "" : "Bands of " + BandDistances.format(a.bands().distancesKm()) + " km. ")
                            + BorderBandTable.METHOD + " Distances are computed, not modelled; edit them in the Border bands tab.";
                }
                case OverlayIds.POLYGONS -> {
                    modelled = false;
                    text = state.polygons() == null ? "Imported coverage polygons: File → Import coverage polygons…"
                            : state.polygons().data().headline() + ".\nImported data, not modelled; classified like the"
                            + " other graduated overlays, on the cividis ramp.";
                }
                default -> {
                    modelled = false;
                    text = id;
                }
            }
            tag.setText(modelled ? "modelled" : id.equals(OverlayIds.COVERAGE) ? "table"
                    : id.equals(OverlayIds.POLYGONS) ? "imported" : "computed");
            tag.getStyleClass().removeAll("badge-modelled", "badge-data");
            tag.getStyleClass().add(modelled ? "badge-modelled" : "badge-data");
            tip.setText(text);
        }

        private Button arrow(String buttonId, String text, String tipText, Runnable action) {
            Button b = new Button(text);
            b.setId(buttonId);
            b.getStyleClass().add("arrow-button");
            b.setTooltip(new Tooltip(tipText));
            b.setFocusTraversable(false);
            b.setOnAction(e -> action.run());
            return b;
        }
    }

    private void endDrag() {
        dragging = null;
        rows.values().forEach(r -> r.getStyleClass().removeAll("dragging", "drop-above", "drop-below"));
    }

    private static Paint swatchPaint(String id) {
        return switch (id) {
            case OverlayIds.COVERAGE -> gradient(Ramp.viridis());
            case OverlayIds.RISK -> gradient(Ramp.magma());
            case OverlayIds.POLYGONS -> gradient(Ramp.cividis());
            case OverlayIds.FOOTPRINT -> Color.web("#00876C");
            case OverlayIds.BANDS -> new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                    new Stop(0, Color.web("#3A2E5C", 0.55)), new Stop(1, Color.web("#3A2E5C", 0.12)));
            default -> Color.GRAY;
        };
    }

    private static Paint gradient(Ramp ramp) {
        List<Stop> stops = new ArrayList<>();
        int n = ramp.stops().size();
        for (int i = 0; i < n; i++) {
            java.awt.Color c = ramp.stops().get(i);
            stops.add(new Stop(i / (double) (n - 1), Color.rgb(c.getRed(), c.getGreen(), c.getBlue())));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }
}
