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
import org.redmap.io.CsvWriter;
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
        assertThat(rows.get(0)).containsExactlyElementsOf(RegionsCommand.CSV_HEADER);
        int urls = RegionsCommand.CSV_HEADER.indexOf("source_urls");
        int titles = RegionsCommand.CSV_HEADER.indexOf("source_titles");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(RegionsCommand.CSV_HEADER.size());
            assertThat(row.get(2)).isIn("nokia", "huawei");
            assertThat(row.get(urls).split(" \\| ")).allSatisfy(u -> assertThat(u).matches("https?://\\S+"));
            assertThat(row.get(titles).split(" \\| ")).hasSameSizeAs(row.get(urls).split(" \\| "));
        }
        assertThat(rows.stream().map(r -> r.get(0))).contains("MX-SON", "MX-OAX").doesNotHaveDuplicates();
    }

    @Test
    void csvQuotesAsRfc4180Says() {
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("")).isEmpty();
        assertThat(CsvWriter.cell(null)).isEmpty();
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            new CsvWriter(text).row(List.of("a", "b,c", "")).flush();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(text.toString()).isEqualTo("a,\"b,c\",\r\n");
    }

    @Test
    void csvDefusesSpreadsheetFormulas() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+x")).isEqualTo("'+x");
        assertThat(CsvWriter.cell("-x")).isEqualTo("'-x");
        assertThat(CsvWriter.cell("@x")).isEqualTo("'@x");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell("MX-SON")).isEqualTo("MX-SON");
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
