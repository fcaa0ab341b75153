package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A briefing travels: by default neither the image, its metadata nor its sidecar names a folder on
 * the analyst's computer; {@code --include-local-paths} adds them to the sidecar on purpose.
 */
class ReleaseSafeExportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    /** A case folder with its own data below it and a polygons file outside it, in a folder the analyst allows. */
    private Path caseProject() throws Exception {
        Path caseFolder = Files.createDirectories(dir.resolve("case-4711-smith"));
        Path data = Files.createDirectories(caseFolder.resolve("data"));
        Files.copy(Path.of("data/mexico-states.geojson"), data.resolve("states.geojson"));
        Files.writeString(data.resolve("coverage.csv"), "region_id,coverage_pct\nMX-SON,61.5\nMX-YUC,48\n");
        Path cells = Files.writeString(elsewhere.resolve("cells.geojson"), CoveragePolygonsExportTest.CELLS,
                StandardCharsets.UTF_8);
        String project = Files.readString(ProjectExportTest.EXAMPLE).replace("\"regions\": \"bundled\"",
                "\"regions\": \"data/states.geojson\", \"coverage\": \"data/coverage.csv\", \"coverage_polygons\":"
                        + " {\"file\": " + JSON.writeValueAsString(cells.toString()) + ", \"property\": \"coverage_pct\"}");
        return Files.writeString(caseFolder.resolve("case.redmap.json"), project);
    }

    @Test
    void byDefaultNoExportedFileNamesAFolderOfThisComputer() throws Exception {
        Path project = caseProject();
        String[] secrets = {dir.toString(), elsewhere.toString(), "case-4711-smith", System.getProperty("user.home")};
        for (String ext : List.of("png", "svg", "pdf")) {
            Path out = dir.resolve("brief." + ext);
            Cli run = Cli.run("export", "--project", project.toString(), "--out", out.toString(),
                    "--allow-data-dir", elsewhere.toString());
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.err()).contains("no local paths");

            String sidecar = Files.readString(Path.of(out + ".json"));
            String image = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(sidecar).as("%s sidecar", ext).doesNotContain(secret);
                assertThat(image).as("%s file", ext).doesNotContain(secret);
            }
            JsonNode side = JSON.readTree(sidecar);
            assertThat(side.get("version").asInt()).isEqualTo(3);
            assertThat(side.get("local_paths").asBoolean()).isFalse();
            assertThat(side.get("project").get("file").asText()).isEqualTo("case.redmap.json");
            assertThat(side.get("data").findValuesAsText("path"))
                    .containsExactlyInAnyOrder("data/states.geojson", "data/coverage.csv", "cells.geojson");
            assertThat(side.findValues("local_path")).isEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("brief.pdf").toFile())) {
            COSDictionary info = pdf.getDocumentInformation().getCOSObject();
            assertThat(info.keySet()).containsExactlyInAnyOrder(COSName.TITLE, COSName.CREATOR, COSName.PRODUCER,
                    COSName.CREATION_DATE);
            assertThat(info.getString(COSName.CREATION_DATE)).matches("D:\\d{14}Z");
            for (COSName key : info.keySet()) {
                COSBase value = info.getDictionaryObject(key);
                for (String secret : secrets) assertThat(value.toString()).doesNotContain(secret);
            }
        }
    }

    @Test
    void includeLocalPathsRecordsTheAbsolutePathsBesideTheRelativeOnes() throws Exception {
        Path project = caseProject();
        Path out = dir.resolve("mine.png");

        Cli run = Cli.run("export", "--project", project.toString(), "--out", out.toString(), "--include-local-paths",
                "--allow-data-dir", elsewhere.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("with local paths");
        JsonNode side = JSON.readTree(Path.of(out + ".json").toFile());
        assertThat(side.get("local_paths").asBoolean()).isTrue();
        assertThat(side.get("project").get("local_path").asText()).isEqualTo(project.toAbsolutePath().normalize().toString());
        assertThat(side.get("data").findValuesAsText("local_path")).containsExactlyInAnyOrder(
                project.resolveSibling("data/states.geojson").toAbsolutePath().normalize().toString(),
                project.resolveSibling("data/coverage.csv").toAbsolutePath().normalize().toString(),
                elsewhere.resolve("cells.geojson").toAbsolutePath().normalize().toString());
        assertThat(side.get("data").findValuesAsText("path")).contains("data/states.geojson");
    }

    @Test
    void includeLocalPathsWithoutAProjectIsAUsageError() {
        Path out = dir.resolve("plain.png");

        Cli run = Cli.run("export", "--out", out.toString(), "--include-local-paths");

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("--include-local-paths is about the sidecar of a --project export");
        assertThat(out).doesNotExist();
    }
}
