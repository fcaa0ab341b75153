package org.redmap.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.redmap.analysis.BorderBandTable;
import org.redmap.analysis.MapAnalysis;

/**
 * The border-proximity table: per distance band from the US–Mexico border, the regions it
 * touches, its land area and the listed population by vendor. The distances are editable; the table
 * exports to CSV.
 */
final class BandsPane extends VBox {

    private final AnalysisRunner runner;
    private final TextField distances = new TextField();
    private final Label error = new Label();
    private final TableView<BandRows.Row> table = new TableView<>();
    private final Button export = new Button("Export CSV…");
    private final VBox regions = new VBox(4);
    private BorderBandTable shown;
    private List<String> vendorColumns = List.of();

    BandsPane(MapState state, AnalysisRunner runner, FileActions files) {
        this.runner = runner;
        setId("bandsPane");
        getStyleClass().add("tab-body");
        setSpacing(8);
        setPadding(new Insets(12));

        Label heading = new Label("Distance from the US–Mexico border");
        heading.getStyleClass().add("pane-title");
        Label prompt = new Label("Bands (km)");
        prompt.setLabelFor(distances);
        distances.setId("bandDistances");
        distances.setPromptText("50, 100, 200");
        distances.setTooltip(new Tooltip("Band limits in km, separated by commas, in any order: 50, 100, 200 makes "
                + "the bands 0–50, 50–100 and 100–200 km"));
        HBox.setHgrow(distances, Priority.ALWAYS);
        distances.setOnAction(e -> apply());
        Button applyButton = new Button("Apply");
        applyButton.setId("applyBands");
        applyButton.setOnAction(e -> apply());
        HBox edit = new HBox(6, prompt, distances, applyButton);
        edit.setAlignment(Pos.CENTER_LEFT);
        error.setId("bandError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        showError(null);
        distances.textProperty().addListener((o, a, b) -> showError(null));

        table.setId("bandTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("The bands appear when the analysis is computed."));
        table.setFixedCellSize(26);
        // As tall as its rows: no empty stripes under three bands.
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(table.getItems()).multiply(26).add(56));
        table.setMinHeight(110);

        Label regionsHeading = new Label("Regions in each band (land area in the band)");
        regionsHeading.getStyleClass().add("section-heading");
        regions.setId("bandRegions");

        Label method = new Label(BorderBandTable.METHOD);
        method.setWrapText(true);
        method.getStyleClass().add("caption");
        export.setId("exportBands");
        export.setTooltip(new Tooltip("The table as CSV, with place counts and region ids per band"));
        export.setOnAction(e -> {
            if (shown != null) files.exportBands(shown);
        });
        export.setDisable(true);
        getChildren().addAll(heading, edit, error, table, regionsHeading, regions, method, export);
        state.analysisProperty().addListener((o, a, now) -> show(now));
        show(state.analysis());
    }

    private void apply() {
        try {
            List<Double> km = BandDistances.parse(distances.getText());
            runner.setBands(km);
            distances.setText(BandDistances.format(km));
            showError(null);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
    }

    private void show(MapAnalysis a) {
        BorderBandTable bands = a == null ? null : a.bands();
        export.setDisable(bands == null);
        if (bands == shown) return;
        shown = bands;
        if (bands == null) {
            table.getItems().clear();
            regions.getChildren().clear();
            return;
        }
        regions.getChildren().clear();
        for (String line : BandRows.regions(bands).split("\n")) {
            int colon = line.indexOf(": ");
            Label band = new Label(line.substring(0, colon));
            band.getStyleClass().add("factor-name");
            Label names = new Label(line.substring(colon + 2));
            names.setWrapText(true);
            names.setMinHeight(Region.USE_PREF_SIZE);
            regions.getChildren().add(new VBox(1, band, names));
        }
        distances.setText(BandDistances.format(bands.distancesKm()));
        showError(null);
        List<String> vendors = BandRows.vendorHeadings(bands);
        if (!vendors.equals(vendorColumns) || table.getColumns().isEmpty()) buildColumns(vendors);
        table.getItems().setAll(BandRows.of(bands));
    }

    private void buildColumns(List<String> vendors) {
        vendorColumns = vendors;
        TableColumn<BandRows.Row, String> band = column("Band", BandRows.Row::band, 82, false);
        TableColumn<BandRows.Row, String> area = column("Area km²", BandRows.Row::areaKm2, 66, true);
        TableColumn<BandRows.Row, String> population = new TableColumn<>("Listed population");
        for (int i = 0; i < vendors.size(); i++) {
            int v = i;
            population.getColumns().add(column(vendors.get(i), r -> r.populationByVendor().get(v), 72, true));
        }
        population.getColumns().add(column("Total", BandRows.Row::population, 76, true));
        table.getColumns().setAll(List.of(band, area, population));
    }

    private static TableColumn<BandRows.Row, String> column(String title, java.util.function.Function<BandRows.Row, String> value,
                                                             double width, boolean numeric) {
        TableColumn<BandRows.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        if (numeric) c.setStyle("-fx-alignment: CENTER-RIGHT;");
        // Exact figures stay readable when a column is narrow.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(title + ": " + item));
            }
        });
        return c;
    }

    TableView<BandRows.Row> table() {
        return table;
    }
}
