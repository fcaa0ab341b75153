package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.TextLabel;
import org.redmap.project.DataFiles;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;

/** What redmap remembers between runs: the recent projects (the unsaved work: {@link RecoveryStoreTest}). */
class RecentAndRecoveryTest {

    @TempDir
    Path home;

    @Test
    void recentProjectsKeepTheLastTenNewestFirstAcrossRuns() throws Exception {
        RecentProjects recent = new RecentProjects(home);
        assertThat(recent.list()).isEmpty();
        IntStream.range(0, 12).forEach(i -> recent.add(home.resolve("p" + i + ".redmap.json")));
        recent.add(home.resolve("p5.redmap.json"));
        recent.save();

        List<Path> again = new RecentProjects(home).list();
        assertThat(again).hasSize(RecentProjects.MAX);
        assertThat(again.get(0)).isEqualTo(home.resolve("p5.redmap.json"));
        assertThat(again.get(1)).isEqualTo(home.resolve("p11.redmap.json"));
        assertThat(again).doesNotContain(home.resolve("p0.redmap.json"), home.resolve("p1.redmap.json"));

        recent.remove(home.resolve("p5.redmap.json"));
        recent.save();
        assertThat(new RecentProjects(home).list()).hasSize(9).doesNotContain(home.resolve("p5.redmap.json"));
        recent.clear();
        recent.save();
        assertThat(new RecentProjects(home).list()).isEmpty();
        assertThat(Files.list(home).map(p -> p.getFileName().toString()).toList())
                .as("no temporary files left").containsExactly(RecentProjects.FILE);
    }

    @Test
    void savedProjectsGetTheProjectExtensionUnlessNamedJson() {
        assertThat(ProjectActions.withExtension(Path.of("/tmp/briefing"))).isEqualTo(Path.of("/tmp/briefing.redmap.json"));
        assertThat(ProjectActions.withExtension(Path.of("/tmp/b.redmap.json"))).isEqualTo(Path.of("/tmp/b.redmap.json"));
        assertThat(ProjectActions.withExtension(Path.of("/tmp/b.json"))).isEqualTo(Path.of("/tmp/b.json"));
        assertThat(ProjectActions.withExtension(Path.of("/tmp/b.v2"))).isEqualTo(Path.of("/tmp/b.v2.redmap.json"));
    }

    @Test
    void aDamagedRecentListIsAnEmptyOne() throws Exception {
        Files.write(home.resolve(RecentProjects.FILE), new byte[] {(byte) 0xff, 0, (byte) 0xfe});
        assertThat(new RecentProjects(home).list()).isEmpty();
    }
}
