package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redmap verify FILE}, and exports that fail on the sidecar, as a user meets them. */
class VerifyCommandTest {

    @TempDir
    Path dir;
    Path png;
    Path sidecar;

    @BeforeEach
    void exported() {
        png = dir.resolve("brief.png");
        sidecar = dir.resolve("brief.png.json");
        Cli run = Cli.run("export", "--project", ProjectExportTest.EXAMPLE.toString(), "--out", png.toString(),
                "--width", "400", "--height", "300");
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    void aFreshExportMatchesItsSidecar() throws Exception {
        JsonNode side = new ObjectMapper().readTree(sidecar.toFile());

        Cli run = Cli.run("verify", png.toString());
        Cli bySidecar = Cli.run("verify", sidecar.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("matches: short id " + side.get("short_id").asText() + ", title \""
                + side.get("title").asText() + "\"");
        assertThat(run.out()).contains(side.get("image").get("sha256").asText());
        assertThat(bySidecar.code()).as(bySidecar.toString()).isZero();
        assertThat(bySidecar.out()).isEqualTo(run.out());
    }

    @Test
    void anImageReplacedBesideItsSidecarDoesNotMatch() throws Exception {
        byte[] other = Files.readAllBytes(png);
        other[other.length / 2] ^= 1;
        Files.write(png, other);

        Cli run = Cli.run("verify", png.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.err()).contains("redmap verify: " + png.toAbsolutePath().normalize() + " does not match its sidecar"
                + " brief.png.json").contains("SHA-256 " + org.redmap.project.ProjectFile.sha256(png));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingDamagedOrForeignSidecarIsBadInput() throws Exception {
        String good = Files.readString(sidecar);
        Files.delete(sidecar);
        Cli missing = Cli.run("verify", png.toString());
        Files.writeString(sidecar, good.substring(0, good.length() / 2));
        Cli truncated = Cli.run("verify", png.toString());
        Files.writeString(sidecar, "{\"format\": \"something-else\"}");
        Cli foreign = Cli.run("verify", png.toString());
        Files.writeString(sidecar, good.replaceFirst("\"bytes\": \\d+", "\"bytes\": 12"));
        Cli otherSize = Cli.run("verify", png.toString());

        assertThat(missing.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(missing.err()).contains("has no sidecar: brief.png.json is not beside it");
        assertThat(truncated.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(truncated.err()).contains("brief.png.json cannot be read as a sidecar: it is not valid JSON (line");
        assertThat(foreign.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(foreign.err()).contains("brief.png.json is not a redmap export sidecar");
        assertThat(otherSize.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(otherSize.err()).contains("does not match its sidecar").contains("describes 12 bytes");
        for (Cli c : new Cli[] {missing, truncated, foreign, otherSize}) assertThat(c.err()).doesNotContain("Exception");
    }

    @Test
    void aFolderInTheSidecarsPlaceFailsTheExportAndLeavesTheOldImage() throws Exception {
        byte[] old = Files.readAllBytes(png);
        Files.delete(sidecar);
        Files.createDirectory(sidecar);

        Cli run = Cli.run("export", "--project", ProjectExportTest.EXAMPLE.toString(), "--out", png.toString(),
                "--width", "800", "--height", "450");

        assertThat(run.code()).as(run.toString()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(run.err()).contains("cannot write its sidecar " + sidecar.toAbsolutePath().normalize()
                + ": a folder of that name is in the way; nothing was written");
        assertThat(png).hasBinaryContent(old);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(png, sidecar);
        }
    }

    @Test
    void aSidecarThatCannotBeReplacedFailsTheExportAndLeavesTheOldPair() throws Exception {
        byte[] oldImage = Files.readAllBytes(png);
        String oldSidecar = Files.readString(sidecar);
        // The old pair stands; the new sidecar cannot go into a folder that no longer takes new files.
        boolean readOnly = dir.toFile().setWritable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(readOnly && !Files.isWritable(dir),
                    "the folder cannot be made read-only here (running as root?)");
            Cli run = Cli.run("export", "--project", ProjectExportTest.EXAMPLE.toString(), "--out", png.toString(),
                    "--width", "800", "--height", "450");
            assertThat(run.code()).as(run.toString()).isEqualTo(Launcher.BAD_INPUT);
        } finally {
            dir.toFile().setWritable(true);
        }
        assertThat(png).hasBinaryContent(oldImage);
        assertThat(sidecar).hasContent(oldSidecar);
        assertThat(Cli.run("verify", png.toString()).code()).isZero();
    }

    @Test
    void verifyWithoutAFileIsAUsageErrorAndAMissingImageBadInput() {
        Cli none = Cli.run("verify");
        Cli absent = Cli.run("verify", dir.resolve("nope.png").toString());

        assertThat(none.code()).isEqualTo(Launcher.USAGE);
        assertThat(absent.code()).isEqualTo(Launcher.BAD_INPUT);
        assertThat(absent.err()).contains("nope.png: no such file");
    }
}
