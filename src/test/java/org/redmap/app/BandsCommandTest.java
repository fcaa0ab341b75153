package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redmap bands}: the border-proximity table, as CSV or JSON, on stdout or in a file. */
class BandsCommandTest {

    static final List<String> BORDER_STATES = List.of("MX-BCN", "MX-CHH", "MX-COA", "MX-NLE", "MX-SON", "MX-TAM");

    @TempDir
    Path dir;

    @Test
    void defaultIsThreeBandsAsCsvTheFirstTouchingExactlyTheSixBorderStates() {
        Cli run = Cli.run("bands");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        List<List<String>> rows = RegionsCommandTest.parse(run.out());
        assertThat(rows).hasSize(4);
        List<String> header = rows.get(0);
        assertThat(header).startsWith("band", "from_km", "to_km", "area_km2", "regions", "region_ids", "places", "population")
                .contains("population_nokia", "population_huawei");
        assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsExactly("0–50 km", "50–100 km", "100–200 km");
        List<String> first = rows.get(1);
        assertThat(Arrays.asList(first.get(header.indexOf("region_ids")).split("; ")))
                .containsExactlyInAnyOrderElementsOf(BORDER_STATES);
        assertThat(first.get(header.indexOf("regions"))).contains("Sonora", "Nuevo León", "Baja California");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(Double.parseDouble(row.get(header.indexOf("area_km2")))).isPositive();
            long total = Long.parseLong(row.get(header.indexOf("population")));
            long byVendor = Long.parseLong(row.get(header.indexOf("population_nokia")))
                    + Long.parseLong(row.get(header.indexOf("population_huawei")));
            assertThat(byVendor).as("population by vendor adds up").isEqualTo(total);
        }
        assertThat(Long.parseLong(first.get(header.indexOf("population")))).as("Tijuana, Ciudad Juárez, ...").isGreaterThan(1_000_000);
    }

    @Test
    void distancesChooseTheBands() {
        Cli run = Cli.run("bands", "--distances", "75, 25");

        assertThat(run.code()).as(run.toString()).isZero();
        List<List<String>> rows = RegionsCommandTest.parse(run.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsExactly("0–25 km", "25–75 km");
        assertThat(rows.stream().skip(1).map(r -> r.subList(1, 3))).containsExactly(List.of("0", "25"), List.of("25", "75"));
    }

    @Test
    void jsonHasTheBandsWithRegionsAndPopulationByVendor() throws Exception {
        Cli run = Cli.run("bands", "--format", "json", "--distances", "50,100,200");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("distancesKm").toString()).isEqualTo("[50,100,200]");
        assertThat(root.get("method").asText()).contains("EPSG:6372");
        assertThat(root.get("vendors")).hasSize(2);
        JsonNode bands = root.get("bands");
        assertThat(bands).hasSize(3);
        JsonNode first = bands.get(0);
        assertThat(first.get("band").asText()).isEqualTo("0–50 km");
        assertThat(first.get("fromKm").asInt()).isZero();
        assertThat(first.get("toKm").asInt()).isEqualTo(50);
        List<String> ids = new ArrayList<>();
        double regionArea = 0;
        for (JsonNode r : first.get("regions")) {
            ids.add(r.get("id").asText());
            assertThat(r.get("vendor").asText()).isEqualTo("nokia");
            regionArea += r.get("areaKm2").asDouble();
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(BORDER_STATES);
        assertThat(regionArea).as("the regions' parts make up the band").isCloseTo(first.get("areaKm2").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(1));
        long sum = 0;
        for (JsonNode v : first.get("byVendor")) sum += v.get("population").asLong();
        assertThat(sum).isEqualTo(first.get("population").asLong());
    }

    @Test
    void outWritesTheCsvAtomicallyWithAByteOrderMarkAndNothingOnStdout() throws Exception {
        Path file = dir.resolve("bands.csv");
        Files.writeString(file, "an older table");

        Cli run = Cli.run("bands", "--out", file.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bands.csv").contains("3 bands");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(Cli.run("bands").out());
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }

        Path json = dir.resolve("bands.json");
        assertThat(Cli.run("bands", "--format", "json", "--out", json.toString()).code()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("bands")).hasSize(3);
    }

    @Test
    void badDistancesAreUsageErrors() {
        for (String bad : List.of("", "abc", "50,,100", "0", "-50", "50,50", "NaN", "1e3", "6000", "50;100")) {
            Cli run = Cli.run("bands", "--distances", bad);
            assertThat(run.code()).as("'" + bad + "'\n" + run).isEqualTo(Launcher.USAGE);
            assertThat(run.err()).as(bad).contains("--distances").contains("Usage:");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void outInAMissingFolderIsAUsageErrorAndUnknownFormatToo() {
        Cli missing = Cli.run("bands", "--out", dir.resolve("nope").resolve("bands.csv").toString());
        assertThat(missing.code()).isEqualTo(Launcher.USAGE);
        assertThat(missing.err()).contains("output folder does not exist");

        Cli format = Cli.run("bands", "--format", "xlsx");
        assertThat(format.code()).isEqualTo(Launcher.USAGE);
        assertThat(format.err()).contains("xlsx");
    }
}
