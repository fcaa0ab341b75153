package org.redmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.redmap.model.Region;

class CoverageJoinTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static Region region(String id, String name) {
        return new Region(id, name, Map.of(), GF.createPoint(new Coordinate(0, 0)).buffer(1));
    }

    private static final List<Region> REGIONS = List.of(region("MX-SON", "Sonora"), region("MX-CHH", "Chihuahua"),
            region("MX-YUC", "Yucatán"), region("MX-OAX", "Oaxaca"), region("MX-NLE", "Nuevo León"),
            region("MX-JAL", "Jalisco"), region("MX-PUE", "Puebla"), region("MX-VER", "Veracruz"));

    private static CoverageJoin join(String csv) throws CoverageTableException {
        return new CoverageJoiner().join(new CoverageTableReader().read(csv, "coverage.csv"), REGIONS);
    }

    @Test
    void joinsFractionsPercentCellsDatesAndSources() throws Exception {
        CoverageJoin join = join("""
                region_id,coverage,date,source,notes
                MX-SON,0.5,2021-02,IFT,first
                mx-chh,57%,2021,,
                MX-YUC, 1 ,,"Altán, press release",
                """);
        assertThat(join.value("MX-SON")).get().satisfies(v -> {
            assertThat(v.value()).isEqualTo(0.5);
            assertThat(v.date()).contains(PartialDate.parse("2021-02"));
            assertThat(v.source()).isEqualTo("IFT");
            assertThat(v.line()).isEqualTo(2);
        });
        assertThat(join.value("MX-CHH")).get().extracting(CoverageValue::value).isEqualTo(0.57);
        assertThat(join.value("MX-YUC")).get().satisfies(v -> assertThat(v.source()).isEqualTo("Altán, press release"));
        assertThat(join.columns().ignored()).containsExactly("notes");
        // every region without a row is reported
        assertThat(join.problems(JoinProblem.Kind.REGION_WITHOUT_VALUE)).extracting(JoinProblem::regionId)
                .containsExactly("MX-OAX", "MX-NLE", "MX-JAL", "MX-PUE", "MX-VER");
        assertThat(join.regionValues().modelled()).isFalse();
        assertThat(join.regionValues().values()).containsOnlyKeys("MX-SON", "MX-CHH", "MX-YUC");
    }

    @Test
    void reportsEveryKindOfProblemWithItsLine() throws Exception {
        CoverageJoin join = join("""
                id,coverage,date
                MX-SON,0.5,2021
                MX-XXX,0.4,
                Oaxaca,0.3,
                MX-CHH,0.2,
                MX-CHH,0.25,
                MX-YUC,abc,
                MX-NLE,1.5,
                MX-JAL,-0.1,
                MX-PUE,,
                ,0.6,
                MX-VER,0.1,2021-02-30
                MX-SON,0.7,2020,extra
                """);
        assertThat(join.problems(JoinProblem.Kind.UNKNOWN_ID)).extracting(JoinProblem::rawText)
                .containsExactly("MX-XXX", "Oaxaca");
        assertThat(join.problems(JoinProblem.Kind.UNKNOWN_ID).get(1).message())
                .contains("line 4").contains("name of MX-OAX");
        JoinProblem duplicate = join.problems(JoinProblem.Kind.DUPLICATE_ID).get(0);
        assertThat(duplicate.regionId()).isEqualTo("MX-CHH");
        assertThat(duplicate.lines()).containsExactly(5, 6);
        assertThat(duplicate.message()).contains("'0.2', '0.25'").contains("none is used");
        assertThat(join.value("MX-CHH")).isEmpty();

        JoinProblem nan = join.problems(JoinProblem.Kind.NOT_A_NUMBER).get(0);
        assertThat(nan.lines()).containsExactly(7);
        assertThat(nan.column()).isEqualTo("coverage");
        assertThat(nan.rawText()).isEqualTo("abc");
        assertThat(nan.message()).contains("line 7, column 8 (coverage)");

        assertThat(join.problems(JoinProblem.Kind.OUT_OF_RANGE)).extracting(JoinProblem::rawText)
                .containsExactly("1.5", "-0.1");
        assertThat(join.problems(JoinProblem.Kind.OUT_OF_RANGE).get(0).message()).contains("1.5%");
        assertThat(join.problems(JoinProblem.Kind.EMPTY_VALUE)).extracting(JoinProblem::regionId).containsExactly("MX-PUE");
        assertThat(join.problems(JoinProblem.Kind.EMPTY_ID)).extracting(JoinProblem::lines).containsExactly(List.of(11));
        assertThat(join.problems(JoinProblem.Kind.WRONG_CELL_COUNT)).extracting(JoinProblem::lines)
                .containsExactly(List.of(13));
        // a bad date keeps the value but reports the date
        assertThat(join.problems(JoinProblem.Kind.BAD_DATE)).extracting(JoinProblem::rawText).containsExactly("2021-02-30");
        assertThat(join.value("MX-VER")).get().satisfies(v -> assertThat(v.date()).isEmpty());
        // the row with too many cells is not used, so MX-SON is not a duplicate and keeps its value
        assertThat(join.value("MX-SON")).get().extracting(CoverageValue::value).isEqualTo(0.5);

        assertThat(join.problems(JoinProblem.Kind.REGION_WITHOUT_VALUE)).extracting(JoinProblem::regionId)
                .containsExactly("MX-CHH", "MX-YUC", "MX-OAX", "MX-NLE", "MX-JAL", "MX-PUE");
        assertThat(join.problems(JoinProblem.Kind.REGION_WITHOUT_VALUE).get(0).message()).contains("lines 5, 6");
        assertThat(join.values()).containsOnlyKeys("MX-SON", "MX-VER");

        String summary = join.summary();
        assertThat(summary).startsWith("coverage.csv: 2 of 8 regions have a value (12 data rows)");
        assertThat(summary).contains("Ids that match no region (2)", "Regions without a value (6)",
                "Ids on more than one row (no value used) (1)", "Values that are not numbers (1)",
                "Values out of range (2)", "Rows without a value (1)", "Rows without an id (1)",
                "Rows with the wrong number of cells (not used) (1)", "Dates that could not be read");
        // nothing silently dropped: every data row shows up as a value or in some problem
        for (int line = 2; line <= 13; line++) {
            int l = line;
            boolean used = join.values().values().stream().anyMatch(v -> v.line() == l);
            boolean reported = join.problems().stream().anyMatch(p -> p.lines().contains(l));
            assertThat(used || reported).as("line %d accounted for", line).isTrue();
        }
    }

    @Test
    void percentColumnsAreDeclaredByTheirHeader() throws Exception {
        assertThat(join("id,coverage_pct\nMX-SON,57\n").value("MX-SON")).get().extracting(CoverageValue::value)
                .isEqualTo(0.57);
        assertThat(join("id,Coverage (%)\nMX-SON,57.5\n").value("MX-SON")).get().extracting(CoverageValue::value)
                .isEqualTo(0.575);
        CoverageJoin percent = join("id,cobertura %\nMX-SON,101\n");
        assertThat(percent.problems(JoinProblem.Kind.OUT_OF_RANGE).get(0).message()).contains("0..100");
        // A column of 0..100 without fractions is read as percent, and the report says so ...
        CoverageJoin byValues = join("id,coverage\nMX-SON,57\n");
        assertThat(byValues.value("MX-SON")).get().extracting(CoverageValue::value).isEqualTo(0.57);
        assertThat(byValues.summary()).contains("coverage = \"coverage\" (read as percent (0–100)");
        // ... but 57 beside fractions is never guessed to be 57 %
        assertThat(join("id,coverage\nMX-SON,57\nMX-CHH,0.5\n").problems(JoinProblem.Kind.OUT_OF_RANGE)).hasSize(1);
        // not numbers, even though Double.parseDouble would take them
        CoverageJoin odd = join("id,coverage\nMX-SON,NaN\nMX-CHH,0x1p-1\nMX-YUC,1d\nMX-OAX,\"1,000\"\n");
        assertThat(odd.problems(JoinProblem.Kind.NOT_A_NUMBER)).hasSize(4);
    }

    @Test
    void semicolonFilesMayUseDecimalCommas() throws Exception {
        CoverageJoin join = join("\uFEFFRegión ID;Cobertura;Fecha\nMX-SON;0,5;2021\nMX-CHH;62,5 %;\n");
        assertThat(join.value("MX-SON")).get().extracting(CoverageValue::value).isEqualTo(0.5);
        assertThat(join.value("MX-CHH")).get().extracting(CoverageValue::value).isEqualTo(0.625);
    }

    @Test
    void aCommaFileWithADecimalCommaGetsAHint() throws Exception {
        CoverageJoin join = join("id,coverage\nMX-SON,0,5\n");
        assertThat(join.problems(JoinProblem.Kind.WRONG_CELL_COUNT).get(0).message()).contains("decimal comma");
    }

    @Test
    void anUnclosedQuoteNamesTheLineAndColumnWhereItOpened() {
        assertThatThrownBy(() -> join("id,coverage,source\nMX-SON,0.5,ok\nMX-CHH,0.4,\"Altán\nMX-YUC,0.3,x\n"))
                .isInstanceOf(CoverageTableException.class)
                .hasMessageStartingWith("coverage.csv: line 3, column 12:")
                .hasMessageContaining("never closed")
                .satisfies(e -> {
                    CoverageTableException c = (CoverageTableException) e;
                    assertThat(c.line()).isEqualTo(3);
                    assertThat(c.column()).isEqualTo(12);
                });
    }

    @Test
    void aTableWithoutIdOrCoverageColumnIsRefused() {
        assertThatThrownBy(() -> join("state,coverage\nSonora,0.5\n")).isInstanceOf(CoverageTableException.class)
                .hasMessageContaining("coverage.csv: line 1").hasMessageContaining("no region id column");
        assertThatThrownBy(() -> join("id,amount\nMX-SON,0.5\n")).hasMessageContaining("no coverage column");
        assertThatThrownBy(() -> join("")).hasMessageContaining("no header row");
    }

    @Test
    void readsFilesAndRefusesNonUtf8(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "id,coverage\r\nMX-SON,0.5\r\n\r\n", StandardCharsets.UTF_8);
        CoverageTable table = new CoverageTableReader().read(good);
        assertThat(table.rows()).hasSize(1);
        assertThat(table.blankLines()).isEqualTo(1);
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,coverage,source\nMX-SON,0.5,Altán\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new CoverageTableReader().read(latin1)).isInstanceOf(CoverageTableException.class)
                .hasMessageContaining("latin1.csv").hasMessageContaining("UTF-8");
    }

    @Test
    void aCleanJoinSaysSo() throws Exception {
        StringBuilder csv = new StringBuilder("id,coverage\n");
        for (Region r : REGIONS) csv.append(r.id()).append(",0.5\n");
        CoverageJoin join = join(csv.toString());
        assertThat(join.isClean()).isTrue();
        assertThat(join.summary()).contains("8 of 8 regions have a value").contains("No problems.");
    }

    @Test
    void joinsTheDefaultStates() throws Exception {
        CoverageJoin join = new CoverageJoiner().joinTagged(
                new CoverageTableReader().read("id,coverage\nMX-BCN,0.9\nMX-YUC,45%\n", "t.csv"),
                DefaultData.document().regions());
        assertThat(join.values()).containsOnlyKeys("MX-BCN", "MX-YUC");
        assertThat(join.problems(JoinProblem.Kind.REGION_WITHOUT_VALUE)).hasSize(30);
    }
}
