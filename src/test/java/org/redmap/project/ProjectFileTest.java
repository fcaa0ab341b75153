package org.redmap.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.annotation.AnnotationKind;

class ProjectFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String minimal(String extra) {
        return "{\n  \"format\": \"redmap-project\",\n  \"version\": 1,\n  \"title\": \"T\",\n"
                + "  \"data\": {\"regions\": \"bundled\"},\n  \"layers\": {\"base\": [\"vendor\", \"title\"]}" + extra + "\n}\n";
    }

    @Test
    void saveThenOpenGivesTheSameProjectWithEveryAnnotationKind() throws Exception {
        Path regions = Files.copy(Path.of("data/mexico-states.geojson"), dir.resolve("states.geojson"));
        Path csv = write("tables/coverage.csv", "region_id,coverage\nMX-SON,0.5\n");
        Project project = Fixtures.full(regions, csv);
        assertThat(project.annotations()).extracting(a -> a.kind()).containsExactlyInAnyOrder(AnnotationKind.values());

        Path file = dir.resolve("p.redmap.json");
        ProjectHash saved = ProjectFile.save(project, file);

        Project read = ProjectFile.read(file);
        assertThat(read).isEqualTo(project);
        assertThat(read.annotations()).isEqualTo(project.annotations());
        assertThat(read.view()).isEqualTo(project.view());
        assertThat(read.export()).isEqualTo(project.export());
        assertThat(read.layers()).isEqualTo(project.layers());
        assertThat(saved.sha256()).isEqualTo(ProjectFile.sha256(file));
        assertThat(saved.saved()).isTrue();

        OpenedProject opened = ProjectFile.open(file, Fixtures.source());
        assertThat(opened.project()).isEqualTo(project);
        assertThat(opened.hash()).isEqualTo(saved);
        // Deterministic: saving the opened project again writes the same bytes.
        assertThat(ProjectFile.bytes(opened.project(), file)).isEqualTo(Files.readAllBytes(file));
        assertThat(ProjectHash.ofUnsaved(project, file).sha256()).isEqualTo(saved.sha256());
    }

    @Test
    void dataPathsAreStoredRelativeAndResolvedAgainstTheProjectsFolder() throws Exception {
        Path regions = Files.copy(Path.of("data/mexico-states.geojson"), Files.createDirectories(dir.resolve("data")).resolve("s.geojson"));
        Project project = Project.initial("T").withData(DataFiles.BUNDLED.withRegions(regions));
        Path file = Files.createDirectories(dir.resolve("projects")).resolve("p.redmap.json");

        ProjectFile.save(project, file);

        assertThat(Files.readString(file)).contains("\"regions\": \"../data/s.geojson\"");
        assertThat(ProjectFile.read(file).data().regions()).contains(regions.toAbsolutePath().normalize());

        // Moving project and data together keeps it working: the path is resolved against the file, not the working folder.
        Path moved = dir.resolve("elsewhere");
        Files.createDirectories(moved.resolve("projects"));
        Files.createDirectories(moved.resolve("data"));
        Files.copy(file, moved.resolve("projects/p.redmap.json"));
        Files.copy(regions, moved.resolve("data/s.geojson"));
        OpenedProject opened = ProjectFile.open(moved.resolve("projects/p.redmap.json"), Fixtures.source());
        assertThat(opened.project().data().regions()).contains(moved.resolve("data/s.geojson").toAbsolutePath().normalize());
        assertThat(opened.session().document().regions()).hasSize(32);
    }

    @Test
    void aDataFileFarAwayIsStoredAbsolute() {
        Path folder = Path.of("/a/b/c/d/projects").toAbsolutePath();
        Path far = Path.of("/x/y/states.geojson").toAbsolutePath();
        assertThat(ProjectWriter.path(far, folder)).isEqualTo(far.toString());
        assertThat(ProjectWriter.path(folder.resolve("../data/s.geojson").normalize(), folder)).isEqualTo("../data/s.geojson");
        assertThat(ProjectWriter.path(folder.resolve("bundled"), folder)).isEqualTo("./bundled");
    }

    @Test
    void aFailedSaveLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("p.redmap.json");
        ProjectFile.save(Project.initial("Old"), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> ProjectFile.save(Fixtures.full(null, null), file, (bytes, out) -> {
            out.write(Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(ProjectFile.read(file).title()).isEqualTo("Old");
    }

    @Test
    void aProjectFromANewerRedmapIsRefusedWithThatReasonBeforeItsKeysAreLookedAt() throws Exception {
        Path file = write("new.redmap.json", "{\n  \"format\": \"redmap-project\",\n  \"version\": 3,\n  \"hologram\": true\n}\n");

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/version");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith(file.toString() + ": /version (line 3, column 14): ")
                            .contains("made by a newer redmap (version 3); this redmap reads up to version 2");
                });
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        Path file = write("bad.redmap.json", "{\n  \"format\": \"redmap-project\",\n  \"version\": 1,\n  \"title\": \"T\"\n  \"data\": {}\n}\n");

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("not valid JSON");
                });
    }

    @Test
    void anUnknownClassificationIsNamedWithTheKnownOnes() throws Exception {
        Path file = write("c.redmap.json", minimal("").replace("\"title\"]}", "\"title\"], \"classification\": \"jenks\"}"));

        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("c.redmap.json: /layers/classification")
                .hasMessageContaining("unknown classification 'jenks' (known: equal-interval, quantile, natural-breaks)");
    }

    @Test
    void anUnknownAnnotationTypeIsNamedWithTheKnownOnes() throws Exception {
        Path file = write("a.redmap.json", minimal(",\n  \"annotations\": [\n    {\"type\": \"circle\", \"id\": \"x\"}\n  ]"));

        assertThatThrownBy(() -> ProjectFile.read(file))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/annotations/0/type");
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.reason()).isEqualTo("unknown annotation type 'circle' (known: text-label, callout, arrow,"
                            + " rectangle, ellipse, polygon, pin, region-highlight)");
                });
    }

    @Test
    void aMissingDataFileIsNamedAsTheProjectNamesIt() throws Exception {
        Path file = write("projects/m.redmap.json", minimal("").replace("\"bundled\"", "\"../x.geojson\""));

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/data/regions");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.reason()).startsWith("the regions file ../x.geojson named by the project does not exist")
                            .contains(dir.resolve("x.geojson").toString());
                });
    }

    @Test
    void aBrokenDataFileSaysWhyWithTheGeoJsonReadersLocation() throws Exception {
        write("broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",");
        Path file = write("b.redmap.json", minimal("").replace("\"bundled\"", "\"broken.geojson\""));

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("/data/regions")
                .hasMessageContaining("the regions file broken.geojson named by the project cannot be used: ")
                .hasMessageContaining("broken.geojson");
    }

    @Test
    void overridesMustNameARegionAndAVendorTheDataHas() throws Exception {
        Path region = write("r.redmap.json", minimal(",\n  \"overrides\": [{\"region\": \"MX-XXX\", \"vendor\": \"nokia\"}]"));
        Path vendor = write("v.redmap.json", minimal(",\n  \"overrides\": [{\"region\": \"MX-SON\", \"vendor\": \"ericsson\"}]"));

        assertThatThrownBy(() -> ProjectFile.open(region, Fixtures.source()))
                .hasMessageContaining("/overrides/0/region (line 7")
                .hasMessageContaining("no region 'MX-XXX' in mexico-states.geojson");
        assertThatThrownBy(() -> ProjectFile.open(vendor, Fixtures.source()))
                .hasMessageContaining("/overrides/0/vendor")
                .hasMessageContaining("unknown vendor 'ericsson' (known: nokia, huawei, unassigned)");
    }

    @Test
    void riskWeightsMustNameAFactorOfTheModel() throws Exception {
        Path file = write("w.redmap.json", minimal(",\n  \"model\": {\"risk_weights\": {\"vendr\": 0.5}}"));

        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .hasMessageContaining("/model/risk_weights/vendr")
                .hasMessageContaining("no risk factor 'vendr'");
    }

    @Test
    void unknownKeysAndBadValuesAreRefusedWhereTheyAre() throws Exception {
        Path key = write("k.redmap.json", minimal(",\n  \"export\": {\"widht\": 800}"));
        Path width = write("w.redmap.json", minimal(",\n  \"export\": {\"width\": 8}"));
        Path notProject = write("n.redmap.json", "{\"format\": \"redmap-vendor-assignments\", \"version\": 1}");

        assertThatThrownBy(() -> ProjectFile.read(key)).hasMessageContaining("/export/widht")
                .hasMessageContaining("unknown key 'widht' (allowed here: author, date, format, height, marking,");
        assertThatThrownBy(() -> ProjectFile.read(width)).hasMessageContaining("/export/width")
                .hasMessageContaining("'width' must be from 16 to 20000, found 8");
        assertThatThrownBy(() -> ProjectFile.read(notProject)).hasMessageContaining("this is not a redmap project");
    }

    @Test
    void aMissingProjectFileIsBadInputNamingIt() {
        Path file = dir.resolve("nope.redmap.json");
        assertThatThrownBy(() -> ProjectFile.open(file, Fixtures.source()))
                .isInstanceOf(ProjectException.class).hasMessageContaining("nope.redmap.json").hasMessageContaining("no such project file");
    }

    @Test
    void aHandWrittenProjectNeedsOnlyFormatVersionTitleDataAndLayers() throws Exception {
        Project p = ProjectFile.read(write("m.redmap.json", minimal("")));

        assertThat(p.view()).isEmpty();
        assertThat(p.overrides()).isEmpty();
        assertThat(p.model()).isEqualTo(ModelParameters.DEFAULTS);
        assertThat(p.export()).isEqualTo(ExportOptions.DEFAULTS);
        assertThat(p.layers().overlays()).extracting(o -> o.id()).containsExactly("coverage", "risk", "footprint", "bands");
        assertThat(p.data().regions()).isEqualTo(Optional.empty());
    }

    @Test
    void aTitleOverItsLimitIsRefusedWhereItIsWithItsLength() throws Exception {
        Path file = write("long.redmap.json", minimal("").replace("\"title\": \"T\"", "\"title\": \"" + "x".repeat(100_000) + "\""));

        assertThatThrownBy(() -> ProjectFile.read(file))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/title");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.reason()).isEqualTo("title is 100,000 characters; at most 1,000");
                });
    }

    @Test
    void aControlCharacterInAnAnnotationIsRefusedWhereItIs() throws Exception {
        Path file = write("bell.redmap.json", minimal(",\n  \"annotations\": [\n    {\"type\": \"text-label\", \"id\": \"a\","
                + " \"at\": [-100, 25], \"text\": \"Bell\\u0007\"}\n  ]"));
        Path note = write("note.redmap.json", minimal(",\n  \"annotations\": [\n    {\"type\": \"text-label\", \"id\": \"a\","
                + " \"at\": [-100, 25], \"text\": \"" + "n".repeat(10_001) + "\"}\n  ]"));

        assertThatThrownBy(() -> ProjectFile.read(file))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/annotations/0/text");
                    assertThat(e.reason()).contains("control character U+0007");
                });
        assertThatThrownBy(() -> ProjectFile.read(note)).hasMessageContaining("/annotations/0/text")
                .hasMessageContaining("note is 10,001 characters; at most 10,000");
    }
}
