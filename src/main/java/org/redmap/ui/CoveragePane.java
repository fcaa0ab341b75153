package org.redmap.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.ModelledCoverage;

/**
 * Where the coverage layer's numbers come from: the modelled coverage's parameters with the
 * "modelled, not reported" caveat, or the imported table with its join report.
 */
final class CoveragePane extends TitledPane {

    private final Label shown = new Label();
    private final Label modelName = new Label();
    private final Label parameters = new Label();
    private final Label caveat = new Label(ModelledCoverage.CAVEAT);
    private final Button report = new Button("Join report…");
    private final Button useModel = new Button("Use the model");
    private CoverageJoin join;

    CoveragePane(MapState state, FileActions files) {
        setId("coveragePane");
        setText("Coverage model");
        getStyleClass().add("side-titled");
        shown.setId("coverageShown");
        shown.setWrapText(true);
        modelName.setId("coverageModel");
        modelName.setWrapText(true);
        modelName.getStyleClass().add("factor-name");
        parameters.setId("coverageParameters");
        parameters.setWrapText(true);
        caveat.setId("coverageCaveat");
        caveat.setWrapText(true);
        caveat.getStyleClass().add("caption");

        Button importTable = new Button("Import table…");
        importTable.setId("importCoverage");
        importTable.setTooltip(new Tooltip("Join a CSV of coverage by region id (File → Import coverage table…)"));
        importTable.setOnAction(e -> files.importCoverage());
        report.setId("joinReport");
        report.setOnAction(e -> {
            if (join != null) files.showJoinReport(join);
        });
        useModel.setId("removeCoverage");
        useModel.setTooltip(new Tooltip("Drop the imported table and show the modelled coverage again"));
        useModel.setOnAction(e -> files.removeCoverageTable());
        FlowPane buttons = new FlowPane(6, 6, importTable, report, useModel);

        VBox content = new VBox(6, shown, modelName, parameters, caveat, buttons);
        content.setPadding(new Insets(8, 4, 8, 4));
        setContent(content);
        state.analysisProperty().addListener((o, a, now) -> show(now));
        show(state.analysis());
    }

    private void show(MapAnalysis a) {
        join = a == null ? null : a.coverageTable().orElse(null);
        report.setVisible(join != null);
        report.setManaged(join != null);
        useModel.setVisible(join != null);
        useModel.setManaged(join != null);
        if (a == null) {
            shown.setText("The coverage model appears when the analysis is computed.");
            modelName.setText("");
            parameters.setText("");
            return;
        }
        shown.setText(join == null ? "The coverage layer shows the MODELLED coverage below."
                : "The coverage layer shows the table " + join.source() + ": " + join.values().size() + " of "
                + join.regionCount() + " regions have a value" + (join.isClean() ? "." : "; "
                + join.problems().size() + " problem(s) in the join report.") + " The model below is for comparison.");
        modelName.setText(a.modelledCoverage().model().label());
        parameters.setText("• " + String.join("\n• ", a.modelledCoverage().model().describe()));
        Tooltip tip = new Tooltip(a.modelledCoverage().model().note());
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        modelName.setTooltip(tip);
    }
}
