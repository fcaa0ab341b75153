package org.redmap.project;

import org.redmap.render.Composer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.analysis.Classification;
import org.redmap.render.Overlay;
import org.redmap.render.OverlayBuilder;

/** Imported coverage polygons as part of a project: saved, opened, checked, drawn and recorded. */
class ProjectPolygonsTest {

    /** Two cells: a high one over Oaxaca, a low one over Chihuahua. */
    static final String CELLS = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"oax","properties":{"coverage_pct":96.5,"rsrp":-80},"geometry":{"type":"Polygon","coordinates":[[[-97.5,16.5],[-96,16.5],[-96,17.7],[-97.5,17.7],[-97.5,16.5]]]}},
            {"type":"Feature","id":"chh","properties":{"coverage_pct":3.5,"rsrp":-118},"geometry":{"type":"Polygon","coordinates":[[[-107,28],[-105,28],[-105,29.5],[-107,29.5],[-107,28]]]}},
            {"type":"Feature","id":"mid","properties":{"coverage_pct":40,"rsrp":-100},"geometry":{"type":"Polygon","coordinates":[[[-103,20],[-102,20],[-102,21],[-103,21],[-103,20]]]}}
            ]}
            """;

    @TempDir
    Path dir;

    private Path cells(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, CELLS, StandardCharsets.UTF_8);
    }

    private static Project withPolygons(Path cells, String property) {
        Project p = Project.initial("Cells").withData(DataFiles.BUNDLED.withPolygons(new CoveragePolygonsFile(cells, property)));
        // Half opaque and at the bottom, so the round trip has to keep both.
        return p.withLayers(p.layers().withOverlay(new OverlaySetting(OverlayIds.POLYGONS, true, 0.6))
                .withOverlayMoved(OverlayIds.POLYGONS, 0).withClassification(Classification.Method.QUANTILE));
    }

    @Test
    void saveThenOpenGivesTheSameProjectAndDrawsTheCellsWithTheRowsSettings() throws Exception {
        Path cells = cells("data/cells.geojson");
        Project project = withPolygons(cells, "coverage_pct");
        Path file = dir.resolve("p.redmap.json");

        ProjectFile.save(project, file);

        String text = Files.readString(file);
        assertThat(text).contains("\"coverage_polygons\"").contains("\"file\": \"data/cells.geojson\"")
                .contains("\"property\": \"coverage_pct\"").contains("\"id\": \"polygons\"");
        OpenedProject opened = ProjectFile.open(file, Fixtures.source());
        assertThat(opened.project()).isEqualTo(project);
        assertThat(opened.project().data().polygons()).contains(new CoveragePolygonsFile(cells, "coverage_pct"));
        assertThat(ProjectFile.bytes(opened.project(), file)).isEqualTo(Files.readAllBytes(file));

        ProjectSession session = opened.session();
        assertThat(session.polygons()).isPresent();
        assertThat(session.polygons().get().data().cells()).hasSize(3);
        assertThat(new Composer().overlays(session)).singleElement().isInstanceOfSatisfying(Overlay.Polygons.class, o -> {
            assertThat(o.id()).isEqualTo(OverlayIds.POLYGONS);
            assertThat(o.opacity()).isEqualTo(0.6);
            assertThat(o.provenance()).contains("cells.geojson", "coverage_pct");
            // Classified as the project's layers say, like the window shows them.
            assertThat(o.breaks()).isEqualTo(Classification.classify(Classification.Method.QUANTILE,
                    session.polygons().get().data().values(), 5));
        });
        // The polygons need no analysis: a project drawing only them does not pay for one.
        assertThat(session.analysis()).isEmpty();
        assertThat(session.dataFiles()).filteredOn(f -> f.role().equals("coverage-polygons")).singleElement()
                .satisfies(f -> {
                    assertThat(f.name()).isEqualTo("cells.geojson");
                    assertThat(f.path()).contains(cells.toString());
                    assertThat(f.sha256()).isEqualTo(ProjectFile.sha256(cells));
                });
    }

    @Test
    void withOtherOverlaysTheRowsOrderIsTheDrawingOrder() throws Exception {
        Project project = withPolygons(cells("cells.geojson"), "rsrp");
        project = project.withLayers(project.layers().withOverlay(new OverlaySetting(OverlayIds.RISK, true, 0.8)));
        ProjectSession session = ProjectSession.load(project, Fixtures.source(), dir);

        assertThat(new Composer().overlays(session)).extracting(Overlay::id).containsExactly(OverlayIds.POLYGONS, OverlayIds.RISK);
        // An edit that keeps the files keeps the projected cells.
        ProjectSession edited = session.with(project.withTitle("Other"));
        assertThat(edited.polygons().get()).isSameAs(session.polygons().get());
    }

    @Test
    void importingPolygonsIntoASessionReadsOnlyTheirFileAndKeepsTheAnalysis() throws Exception {
        Path cells = cells("cells.geojson");
        Project plain = Project.initial("T");
        plain = plain.withLayers(plain.layers().withOverlay(new OverlaySetting(OverlayIds.RISK, true, 0.8)));
        ProjectSession session = ProjectSession.load(plain, Fixtures.source(), dir);

        Project imported = plain.withData(plain.data().withPolygons(new CoveragePolygonsFile(cells, "coverage_pct")));
        ProjectSession with = session.with(imported);

        assertThat(with.analysis().get()).isSameAs(session.analysis().get());
        assertThat(with.data().document()).isSameAs(session.data().document());
        assertThat(new Composer().overlays(with)).extracting(Overlay::id).containsExactly(OverlayIds.RISK, OverlayIds.POLYGONS);
        assertThat(with.dataFiles()).extracting(DataFileUse::role).containsOnlyOnce("coverage-polygons");

        ProjectSession without = with.with(plain);
        assertThat(without.polygons()).isEmpty();
        assertThat(new Composer().overlays(without)).extracting(Overlay::id).containsExactly(OverlayIds.RISK);
        assertThat(without.dataFiles()).extracting(DataFileUse::role).doesNotContain("coverage-polygons");
    }

    @Test
    void aProjectWithoutPolygonsWritesNeitherTheFileNorTheRow() {
        String text = new String(ProjectFile.bytes(Project.initial("T"), null), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("coverage_polygons").doesNotContain("polygons");
    }

    @Test
    void theRecoveryFormWritesThePathAbsolute() throws Exception {
        Path cells = cells("cells.geojson");
        String text = new String(ProjectFile.bytes(withPolygons(cells, "coverage_pct"), null), StandardCharsets.UTF_8);
        assertThat(text).contains(cells.toString().replace("\\", "\\\\"));
    }

    @Test
    void aHandWrittenProjectNamingPolygonsWithoutARowShowsThemOnTop() throws Exception {
        cells("cells.geojson");
        Path file = Files.writeString(dir.resolve("h.redmap.json"), project(
                "{\"regions\": \"bundled\", \"coverage_polygons\": {\"file\": \"cells.geojson\", \"property\": \"coverage_pct\"}}",
                "{\"base\": [\"vendor\"]}"));

        OpenedProject opened = ProjectFile.open(file, Fixtures.source());

        assertThat(opened.project().layers().overlays()).last()
                .isEqualTo(new OverlaySetting(OverlayIds.POLYGONS, true, 0.85));
        assertThat(new Composer().overlays(opened.session())).extracting(Overlay::id).containsExactly(OverlayIds.POLYGONS);
    }

    @Test
    void aMissingPolygonsFileIsNamedWithThePointerAndNothingOpens() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("projects")).resolve("m.redmap.json"), project(
                "{\"regions\": \"bundled\",\n    \"coverage_polygons\": {\"file\": \"../cells.geojson\", \"property\": \"coverage_pct\"}}",
                "{\"base\": [\"vendor\"]}"));

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.pointer()).isEqualTo("/data/coverage_polygons/file");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.reason()).startsWith("the coverage polygons file ../cells.geojson named by the project does not exist")
                            .contains(dir.resolve("cells.geojson").toString());
                    assertThat(e.getMessage()).startsWith(file + ": /data/coverage_polygons/file (line 6");
                });
    }

    @Test
    void aBrokenPolygonsFileSaysWhyAtTheFile() throws Exception {
        Files.writeString(dir.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":");
        Path file = Files.writeString(dir.resolve("b.redmap.json"), project(
                "{\"regions\": \"bundled\", \"coverage_polygons\": {\"file\": \"broken.geojson\", \"property\": \"coverage_pct\"}}",
                "{\"base\": [\"vendor\"]}"));

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/data/coverage_polygons/file");
                    assertThat(e.reason()).startsWith("the coverage polygons file broken.geojson named by the project cannot be used: ")
                            .contains("broken.geojson");
                });
    }

    @Test
    void anUnknownPropertyIsNamedWithTheNumericOnesTheFileHas() throws Exception {
        cells("cells.geojson");
        Path file = Files.writeString(dir.resolve("u.redmap.json"), project(
                "{\"regions\": \"bundled\", \"coverage_polygons\": {\"file\": \"cells.geojson\", \"property\": \"signal\"}}",
                "{\"base\": [\"vendor\"]}"));

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/data/coverage_polygons/property");
                    assertThat(e.reason()).contains("cells.geojson", "\"signal\"", "numeric properties in this file: coverage_pct, rsrp");
                });
    }

    @Test
    void aPolygonsRowWithoutItsFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("r.redmap.json"), project("{\"regions\": \"bundled\"}",
                "{\"base\": [\"vendor\"], \"overlays\": [{\"id\": \"polygons\", \"visible\": true, \"opacity\": 1}]}"));

        assertThatThrownBy(() -> ProjectFile.read(file))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/layers/overlays/0/id");
                    assertThat(e.reason()).contains("data.coverage_polygons");
                });
    }

    @Test
    void badCoveragePolygonsValuesAreRefusedWhereTheyAre() throws Exception {
        Path noProperty = Files.writeString(dir.resolve("n.redmap.json"), project(
                "{\"regions\": \"bundled\", \"coverage_polygons\": {\"file\": \"cells.geojson\"}}", "{\"base\": [\"vendor\"]}"));
        Path extra = Files.writeString(dir.resolve("x.redmap.json"), project(
                "{\"regions\": \"bundled\", \"coverage_polygons\": {\"file\": \"c.geojson\", \"property\": \"p\", \"unit\": \"%\"}}",
                "{\"base\": [\"vendor\"]}"));

        assertThatThrownBy(() -> ProjectFile.read(noProperty)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("/data/coverage_polygons").hasMessageContaining("property");
        assertThatThrownBy(() -> ProjectFile.read(extra)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("/data/coverage_polygons").hasMessageContaining("unit");
    }

    private static String project(String data, String layers) {
        return "{\n  \"format\": \"redmap-project\",\n  \"version\": 1,\n  \"title\": \"T\",\n  \"data\": " + data
                + ",\n  \"layers\": " + layers + "\n}\n";
    }
}
