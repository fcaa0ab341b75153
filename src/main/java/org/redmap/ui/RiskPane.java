package org.redmap.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.RiskFactor;

/**
 * The risk model's weights, one slider per factor, with each factor's formula on show and its
 * source and assumption in the tooltip. Moving a slider rescores at once (arithmetic only), so the
 * risk overlay follows the hand.
 */
final class RiskPane extends TitledPane {

    private final AnalysisRunner runner;
    private final VBox factorsBox = new VBox(9);
    private final Label caption = new Label("Computing…");
    private final Map<String, Slider> sliders = new LinkedHashMap<>();
    private final Map<String, Label> values = new LinkedHashMap<>();
    private List<String> shownIds = List.of();
    private boolean syncing;

    RiskPane(MapState state, AnalysisRunner runner) {
        this.runner = runner;
        setId("riskPane");
        setText("Risk model");
        getStyleClass().add("side-titled");
        caption.setWrapText(true);
        caption.getStyleClass().add("caption");
        Button reset = new Button("Reset weights");
        reset.setId("resetWeights");
        reset.setTooltip(new Tooltip("Back to the weights in risk-model.json"));
        reset.setOnAction(e -> runner.resetWeights());
        VBox content = new VBox(9, caption, factorsBox, reset);
        content.setPadding(new Insets(8, 4, 8, 4));
        setContent(content);
        state.analysisProperty().addListener((o, a, now) -> show(now));
        show(state.analysis());
    }

    private void show(MapAnalysis a) {
        if (a == null) {
            if (shownIds.isEmpty()) caption.setText("The risk model appears when the analysis is computed.");
            return;
        }
        caption.setText(a.riskModel().name() + ". A region's score is the weighted mean of its factor values (0..1). "
                + "Every weight and formula is an assumption: hover a factor for its source.");
        List<RiskFactor> factors = a.riskModel().factors();
        List<String> ids = factors.stream().map(RiskFactor::id).toList();
        if (!ids.equals(shownIds)) build(factors);
        syncing = true;
        try {
            for (RiskFactor f : factors) {
                Slider s = sliders.get(f.id());
                s.setMax(Math.max(1, f.weight()));
                if (Math.abs(s.getValue() - f.weight()) > 1e-9) s.setValue(f.weight());
                values.get(f.id()).setText(AnalysisFormat.score(f.weight()));
            }
        } finally {
            syncing = false;
        }
    }

    private void build(List<RiskFactor> factors) {
        factorsBox.getChildren().clear();
        sliders.clear();
        values.clear();
        for (RiskFactor f : factors) {
            Label name = new Label(f.label());
            name.getStyleClass().add("factor-name");
            Label value = new Label(AnalysisFormat.score(f.weight()));
            value.setId("weight-value-" + f.id());
            value.getStyleClass().add("factor-weight");
            value.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox head = new HBox(6, name, grow, value);
            head.setAlignment(Pos.BASELINE_LEFT);

            Slider slider = new Slider(0, Math.max(1, f.weight()), f.weight());
            slider.setId("weight-" + f.id());
            slider.setBlockIncrement(0.05);
            slider.setMajorTickUnit(0.25);
            slider.setMinorTickCount(4);
            slider.setShowTickMarks(true);
            slider.setAccessibleText("Weight of " + f.label());
            slider.valueProperty().addListener((o, a, v) -> {
                double w = Math.round(v.doubleValue() * 100) / 100.0;
                value.setText(AnalysisFormat.score(w));
                if (!syncing) runner.setWeight(f.id(), w);
            });

            Label formula = new Label(f.formula().describe());
            formula.setWrapText(true);
            formula.getStyleClass().add("caption");
            Tooltip tip = new Tooltip("Formula: " + f.formula().describe() + "\n\nSource: " + f.input()
                    + "\n\nAssumption: " + f.assumption());
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDuration(Duration.seconds(60));
            VBox row = new VBox(2, head, slider, formula);
            row.setId("factor-" + f.id());
            Tooltip.install(row, tip);
            Tooltip.install(name, tip);
            sliders.put(f.id(), slider);
            values.put(f.id(), value);
            factorsBox.getChildren().add(row);
        }
        shownIds = factors.stream().map(RiskFactor::id).toList();
    }
}
