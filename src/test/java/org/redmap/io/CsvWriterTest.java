package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void escapesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvWriter.cell("Nuevo León")).isEqualTo("Nuevo León");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void quotesAsRfc4180Requires() {
        assertThat(CsvWriter.cell("Baja California; Sonora")).isEqualTo("Baja California; Sonora");
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("")).isEmpty();
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void numbersArePlainAndNeverEscaped() {
        assertThat(CsvWriter.cell(-5)).isEqualTo("-5");
        assertThat(CsvWriter.cell(-0.25)).isEqualTo("-0.25");
        assertThat(CsvWriter.cell(1.0e7)).isEqualTo("10000000");
        assertThat(CsvWriter.cell(50.0)).isEqualTo("50");
        assertThat(CsvWriter.cell(-0.0)).isEqualTo("0");
        assertThat(CsvWriter.cell(Double.NaN)).isEmpty();
        assertThat(CsvWriter.cell(12_294_193L)).isEqualTo("12294193");
    }

    @Test
    void rowsEndInCrLf() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("a", 1, null, "b,c").row(List.of("=x"));
        assertThat(out).hasToString("a,1,,\"b,c\"\r\n'=x\r\n");
    }

    @Test
    void writesFilesAtomicallyWithAnOptionalByteOrderMark(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("t.csv");
        CsvWriter.write(target, List.of(List.of("name"), List.of("Querétaro")), true);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFname\r\nQuerétaro\r\n");
        CsvWriter.write(target, List.of(List.of("x")), false);
        assertThat(Files.readString(target)).isEqualTo("x\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // no temporary file left behind
        }
    }
}
