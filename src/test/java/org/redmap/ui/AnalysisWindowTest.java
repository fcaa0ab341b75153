package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redmap.render.Overlay;
import org.redmap.project.OverlaySetting;
import org.testfx.util.WaitForAsyncUtils;

/** The coverage, risk and border-band parts of the window, as an analyst uses them, headless on Monocle. */
class AnalysisWindowTest extends WindowTest {


    @BeforeEach
    void analysed() throws Exception {
        waitUntil(() -> window.state().analysis() != null && window.pipeline().isCurrent());
    }

    @Test
    void presetsChangeTheOverlaysAndTheDrawnFrame() throws Exception {
        assertThat(drawnOverlays()).isEmpty();
        Image vendor = mapImage();
        robot.clickOn("#preset-risk");
        waitUntil(() -> window.pipeline().isCurrent() && !shown().overlays().isEmpty());
        assertThat(drawnOverlays()).containsExactly("risk");
        assertThat(fx(() -> robot.lookup("#preset-risk").queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
        Image risk = mapImage();
        assertThat(differingPixels(vendor, risk)).as("risk over the vendor map").isGreaterThan(1000);

        // An export from the window carries the overlays as shown.
        robot.clickOn("#exportButton");
        waitUntil(() -> window.briefingDialog() != null && window.briefingDialog().isShowing());
        assertThat(fx(() -> window.briefingDialog().exportRequest().overlays()
                .stream().map(Overlay::id).toList())).containsExactly("risk");
        robot.clickOn("Cancel");
        waitUntil(() -> !window.briefingDialog().isShowing());

        robot.clickOn("#preset-coverage");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("coverage", "footprint")));
        assertThat(differingPixels(risk, mapImage())).isGreaterThan(1000);
        robot.clickOn("#preset-briefing");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("footprint", "bands")));
        robot.clickOn("#preset-vendor");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().isEmpty());
        assertThat(differingPixels(vendor, mapImage())).as("back to the vendor map").isLessThan(50);
    }

    @Test
    void overlaysShowHideFadeAndReorderFromThePanel() throws Exception {
        robot.clickOn("#overlay-coverage");
        robot.clickOn("#overlay-risk");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("coverage", "risk")));
        assertThat(fx(() -> robot.lookup("#preset-vendor").queryAs(javafx.scene.control.ToggleButton.class).isSelected()))
                .as("a custom mix is no preset").isFalse();
        assertThat(text("#overlay-tag-coverage")).isEqualTo("modelled");
        assertThat(text("#overlay-tag-risk")).isEqualTo("modelled");

        // Up the list = drawn later, on top.
        robot.clickOn("#overlay-up-coverage");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("risk", "coverage")));
        // Dragging risk's handle onto the top row puts it on top again.
        robot.drag("#overlay-handle-risk", MouseButton.PRIMARY).moveTo("#overlay-row-bands").moveBy(0, -8).drop();
        waitUntil(() -> OverlayOrder.listed(window.state().mapLayers()).get(0).equals("risk"));
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("coverage", "risk")));

        fx(() -> {
            robot.lookup("#opacity-risk").queryAs(Slider.class).setValue(0.3);
            return null;
        });
        waitUntil(() -> window.pipeline().isCurrent() && shown().overlays().get(1).opacity() == 0.3);
        assertThat(fx(() -> window.state().mapLayers().overlay("risk").map(OverlaySetting::opacity).orElseThrow())).isEqualTo(0.3);
    }

    @Test
    void aRiskWeightSliderRescoresTheMapAtOnce() throws Exception {
        robot.clickOn("#preset-risk");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("risk")));
        double before = riskShown("MX-OAX");
        Image frameBefore = mapImage();
        robot.clickOn(Reveal.reveal(robot, "#weight-vendor")).type(KeyCode.HOME);
        waitUntil(() -> "0.00".equals(text("#weight-value-vendor")));
        assertThat(fx(() -> window.state().analysis().riskModel().factor("vendor").weight())).isZero();
        waitUntil(() -> window.pipeline().isCurrent());
        assertThat(riskShown("MX-OAX")).as("Oaxaca's score without its vendor").isLessThan(before);
        assertThat(differingPixels(frameBefore, mapImage())).isGreaterThan(1000);

        robot.clickOn(Reveal.reveal(robot, "#resetWeights"));
        waitUntil(() -> "0.40".equals(text("#weight-value-vendor")) && window.pipeline().isCurrent());
        assertThat(riskShown("MX-OAX")).isEqualTo(before);
    }

    @Test
    void selectingOaxacaShowsItsCoverageAndRiskFactorByFactor() throws Exception {
        Point2D oaxaca = screenPoint(-96.7, 17.1);
        robot.moveTo(oaxaca);
        waitUntil(() -> text("#statusAnalysis").startsWith("Coverage 67.5 % (modelled) · Risk 0.41"));
        assertThat(fx(() -> window.mapView().chip().getText())).contains("Oaxaca · Huawei", "Coverage 67.5 % (modelled)", "Risk 0.41");
        // A long status line gives way; it never pushes the side panel out of the window.
        fx(() -> {
            window.mapView().getScene().lookup("#status").getParent().layout();
            return null;
        });
        assertThat(fx(() -> window.tabs().getBoundsInParent().getMaxX())).isLessThanOrEqualTo(fx(() -> window.mapView().getScene().getWidth()) + 1);
        robot.clickOn(oaxaca);
        waitUntil(() -> "Oaxaca".equals(text("#inspectorTitle")));
        assertThat(text("#inspectorCoverage")).isEqualTo("Coverage 67.5 % (modelled)");
        assertThat(text("#inspectorRisk")).isEqualTo("Risk score 0.41 (modelled)");
        assertThat(text("#inspectorText")).contains("Vendor: Huawei",
                "COVERAGE: 67.5 % of the listed population (MODELLED, not reported)", "site radius 30 km",
                "RISK SCORE: 0.41 of 1", "1. Vendor: +0.400", "Input: huawei (inferred", "2. Proximity to the US border",
                "3. Hosts a core data centre", "4. Population exposed", "Source: ", "Assumption: ASSUMPTION");

        // The inspector follows a weight change without losing the selection.
        robot.clickOn(Reveal.reveal(robot, "#weight-vendor")).type(KeyCode.HOME);
        waitUntil(() -> text("#inspectorText").contains("1. Vendor: +0.000"));
        assertThat(text("#inspectorTitle")).isEqualTo("Oaxaca");
    }

    @Test
    void editingBandDistancesRecomputesTheTable() throws Exception {
        robot.clickOn("#tabBands");
        waitUntil(() -> rows().size() == 3);
        assertThat(fx(() -> robot.lookup("#bandDistances").queryAs(TextField.class).getText())).isEqualTo("50, 100, 200");
        TextField field = robot.lookup("#bandDistances").queryAs(TextField.class);
        fx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write("50, abc").type(KeyCode.ENTER);
        waitUntil(() -> text("#bandError").contains("'abc' is not a distance"));
        assertThat(rows()).hasSize(3);

        fx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write("75; 25 km").type(KeyCode.ENTER);
        waitUntil(() -> rows().size() == 2);
        assertThat(rows()).extracting(BandRows.Row::band).containsExactly("0–25 km", "25–75 km");
        assertThat(fx(() -> field.getText())).isEqualTo("25, 75");
        assertThat(fx(() -> robot.lookup("#bandError").query().isVisible())).isFalse();
        assertThat(fx(() -> window.state().analysis().bands().distancesKm())).containsExactly(25.0, 75.0);
        robot.clickOn("#overlay-bands");
        waitUntil(() -> window.pipeline().isCurrent() && drawnOverlays().equals(List.of("bands")));
        assertThat(((Overlay.Bands) shown().overlays().get(0)).labels()).containsExactly("0–25 km", "25–75 km");
    }

    @Test
    void theBandTableExportsToCsv() throws Exception {
        Path out = tmp.resolve("bands.csv");
        dialogs.toSaveCsv = out;
        robot.clickOn("#tabBands");
        robot.clickOn("#exportBands");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(out));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFband,from_km,to_km,area_km2,regions,region_ids,places,population,")
                .contains("population_nokia", "population_huawei");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("0–50 km,0,50,").contains("Sonora", "MX-SON");
        waitUntil(() -> text("#statusMessage").startsWith("Exported"));
    }

    @Test
    void importingACoverageTableReportsTheBadRowAndUsesTheRest() throws Exception {
        Path csv = tmp.resolve("coverage.csv");
        Files.writeString(csv, "region_id,coverage_pct,date,source\nMX-SON,61.5,2021-02,Operator filing\n"
                + "MX-OAX,abc,,\nMX-XXX,50,,\n", StandardCharsets.UTF_8);
        dialogs.toImport = csv;
        robot.clickOn("File").clickOn("Import coverage table…");
        waitUntil(() -> robot.lookup("#joinSummary").tryQuery().isPresent());
        assertThat(text("#joinSummary")).contains("coverage.csv: 1 of 32 regions have a value",
                "line 3, column 8 (coverage_pct): 'abc' is not a number", "'MX-XXX' matches no region",
                "MX-OAX (Oaxaca)");
        waitUntil(() -> window.state().analysis().coverageTable().isPresent());
        assertThat(text("#overlay-tag-coverage")).isEqualTo("table");
        assertThat(text("#coverageShown")).contains("coverage.csv", "1 of 32 regions");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#joinSummary").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(screenPoint(-110.5, 29.5));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> "Sonora".equals(text("#inspectorTitle")));
        assertThat(text("#inspectorCoverage")).isEqualTo("Coverage 61.5 % (table coverage.csv)");
        assertThat(text("#inspectorText")).contains("COVERAGE: 61.5 % from the table coverage.csv", "source: Operator filing");

        robot.clickOn(Reveal.reveal(robot, "#removeCoverage"));
        waitUntil(() -> window.state().analysis().coverageTable().isEmpty());
        waitUntil(() -> text("#inspectorCoverage").endsWith("(modelled)"));
    }

    @Test
    void aBrokenCoverageTableShowsWhereAndChangesNothing() throws Exception {
        Path csv = tmp.resolve("broken.csv");
        Files.writeString(csv, "region_id,coverage\nMX-SON,\"0.5\n", StandardCharsets.UTF_8);
        dialogs.toImport = csv;
        var before = fx(() -> window.state().analysis());
        robot.clickOn(Reveal.reveal(robot, "#importCoverage"));
        waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
        assertThat(text("#errorText")).contains("broken.csv", "line 2");
        assertThat(fx(() -> window.state().analysis())).isSameAs(before);
        robot.clickOn("OK");
    }

    @Test
    void theTimelineChartsEachKindWithItsSources() throws Exception {
        robot.clickOn("#tabTimeline");
        waitUntil(() -> window.timeline().timeline().isPresent());
        assertThat(fx(() -> window.timeline().chart().getData().stream().mapToInt(s -> s.getData().size()).sum()))
                .isGreaterThanOrEqualTo(20);
        assertThat(fx(() -> robot.lookup(".timeline-reported").queryAll().size())).isGreaterThanOrEqualTo(4 + 1);
        assertThat(fx(() -> robot.lookup(".timeline-disputed").queryAll().size())).isEqualTo(2 + 1);
        Node first = robot.lookup("#timeline-point-1").query();
        robot.clickOn(first);
        waitUntil(() -> text("#timelineSource").contains("32.2 %"));
        assertThat(text("#timelineSource")).contains("Kind: reported", "When: 2018-03", "Mobile World Live", "https://");
    }

    // --- helpers --------------------------------------------------------------------------------

    private double riskShown(String regionId) throws Exception {
        return ((Overlay.Choropleth) shown().overlays().stream().filter(o -> o.id().equals("risk")).findFirst().orElseThrow())
                .values().get(regionId);
    }

    private List<BandRows.Row> rows() throws Exception {
        return fx(() -> List.copyOf(window.bands().table().getItems()));
    }

}
