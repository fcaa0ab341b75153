package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.Classification;
import org.redmap.render.Overlay;

/** File → Import coverage polygons, as an analyst does it: file, property, report, layer row, hover. */
class PolygonImportWindowTest extends WindowTest {

    static final String CELLS = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"oax","properties":{"coverage_pct":96.5,"rsrp":-80},"geometry":{"type":"Polygon","coordinates":[[[-97.5,16.5],[-96,16.5],[-96,17.7],[-97.5,17.7],[-97.5,16.5]]]}},
            {"type":"Feature","id":"chh","properties":{"coverage_pct":3.5,"rsrp":-118},"geometry":{"type":"Polygon","coordinates":[[[-107,28],[-105,28],[-105,29.5],[-107,29.5],[-107,28]]]}},
            {"type":"Feature","id":"mid","properties":{"coverage_pct":50,"rsrp":-100},"geometry":{"type":"Polygon","coordinates":[[[-103,20],[-102,20],[-102,21],[-103,21],[-103,20]]]}},
            {"type":"Feature","id":"pt","properties":{"coverage_pct":40},"geometry":{"type":"Point","coordinates":[-99,19]}}
            ]}
            """;


    @BeforeEach
    void analysed() throws Exception {
        waitUntil(() -> window.state().analysis() != null && window.pipeline().isCurrent());
    }

    @Test
    void importedCellsGetALayerRowAReportAndTheirValueUnderThePointer() throws Exception {
        Path file = tmp.resolve("cells.geojson");
        Files.writeString(file, CELLS, StandardCharsets.UTF_8);
        dialogs.toImportPolygons = file;
        dialogs.property = "coverage_pct";
        Image before = mapImage();

        robot.clickOn("File").clickOn("Import coverage polygons…");
        waitUntil(() -> robot.lookup("#polygonSummary").tryQuery().isPresent());
        assertThat(dialogs.offeredProperties).containsExactly("coverage_pct", "rsrp");
        assertThat(dialogs.suggestedProperty).isEqualTo("coverage_pct");
        assertThat(text("#polygonSummary")).contains("cells.geojson: 3 of 4 features drawn, 3 with a value of \"coverage_pct\"",
                "feature 3 (id \"pt\"): geometry is a Point, not Polygon or MultiPolygon", "Imported data, not modelled.");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#polygonSummary").tryQuery().isEmpty());

        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("polygons")));
        assertThat(text("#overlay-tag-polygons")).isEqualTo("imported");
        assertThat(text("#overlay-polygons")).isEqualTo("Coverage polygons");
        assertThat(differingPixels(before, mapImage())).as("the cells are drawn").isGreaterThan(300);

        robot.moveTo(screenPoint(-96.7, 17.1));
        waitUntil(() -> text("#statusCell").equals("coverage_pct 96.5 % · oax · imported, cells.geojson"));
        assertThat(fx(() -> window.mapView().chip().getText())).contains("Oaxaca · Huawei",
                "coverage_pct 96.5 % · oax · imported, cells.geojson");
        robot.clickOn(screenPoint(-96.7, 17.1));
        waitUntil(() -> "Oaxaca".equals(text("#inspectorTitle")));
        assertThat(text("#inspectorCell")).isEqualTo("coverage_pct 96.5 % · oax · imported, cells.geojson");
        robot.moveTo(screenPoint(-110.5, 29.5));
        waitUntil(() -> text("#statusCell").isEmpty());
        robot.clickOn(screenPoint(-110.5, 29.5));
        waitUntil(() -> "Sonora".equals(text("#inspectorTitle")));
        assertThat(fx(() -> robot.lookup("#inspectorCell").query().isVisible())).as("no cell there").isFalse();

        // The row's opacity and the classification chooser act on the cells like on any graduated overlay.
        fx(() -> {
            robot.lookup("#opacity-polygons").queryAs(Slider.class).setValue(0.4);
            return null;
        });
        waitUntil(() -> window.pipeline().isCurrent() && shown().overlays().get(0).opacity() == 0.4);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Classification.Method> box = robot.lookup("#classification").queryAs(ChoiceBox.class);
            box.setValue(Classification.Method.QUANTILE);
            return null;
        });
        waitUntil(() -> window.pipeline().isCurrent()
                && ((Overlay.Polygons) shown().overlays().get(0)).breaks().method() == Classification.Method.QUANTILE);

        // A preset keeps the imported layer as it was.
        robot.clickOn("#preset-risk");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("risk", "polygons")));
        assertThat(fx(() -> robot.lookup("#preset-risk").queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
        robot.clickOn("#overlay-polygons");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("risk")));
    }

    @Test
    void aBrokenFileShowsWhereAndLeavesTheMapAsItWas() throws Exception {
        Path file = tmp.resolve("broken.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"c\":1},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-99,20],[-98,20],[-98,21]]]}}\n]}\n", StandardCharsets.UTF_8);
        dialogs.toImportPolygons = file;
        dialogs.property = "c";
        var layers = fx(() -> window.state().mapLayers());
        robot.clickOn("File").clickOn("Import coverage polygons…");
        waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
        assertThat(text("#errorText")).contains("broken.geojson: feature 0", "line 2");
        assertThat(fx(() -> window.state().polygons())).isNull();
        assertThat(fx(() -> window.state().mapLayers())).isEqualTo(layers);
        robot.clickOn("OK");
    }

    // --- helpers --------------------------------------------------------------------------------

}
