package org.redmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.redmap.analysis.CoverageTimeline;
import org.redmap.analysis.TimelineKind;
import org.redmap.analysis.TimelinePoint;

/**
 * The national coverage timeline: reported figures as a line of filled circles, targets as open
 * squares (a period as a dashed bar), disputed claims as diamonds, never joined across kinds. Every
 * point names its sources in its tooltip, and the table under the chart lists them all; the
 * selected row's sources, with their URLs, can be copied.
 */
final class TimelinePane extends VBox {

    private final LineChart<Number, Number> chart;
    private final TableView<TimelinePoint> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final Label measure = new Label("Loading the coverage timeline…");
    private CoverageTimeline timeline;

    TimelinePane() {
        setId("timelinePane");
        getStyleClass().add("tab-body");
        setSpacing(8);
        setPadding(new Insets(12));

        Label heading = new Label("National coverage over time");
        heading.getStyleClass().add("pane-title");
        measure.setWrapText(true);
        measure.getStyleClass().add("caption");

        NumberAxis x = new NumberAxis(2016, 2029, 2);
        x.setAutoRanging(false);
        x.setMinorTickCount(2);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Integer.toString((int) Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setAutoRanging(false);
        y.setLabel("% of the population");
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Math.round(n.doubleValue()) + " %";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s.replace("%", "").strip());
            }
        });
        chart = new LineChart<>(x, y);
        chart.setId("timelineChart");
        chart.getStyleClass().add("timeline-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinHeight(240);
        chart.setPrefHeight(280);

        FlowPane legend = new FlowPane(14, 4, legendItem(TimelineKind.REPORTED, "reported"),
                legendItem(TimelineKind.TARGET, "target (dashed: a period)"), legendItem(TimelineKind.DISPUTED, "disputed claim"));
        legend.setId("timelineLegend");
        legend.setAlignment(Pos.CENTER);

        table.setId("timelineTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Loading…"));
        table.setPrefHeight(190);
        table.getColumns().setAll(List.of(
                column("When", p -> TimelineText.when(timeline, p), 86),
                column("Kind", p -> TimelineText.kind(p.kind()), 64),
                column("%", p -> AnalysisFormat.plain(p.percent()), 44),
                column("Source", p -> p.sources().isEmpty() ? "" : p.sources().get(0).source().publisher(), 120)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) ->
                detail.setText(p == null ? "Select a row or click a point for its sources." : TimelineText.detail(timeline, p)));
        detail.setId("timelineSource");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(7);
        detail.getStyleClass().add("inspector-text");
        detail.setText("Select a row or click a point for its sources.");
        detail.setMinHeight(120);
        getChildren().addAll(heading, measure, chart, legend, table, detail);
    }

    /** Shows the timeline (read in the background by the window). */
    void show(CoverageTimeline loaded) {
        timeline = loaded;
        measure.setText(loaded.measure() + ". Reported figures, targets and disputed claims, each from its source; "
                + "not comparable with the modelled per-state shares, which count listed places only.");
        List<TimelinePoint> points = loaded.points();
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        XYChart.Series<Number, Number> reported = new XYChart.Series<>();
        XYChart.Series<Number, Number> targets = new XYChart.Series<>();
        XYChart.Series<Number, Number> disputed = new XYChart.Series<>();
        reported.setName("reported");
        targets.setName("target");
        disputed.setName("disputed");
        List<XYChart.Series<Number, Number>> periods = new ArrayList<>();
        List<XYChart.Data<Number, Number>> pointData = new ArrayList<>();
        for (TimelinePoint p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(TimelineText.decimalYear(p.when()), p.percent());
            d.setExtraValue(p);
            pointData.add(d);
            (p.kind() == TimelineKind.REPORTED ? reported : p.kind() == TimelineKind.TARGET ? targets : disputed).getData().add(d);
            p.until().ifPresent(until -> {
                XYChart.Series<Number, Number> period = new XYChart.Series<>();
                period.getData().add(new XYChart.Data<>(TimelineText.decimalYear(p.when()), p.percent()));
                period.getData().add(new XYChart.Data<>(TimelineText.decimalYear(until), p.percent()));
                periods.add(period);
            });
        }
        series.addAll(periods);
        series.add(reported);
        series.add(targets);
        series.add(disputed);
        chart.getData().setAll(series);
        style(reported, "reported");
        style(targets, "target");
        style(disputed, "disputed");
        for (XYChart.Series<Number, Number> period : periods) {
            period.getNode().getStyleClass().add("timeline-line-period");
            for (XYChart.Data<Number, Number> d : period.getData()) {
                d.getNode().setVisible(false);
                d.getNode().setMouseTransparent(true);
            }
        }
        int i = 0;
        for (XYChart.Data<Number, Number> d : pointData) {
            TimelinePoint p = (TimelinePoint) d.getExtraValue();
            Node node = d.getNode();
            node.setId("timeline-point-" + i++);
            Tooltip tip = new Tooltip(TimelineText.tooltip(timeline, p));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDelay(Duration.millis(150));
            tip.setShowDuration(Duration.seconds(30));
            Tooltip.install(node, tip);
            node.setOnMouseClicked(e -> {
                table.getSelectionModel().select(p);
                table.scrollTo(p);
            });
        }
        table.getItems().setAll(points);
        // The latest reported figure, with its source, until the analyst picks another.
        points.stream().filter(p -> p.kind() == TimelineKind.REPORTED).reduce((a, b) -> b)
                .ifPresent(p -> table.getSelectionModel().select(p));
    }

    void showError(String message) {
        measure.setText("The coverage timeline could not be read: " + message);
    }

    private static void style(XYChart.Series<Number, Number> s, String kind) {
        s.getNode().getStyleClass().add("timeline-line-" + kind);
        for (XYChart.Data<Number, Number> d : s.getData()) d.getNode().getStyleClass().add("timeline-" + kind);
    }

    private static HBox legendItem(TimelineKind kind, String text) {
        Region symbol = new Region();
        symbol.getStyleClass().addAll("chart-line-symbol", "timeline-" + kind.key());
        symbol.setMinSize(10, 10);
        symbol.setMaxSize(10, 10);
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        HBox item = new HBox(5, symbol, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private static TableColumn<TimelinePoint, String> column(String title, java.util.function.Function<TimelinePoint, String> value,
                                                             double width) {
        TableColumn<TimelinePoint, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    Optional<CoverageTimeline> timeline() {
        return Optional.ofNullable(timeline);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
