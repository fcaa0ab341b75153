package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.io.SyntheticGrid;

/** {@code redmap regions}: the data behind the colours, for analysts and their spreadsheets. */
class RegionsCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonListsThe32StatesEachWithVendorBasisAndAWebSource() throws Exception {
        Cli run = Cli.run("regions", "--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(32);
        Set<String> ids = new HashSet<>();
        for (JsonNode region : array) {
            ids.add(region.get("id").asText());
            assertThat(region.get("name").asText()).isNotBlank();
            assertThat(region.get("vendor").get("id").asText()).isIn("nokia", "huawei");
            assertThat(region.get("vendor").get("name").asText()).isIn("Nokia", "Huawei");
            assertThat(region.get("basis").asText()).isIn("reported", "inferred");
            assertThat(region.get("confidence").asText()).isIn("high", "medium", "low");
            assertThat(region.get("matchedBy").asText()).isNotBlank();
            assertThat(region.get("note").isTextual()).isTrue();
            JsonNode sources = region.get("sources");
            assertThat(sources.isArray()).isTrue();
            assertThat(sources).isNotEmpty();
            assertThat(sources).anySatisfy(s -> assertThat(s.get("url").asText()).matches("https?://\\S+"));
            assertThat(sources).allSatisfy(s -> {
                assertThat(s.get("title").asText()).isNotBlank();
                assertThat(s.get("publisher").asText()).isNotBlank();
                assertThat(s.get("date").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            });
        }
        assertThat(ids).hasSize(32).contains("MX-SON", "MX-OAX", "MX-CMX");
        JsonNode sonora = find(array, "MX-SON");
        assertThat(sonora.get("vendor").get("id").asText()).isEqualTo("nokia");
        assertThat(find(array, "MX-OAX").get("vendor").get("id").asText()).isEqualTo("huawei");
    }

    @Test
    void jsonIsTheDefaultFormat() throws Exception {
        assertThat(Cli.run("regions").out()).isEqualTo(Cli.run("regions", "--format", "json").out());
    }

    @Test
    void csvHasAHeaderAnd32RowsWithSourcesJoined() {
        Cli run = Cli.run("regions", "--format", "csv");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).endsWith("\r\n");
        List<List<String>> rows = parse(run.out());
        assertThat(rows).hasSize(33);
        assertThat(rows.get(0)).startsWith(RegionsCommand.CSV_HEADER.toArray(String[]::new));
        int urls = RegionsCommand.CSV_HEADER.indexOf("source_urls");
        int titles = RegionsCommand.CSV_HEADER.indexOf("source_titles");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(rows.get(0));
            assertThat(row.get(2)).isIn("nokia", "huawei");
            assertThat(row.get(urls).split(" \\| ")).allSatisfy(u -> assertThat(u).matches("https?://\\S+"));
            assertThat(row.get(titles).split(" \\| ")).hasSameSizeAs(row.get(urls).split(" \\| "));
        }
        assertThat(rows.stream().map(r -> r.get(0))).contains("MX-SON", "MX-OAX").doesNotHaveDuplicates();
    }

    @Test
    void jsonGivesEveryStateItsModelledCoverageAndARiskScoreWithItsBreakdown() throws Exception {
        Cli run = Cli.run("regions", "--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array).hasSize(32);
        Set<String> factors = Set.of("vendor", "border_proximity", "core_site", "population_exposed");
        for (JsonNode region : array) {
            String id = region.get("id").asText();
            JsonNode coverage = region.get("coverage");
            assertThat(coverage.get("value").isNumber()).as(id).isTrue();
            assertThat(coverage.get("value").asDouble()).as(id).isBetween(0.0, 1.0);
            assertThat(coverage.get("modelled").asBoolean()).as(id).isTrue();
            assertThat(coverage.get("source").asText()).as(id).startsWith("Modelled: ").contains("assumed site radii");
            assertThat(coverage.get("coveredPopulation").asLong()).as(id)
                    .isLessThanOrEqualTo(coverage.get("listedPopulation").asLong());

            JsonNode risk = region.get("risk");
            assertThat(risk.get("score").asDouble()).as(id).isBetween(0.0, 1.0);
            assertThat(risk.get("modelled").asBoolean()).isTrue();
            assertThat(risk.get("model").asText()).contains("assumed weights");
            JsonNode breakdown = risk.get("breakdown");
            assertThat(breakdown).hasSize(4);
            Set<String> ids = new HashSet<>();
            double sum = 0;
            for (JsonNode f : breakdown) {
                ids.add(f.get("id").asText());
                assertThat(f.get("rawInput").asText()).as(id).isNotBlank();
                assertThat(f.get("normalised").asDouble()).as(id).isBetween(0.0, 1.0);
                assertThat(f.get("weight").asDouble()).isPositive();
                assertThat(f.get("source").asText()).isNotBlank();
                assertThat(f.get("assumption").asText()).contains("ASSUMPTION");
                assertThat(f.get("formula").asText()).isNotBlank();
                sum += f.get("contribution").asDouble();
            }
            assertThat(ids).isEqualTo(factors);
            assertThat(sum).as("the contributions of %s add up to its score", id).isCloseTo(risk.get("score").asDouble(),
                    org.assertj.core.data.Offset.offset(1e-5));
        }
        JsonNode sonora = find(array, "MX-SON").get("risk").get("breakdown");
        assertThat(sonora.get(1).get("id").asText()).isEqualTo("border_proximity");
        assertThat(sonora.get(1).get("normalised").asDouble()).as("Sonora touches the border").isEqualTo(1.0);
        assertThat(find(array, "MX-YUC").get("risk").get("breakdown").get(1).get("normalised").asDouble()).isZero();
    }

    @Test
    void csvHasCoverageAndRiskColumnsWithOneContributionPerFactor() {
        Cli run = Cli.run("regions", "--format", "csv");

        List<List<String>> rows = parse(run.out());
        List<String> header = rows.get(0);
        assertThat(header.subList(RegionsCommand.CSV_HEADER.size(), header.size())).containsExactly("coverage",
                "coverage_modelled", "coverage_source", "risk_score", "risk_vendor", "risk_border_proximity", "risk_core_site",
                "risk_population_exposed");
        int coverage = header.indexOf("coverage");
        int score = header.indexOf("risk_score");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(Double.parseDouble(row.get(coverage))).isBetween(0.0, 1.0);
            assertThat(row.get(coverage + 1)).isEqualTo("true");
            assertThat(row.get(coverage + 2)).startsWith("Modelled: ");
            double sum = 0;
            for (int i = score + 1; i < header.size(); i++) sum += Double.parseDouble(row.get(i));
            assertThat(sum).isCloseTo(Double.parseDouble(row.get(score)), org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void coverageTableReplacesTheModelWhereItHasAValueAndSaysWhyWhereNot() throws Exception {
        Path csv = Files.writeString(dir.resolve("cov.csv"), String.join("\n",
                "region_id,coverage_pct,date,source",
                "MX-SON,61.5,2021-02,=Operator filing",
                "MX-OAX,n/a,,",
                "MX-XXX,40,,",
                ""));

        Cli run = Cli.run("regions", "--coverage", csv.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("cov.csv: 1 of 32 regions have a value").contains("'MX-XXX' matches no region")
                .contains("'n/a' is not a number");
        JsonNode array = new ObjectMapper().readTree(run.out());
        JsonNode sonora = find(array, "MX-SON").get("coverage");
        assertThat(sonora.get("value").asDouble()).isEqualTo(0.615);
        assertThat(sonora.get("modelled").asBoolean()).isFalse();
        assertThat(sonora.get("source").asText()).isEqualTo("cov.csv line 2: =Operator filing, 2021-02");
        assertThat(sonora.get("date").asText()).isEqualTo("2021-02");
        JsonNode oaxaca = find(array, "MX-OAX").get("coverage");
        assertThat(oaxaca.get("value").isNull()).isTrue();
        assertThat(oaxaca.get("modelled").asBoolean()).isFalse();
        assertThat(oaxaca.get("note").asText()).contains("line 3");
        assertThat(find(array, "MX-YUC").get("coverage").get("note").asText()).contains("no row");

        Cli csvRun = Cli.run("regions", "--coverage", csv.toString(), "--format", "csv");
        List<List<String>> rows = parse(csvRun.out());
        int coverage = rows.get(0).indexOf("coverage");
        List<String> son = rows.stream().filter(r -> r.get(0).equals("MX-SON")).findFirst().orElseThrow();
        assertThat(son.subList(coverage, coverage + 3)).containsExactly("0.615", "false", "cov.csv line 2: =Operator filing, 2021-02");
        List<String> oax = rows.stream().filter(r -> r.get(0).equals("MX-OAX")).findFirst().orElseThrow();
        assertThat(oax.get(coverage)).isEmpty();
        assertThat(oax.get(coverage + 2)).startsWith("cov.csv: no value");
    }

    @Test
    void csvEscapesFormulasInCoverageSources() throws Exception {
        Path csv = Files.writeString(dir.resolve("=evil.csv"), "region_id,coverage\nMX-SON,0.5\n");

        Cli run = Cli.run("regions", "--coverage", csv.toString(), "--format", "csv");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains(",'=evil.csv line 2,").doesNotContain(",=evil");
    }

    @Test
    void brokenCoverageTableIsBadInput() throws Exception {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "region_id;coverage\n\"MX-SON;0.5\n");

        Cli run = Cli.run("regions", "--coverage", csv.toString());

        assertThat(run.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.csv: line 2, column 1").doesNotContain("\tat ");
    }

    @Test
    void regionsOfAnotherFileAreTaggedByPositionAndUnassignedOutsideMexico() throws Exception {
        Path grid = dir.resolve("cells.geojson");
        SyntheticGrid.write(grid, 30);

        Cli run = Cli.run("regions", "--regions", grid.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array).hasSize(30);
        assertThat(array.get(0).get("id").asText()).isEqualTo("cell-000000");
        assertThat(array).anySatisfy(r -> {
            assertThat(r.get("vendor").get("id").asText()).isEqualTo("unassigned");
            assertThat(r.get("vendor").get("name").asText()).isEqualTo("Unassigned");
            assertThat(r.get("basis").asText()).isEmpty();
            assertThat(r.get("confidence").asText()).isEmpty();
            assertThat(r.get("sources")).isEmpty();
        });
        assertThat(array).anySatisfy(r -> {
            assertThat(r.get("vendor").get("id").asText()).isIn("nokia", "huawei");
            assertThat(r.get("matchedBy").asText()).isNotBlank();
        });

        Cli csv = Cli.run("regions", "--regions", grid.toString(), "--format", "csv");
        List<List<String>> rows = parse(csv.out());
        assertThat(rows).hasSize(31);
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(2, 6)).containsExactly("unassigned", "Unassigned", "", ""));
    }

    @Test
    void brokenRegionsFileIsBadInput() throws Exception {
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\n");

        Cli run = Cli.run("regions", "--regions", broken.toString());

        assertThat(run.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.geojson").contains("line ").doesNotContain("\tat ");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli run = Cli.run("regions", "--format", "xml");

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("xml").contains("json").contains("csv");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) if (n.get("id").asText().equals(id)) return n;
        throw new AssertionError("no region " + id);
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (cell.length() == 0 && c == '"') {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(q);
                    }
                }
                continue;
            }
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '\n' || c == '\r') throw new AssertionError("bare line break outside quotes at " + i);
                cell.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || cell.length() > 0) throw new AssertionError("last record has no CRLF");
        return rows;
    }
}
