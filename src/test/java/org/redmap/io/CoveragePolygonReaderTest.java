package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redmap.io.GeoJsonText.collection;
import static org.redmap.io.GeoJsonText.feature;
import static org.redmap.io.GeoJsonText.square;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage polygons as an analyst would hand them over: mixed properties, gaps, the odd bad feature. */
class CoveragePolygonReaderTest {

    @TempDir
    Path dir;

    private static final String CELLS = collection(
            feature("a", "{\"name\":\"A\",\"coverage\":0.9,\"rsrp\":-85}", square(-100, 20, 1)),
            feature("b", "{\"name\":\"B\",\"coverage\":0.2,\"rsrp\":-110,\"pop\":1200}", square(-101, 20, 1)),
            feature("c", "{\"name\":\"C\",\"coverage\":null}", square(-102, 20, 1)),
            feature("d", "{\"name\":\"D\"}", square(-103, 20, 1)),
            feature("e", "{\"name\":\"E\",\"coverage\":\"high\"}", square(-104, 20, 1)),
            feature("f", "{\"coverage\":0.5}", "{\"type\":\"Point\",\"coordinates\":[-99,19]}"),
            feature("g", "{\"coverage\":0.6}", "{\"type\":\"Polygon\",\"coordinates\":[[[-98,20],[-97,21],[-97,20],[-98,21],[-98,20]]]}"),
            feature("h", "{\"coverage\":0.7}", "null"));

    @Test
    void listsTheNumericPropertiesInFileOrderAndSuggestsTheCoverageOne() throws Exception {
        FeatureCollection c = GeoJsonText.read(CELLS);
        assertThat(CoveragePolygonReader.numericProperties(c)).containsExactly("coverage", "rsrp", "pop");
        assertThat(CoveragePolygonReader.suggestedProperty(CoveragePolygonReader.numericProperties(c))).contains("coverage");
        assertThat(CoveragePolygonReader.suggestedProperty(java.util.List.of("id", "rsrp"))).contains("rsrp");
        assertThat(CoveragePolygonReader.suggestedProperty(java.util.List.of())).isEmpty();
    }

    @Test
    void keepsEveryUsableFeatureAndReportsEveryOtherOne() throws Exception {
        CoveragePolygons p = new CoveragePolygonReader().load(GeoJsonText.read(CELLS), "coverage");

        assertThat(p.source()).isEqualTo("t.geojson");
        assertThat(p.features()).isEqualTo(8);
        // The point and the null geometry cannot be drawn; the bow-tie is repaired and kept.
        assertThat(p.cells()).extracting(CoverageCell::id).containsExactly("a", "b", "c", "d", "e", "g");
        assertThat(p.cells().get(0).value()).isEqualTo(0.9);
        assertThat(p.cells().get(2).hasValue()).as("null is no value, never 0").isFalse();
        assertThat(p.withValue()).isEqualTo(3);
        assertThat(p.problems(CellProblem.Kind.NO_VALUE)).extracting(CellProblem::message)
                .containsExactly("feature 2 (id \"c\"): \"coverage\" is null", "feature 3 (id \"d\"): no \"coverage\"");
        assertThat(p.problems(CellProblem.Kind.NOT_A_NUMBER)).extracting(CellProblem::message)
                .containsExactly("feature 4 (id \"e\"): \"coverage\" is the text \"high\", not a number");
        assertThat(p.problems(CellProblem.Kind.NOT_POLYGONAL)).extracting(CellProblem::featureIndex).containsExactly(5, 7);
        assertThat(p.problems(CellProblem.Kind.REPAIRED)).extracting(CellProblem::featureId).containsExactly("g");
        assertThat(p.cells().get(5).geometry().isValid()).isTrue();

        assertThat(p.summary()).contains("t.geojson: 6 of 8 features drawn, 3 with a value of \"coverage\"; 6 problem(s)",
                "Numeric properties: coverage, rsrp, pop.", "Imported data, not modelled.",
                "Features without a value (drawn as no data) (2):", "Features that are not polygons (not drawn) (2):",
                "feature 5 (id \"f\"): geometry is a Point, not Polygon or MultiPolygon",
                "feature 7 (id \"h\"): geometry is null geometry");
    }

    @Test
    void aPropertyTheFileLacksIsAnErrorListingTheOnesItHas() {
        assertThatThrownBy(() -> new CoveragePolygonReader().load(GeoJsonText.read(CELLS), "signal"))
                .isInstanceOf(GeoJsonException.class)
                .hasMessage("t.geojson: no feature has a numeric property \"signal\"; numeric properties in this file: coverage, rsrp, pop");
        // "name" exists but never holds a number.
        assertThatThrownBy(() -> new CoveragePolygonReader().load(GeoJsonText.read(CELLS), "name"))
                .hasMessageContaining("numeric property \"name\"");
    }

    @Test
    void aBrokenFileIsAnErrorWithItsNameAndLine() throws Exception {
        Path file = dir.resolve("cells.geojson");
        Files.writeString(file, collection(feature("a", "{\"coverage\":0.9}", square(-100, 20, 1)),
                "{\"type\":\"Feature\",\"properties\":{\"coverage\":0.5},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-99,20],[-98,20],[-98,21],[-99,20]]"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CoveragePolygonReader().read(file, "coverage"))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("cells.geojson: feature 1")
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> new CoveragePolygonReader().read(dir.resolve("nope.geojson"), "coverage"))
                .hasMessageStartingWith("nope.geojson: no such file");
    }

    @Test
    void coverageNamesInShareOrPercentScalesShowAsPercentOthersAsTheyAre() throws Exception {
        assertThat(unit("coverage", "0.2", "0.9")).isEqualTo(CoveragePolygons.Unit.FRACTION);
        assertThat(unit("cov_pct", "20", "90")).isEqualTo(CoveragePolygons.Unit.PERCENT);
        assertThat(unit("coverage", "20", "190")).isEqualTo(CoveragePolygons.Unit.RAW);
        assertThat(unit("rsrp", "0.2", "0.9")).as("not named like coverage").isEqualTo(CoveragePolygons.Unit.RAW);
        assertThat(unit("coverage", "-3", "50")).isEqualTo(CoveragePolygons.Unit.RAW);
    }

    private static CoveragePolygons.Unit unit(String property, String low, String high) throws Exception {
        return new CoveragePolygonReader().load(GeoJsonText.read(collection(
                feature("a", "{\"" + property + "\":" + low + "}", square(-100, 20, 1)),
                feature("b", "{\"" + property + "\":" + high + "}", square(-101, 20, 1)))), property).unit();
    }

    @Test
    void theSyntheticCoverageGridReadsCleanWithItsGradient() throws Exception {
        Path file = dir.resolve("grid.geojson");
        SyntheticGrid.writeCoverage(file, 300);
        CoveragePolygons p = new CoveragePolygonReader().read(file, "coverage_pct");
        assertThat(p.isClean()).isTrue();
        assertThat(p.cells()).hasSize(300);
        assertThat(p.numericProperties()).containsExactly("coverage_pct", "signal_dbm");
        assertThat(p.unit()).isEqualTo(CoveragePolygons.Unit.PERCENT);
        assertThat(SyntheticGrid.syntheticCoverage(-99.13, 19.43)).isEqualTo(95.0);
        assertThat(SyntheticGrid.syntheticCoverage(-117, 32)).isLessThan(10);
    }

    @Test
    void theShippedExampleIsCleanAndSaysInEveryFeatureThatItIsSynthetic() throws Exception {
        Path example = Path.of("data/examples/coverage-cells-synthetic.geojson");
        FeatureCollection c = GeoJsonText.read(Files.readString(example, StandardCharsets.UTF_8));
        assertThat(c.features()).isNotEmpty().allSatisfy(f -> assertThat(f.text("note")).startsWith("SYNTHETIC"));
        assertThat(Files.readString(example, StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\",\"note\":\"SYNTHETIC, ILLUSTRATIVE ONLY");
        CoveragePolygons p = new CoveragePolygonReader().load(c, "coverage_pct");
        assertThat(p.isClean()).isTrue();
        assertThat(p.cells()).hasSize(c.features().size());
    }
}
