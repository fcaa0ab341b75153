package org.redmap.export;

import org.redmap.project.Fixtures;
import org.redmap.project.DatePolicy;
import org.redmap.project.ExportOptions;
import org.redmap.project.ProjectFile;
import org.redmap.project.ReleasePaths;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

    @TempDir
    Path dir;

    @Test
    void theDialogLineSaysWhatTheFileCarries() {
        ExportOptions marked = ExportOptions.DEFAULTS.withMarking("TLP:AMBER");

        assertThat(Sidecar.carries(marked, true, 3, false))
                .isEqualTo("Carries: title, marking, short id, project file name, 3 data file names and hashes;"
                        + " no local paths");
        assertThat(Sidecar.carries(ExportOptions.DEFAULTS.withDate(DatePolicy.NONE), false, 1, true))
                .isEqualTo("Carries: title, short id, unsaved project's hash, 1 data file name and hash;"
                        + " local paths of the project and its data files");
    }

    @Test
    void filesAreNamedRelativeToTheProjectsFolderOrByNameAlone() {
        Path folder = dir.resolve("case");
        Optional<Path> in = Optional.of(folder);

        assertThat(ReleasePaths.name(folder.resolve("data/coverage.csv"), in)).isEqualTo("data/coverage.csv");
        assertThat(ReleasePaths.name(folder.resolve("p.redmap.json"), in)).isEqualTo("p.redmap.json");
        assertThat(ReleasePaths.name(dir.resolve("other/cells.geojson"), in)).isEqualTo("cells.geojson");
        assertThat(ReleasePaths.name(folder.resolve("../case-old/x.csv"), in)).isEqualTo("x.csv");
        assertThat(ReleasePaths.name(dir.resolve("x.csv"), Optional.empty())).isEqualTo("x.csv");
        assertThat(ReleasePaths.local(folder.resolve("data/../x.csv"))).isEqualTo(folder.resolve("x.csv").toString());
    }

    @Test
    void openingAProjectRemovesTheHalfFilesOfAKilledSaveInItsFolder() throws Exception {
        Path project = Files.copy(Fixtures.EXAMPLE, dir.resolve("briefing.redmap.json"));
        Path dead = Files.writeString(dir.resolve(".briefing.redmap.json.5t1u2v.part"), "{\"format\": \"redm");
        Files.setLastModifiedTime(dead, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path live = Files.writeString(dir.resolve(".briefing.png.8h.part"), "being written");

        ProjectFile.open(project, Fixtures.source());

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }
}
