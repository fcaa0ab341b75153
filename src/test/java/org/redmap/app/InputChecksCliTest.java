package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.io.InputFilesTest;

/** What the command line does with inputs it must not read, or must read differently than it once did. */
class InputChecksCliTest {

    static final String PERCENT_CSV = "region_id,coverage\nMX-SON,72.5\nMX-CHH,88\nMX-JAL,41.2\n";

    @TempDir
    Path dir;

    private Cli run(String... args) {
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
    }

    @Test
    void aNamedPipeAsRegionsCoveragePolygonsOrProjectIsRefusedAtOnce() throws Exception {
        Path fifo = InputFilesTest.fifo(dir, "in.fifo");
        Path out = dir.resolve("map.png");
        String refused = "in.fifo: is not a regular file (a named pipe); redmap reads only regular files";
        for (String[] args : new String[][] {
                {"regions", "--regions", fifo.toString()},
                {"regions", "--coverage", fifo.toString()},
                {"export", "-o", out.toString(), "--coverage-polygons", fifo.toString()},
                {"export", "-o", out.toString(), "--project", fifo.toString()}}) {
            Cli r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Launcher.BAD_INPUT);
            assertThat(r.err()).as(String.join(" ", args)).contains(refused);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aPercentColumnIsReadAsPercentAndSaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("pct.csv"), PERCENT_CSV);
        Cli r = run("regions", "--coverage", csv.toString(), "-f", "csv");
        assertThat(r.code()).as(r.toString()).isEqualTo(Launcher.OK);
        assertThat(r.err()).contains("pct.csv: 3 of 32 regions have a value")
                .contains("coverage = \"coverage\" (read as percent (0–100)")
                .doesNotContain("out of range");
        assertThat(r.out()).containsPattern("\nMX-SON,[^\n]*,0\\.725,false,");
    }

    @Test
    void aTableOfWhichNoRowCanBeUsedIsAnErrorAndNoMapIsWritten() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "region_id,coverage\nMX-SON,172.5\nXX,0.5\n");
        Path out = dir.resolve("map.png");
        Cli r = run("export", "-o", out.toString(), "--coverage", csv.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv: no row could be used, 0 of 32 regions would have a value")
                .contains("values out of range: 1");
        assertThat(out).doesNotExist();
    }

    @Test
    void strictRefusesAnyJoinProblem() throws Exception {
        Path csv = Files.writeString(dir.resolve("pct.csv"), PERCENT_CSV);
        Path out = dir.resolve("map.png");
        Cli r = run("export", "-o", out.toString(), "--coverage", csv.toString(), "--strict");
        assertThat(r.code()).as(r.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(r.err()).contains("pct.csv: 29 problem(s) in the join (--strict)");
        assertThat(out).doesNotExist();
        Cli regions = run("regions", "--coverage", csv.toString(), "--strict");
        assertThat(regions.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(regions.out()).isEmpty();
    }

    @Test
    void aProjectNamingDataOutsideItsFolderIsRefusedWithoutQuotingIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("case/briefing"));
        Path secret = Files.writeString(dir.resolve("secret.csv"), "root:x:0:0:the secret text:/root:/bin/bash\n");
        Path project = Files.writeString(folder.resolve("p.redmap.json"), "{\"format\": \"redmap-project\", \"version\": 1,"
                + " \"title\": \"t\", \"data\": {\"regions\": \"bundled\", \"coverage\": \"../../secret.csv\"},"
                + " \"layers\": {\"base\": [\"vendor\"]}}");
        Path out = dir.resolve("map.png");
        Cli r = run("export", "-o", out.toString(), "--project", project.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(r.err()).contains("/data/coverage (line 1, column")
                .contains("the coverage table " + secret.toRealPath() + " lies outside the project's folder")
                .contains("--allow-data-dir " + dir.toRealPath())
                .doesNotContain("secret text");
        assertThat(out).doesNotExist();

        // Allowed, the table is read, and refused for what it is, still without its content.
        Cli allowed = run("export", "-o", out.toString(), "--project", project.toString(), "--allow-data-dir", dir.toString());
        assertThat(allowed.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(allowed.err()).doesNotContain("lies outside").contains("no region id column").doesNotContain("secret text");
        assertThat(out).doesNotExist();
    }

    @Test
    void outOfMemoryAdvisesASmallerImageOnlyWhenDrawingRanOut() {
        long eight = 8L << 30;
        assertThat(OutOfMemory.message(new OutOfMemoryError("Java heap space"), eight))
                .isEqualTo("out of memory (Java heap space; Java may use 8.0 GB). Give Java more memory, for example"
                        + " java -Xmx16g -jar redmap.jar ...")
                .doesNotContain("smaller image");
        assertThat(OutOfMemory.message(new OutOfMemory.WhileDrawing(20000, 20000, new OutOfMemoryError()), eight))
                .contains("while drawing the 20,000 x 20,000 pixel image").contains("Try a smaller image");
    }
}
