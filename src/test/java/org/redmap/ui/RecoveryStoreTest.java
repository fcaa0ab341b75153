package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.TextLabel;
import org.redmap.project.CoveragePolygonsFile;
import org.redmap.project.DataFiles;
import org.redmap.project.MapSource;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;

/**
 * The recovery files, without a window: each session writes its own, none is overwritten or
 * deleted while it holds work nobody restored, and two windows never take each other's.
 * A store that is closed without {@link RecoveryStore#delete} is a window that was killed.
 */
class RecoveryStoreTest {

    @TempDir
    Path home;

    private static final Instant AT = Instant.parse("2026-11-25T18:30:00Z");

    private Project work(String title) {
        return Project.initial(title).withAnnotations(List.of(TextLabel.of("a1", new LonLat(-102, 24), "note to self")));
    }

    /** A session that wrote its work and was killed. */
    private Path killedSession(Project p, Optional<Path> belongsTo, Instant at) throws IOException {
        try (RecoveryStore session = new RecoveryStore(home)) {
            session.write(p, belongsTo, at);
            return session.projectPath();
        }
    }

    @Test
    void theRecoveryHoldsTheProjectWithAbsolutePathsAndWhereItBelongs() throws Exception {
        Path data = Files.writeString(Files.createDirectories(home.resolve("elsewhere")).resolve("t.csv"), "id,value\n");
        Project p = work("Unsaved work").withData(new DataFiles(Optional.empty(), Optional.of(data)));
        Path original = home.resolve("work/briefing.redmap.json");
        Path written = killedSession(p, Optional.of(original), AT);
        assertThat(written).isEqualTo(home.resolve(RecoveryStore.FOLDER).resolve(RecoveryStore.PROJECT));

        try (RecoveryStore next = new RecoveryStore(home)) {
            RecoveryStore.Recovered found = next.unrestored().get(0);
            assertThat(found.project()).isEqualTo(written);
            assertThat(found.savedAt()).isEqualTo(AT);
            assertThat(found.projectFile()).contains(original);
            assertThat(found.title()).isEqualTo("Unsaved work");
            assertThat(Files.readString(found.project())).contains(data.toAbsolutePath().toString());
            assertThat(ProjectFile.read(found.project())).isEqualTo(p);
        }
    }

    @Test
    void aNewSessionWritesBesideAnUnrestoredRecoveryAndDeletesOnlyItsOwn() throws Exception {
        Path earlier = killedSession(work("Earlier"), Optional.empty(), AT);
        byte[] before = Files.readAllBytes(earlier);
        byte[] metaBefore = Files.readAllBytes(earlier.resolveSibling(RecoveryStore.META));

        try (RecoveryStore session = new RecoveryStore(home)) {
            // Written before anyone looked at the earlier work: it still goes elsewhere.
            session.write(work("Later"), Optional.empty(), AT.plusSeconds(60));
            session.write(work("Later still"), Optional.empty(), AT.plusSeconds(90));
            assertThat(session.projectPath()).isEqualTo(home.resolve(RecoveryStore.FOLDER + "-2").resolve(RecoveryStore.PROJECT));
            assertThat(session.unrestored()).extracting(RecoveryStore.Recovered::project).containsExactly(earlier);
            // Saved, Don't Save or a clean close.
            session.delete();
            assertThat(session.projectPath()).doesNotExist();
        }
        assertThat(Files.readAllBytes(earlier)).as("the earlier work, byte for byte").isEqualTo(before);
        assertThat(Files.readAllBytes(earlier.resolveSibling(RecoveryStore.META))).isEqualTo(metaBefore);
        try (RecoveryStore next = new RecoveryStore(home)) {
            assertThat(next.unrestored()).extracting(RecoveryStore.Recovered::title).containsExactly("Earlier");
        }
    }

    @Test
    void everyUnrestoredRecoveryIsListedNewestFirst() throws Exception {
        Path first;
        Path second;
        // Two windows killed while both ran: each had its own folder.
        try (RecoveryStore a = new RecoveryStore(home); RecoveryStore b = new RecoveryStore(home)) {
            a.write(work("Older"), Optional.of(home.resolve("cases/older.redmap.json")), AT);
            b.write(work("Newer"), Optional.empty(), AT.plusSeconds(3600));
            first = a.projectPath();
            second = b.projectPath();
        }
        assertThat(first.getParent()).isNotEqualTo(second.getParent());
        try (RecoveryStore next = new RecoveryStore(home)) {
            List<RecoveryStore.Recovered> found = next.unrestored();
            assertThat(found).extracting(RecoveryStore.Recovered::project).containsExactly(second, first);
            assertThat(found.get(1).projectFile()).contains(home.resolve("cases/older.redmap.json"));
            assertThat(found.get(0).projectFile()).isEmpty();
        }
    }

    @Test
    void onlyAnExplicitDiscardDeletesAnEarlierRecovery() throws Exception {
        Path earlier = killedSession(work("Earlier"), Optional.empty(), AT);
        try (RecoveryStore session = new RecoveryStore(home)) {
            RecoveryStore.Recovered r = session.unrestored().get(0);
            // Not now: kept, and another window may offer it.
            session.releaseOffered();
            try (RecoveryStore other = new RecoveryStore(home)) {
                assertThat(other.unrestored()).hasSize(1);
            }
            assertThat(session.unrestored()).containsExactly(r);
            session.discard(r);
            assertThat(earlier).doesNotExist();
            assertThat(session.unrestored()).isEmpty();
            // Its folder is free again.
            session.write(work("Now"), Optional.empty(), AT);
            assertThat(session.projectPath()).isEqualTo(earlier);
        }
    }

    @Test
    void twoWindowsRunningAtOnceNeverTakeEachOthersWork() throws Exception {
        killedSession(work("Killed"), Optional.empty(), AT);
        try (RecoveryStore first = new RecoveryStore(home); RecoveryStore second = new RecoveryStore(home)) {
            first.write(work("First window's"), Optional.empty(), AT);
            // The killed window's work is offered by one window only.
            assertThat(first.unrestored()).extracting(RecoveryStore.Recovered::title).containsExactly("Killed");
            assertThat(second.unrestored()).as("the first window has it on offer, and its own is running").isEmpty();
            RecoveryStore.Recovered killed = first.unrestored().get(0);
            assertThatThrownBy(() -> second.discard(killed)).isInstanceOf(IOException.class).hasMessageContaining("another window");
            second.write(work("Second window's"), Optional.empty(), AT);
            assertThat(second.projectPath().getParent()).isNotIn(first.projectPath().getParent(), killed.folder());
            second.delete();
            assertThat(first.projectPath()).exists();
            assertThat(killed.project()).exists();

            first.close();
            // The first window is gone without cleaning up (as when killed): the second now offers both.
            assertThat(second.unrestored()).extracting(RecoveryStore.Recovered::title)
                    .containsExactlyInAnyOrder("Killed", "First window's");
        }
    }

    @Test
    void aRestoredRecoveryBecomesTheSessionsOwn() throws Exception {
        Path earlier = killedSession(work("Earlier"), Optional.empty(), AT);
        try (RecoveryStore session = new RecoveryStore(home)) {
            session.write(work("Edited before restoring"), Optional.empty(), AT);
            Path before = session.projectPath();
            RecoveryStore.Recovered r = session.unrestored().get(0);
            session.adopt(r);
            assertThat(session.projectPath()).isEqualTo(earlier);
            session.write(work("Restored and edited"), Optional.empty(), AT.plusSeconds(5));
            assertThat(ProjectFile.read(earlier).title()).isEqualTo("Restored and edited");
            // What the session wrote before the restore is not thrown away: it waits for the next start.
            try (RecoveryStore other = new RecoveryStore(home)) {
                assertThat(other.unrestored()).extracting(RecoveryStore.Recovered::project).containsExactly(before);
            }
            session.delete();
            assertThat(earlier).doesNotExist();
        }
    }

    @Test
    void aRecoveryOfAnEarlierVersionAndOneWithADamagedNoteAreStillOffered() throws Exception {
        Path legacy = Files.createDirectories(home.resolve(RecoveryStore.FOLDER));
        Files.write(legacy.resolve(RecoveryStore.PROJECT), ProjectFile.bytes(work("Old"), null));
        Files.writeString(legacy.resolve(RecoveryStore.META), """
                {"format": "redmap-recovery", "version": 1, "saved_at": "2026-11-25T18:30:00Z", "project_file": null}
                """);
        Path damaged = Files.createDirectories(home.resolve(RecoveryStore.FOLDER + "-7"));
        Files.write(damaged.resolve(RecoveryStore.PROJECT), ProjectFile.bytes(work("Damaged note"), null));
        Files.write(damaged.resolve(RecoveryStore.META), new byte[] {'{', (byte) 0xff});
        // Not one of redmap's folders: left alone.
        Files.write(Files.createDirectories(home.resolve("recovery-x")).resolve(RecoveryStore.PROJECT),
                ProjectFile.bytes(work("Someone else's"), null));

        try (RecoveryStore next = new RecoveryStore(home)) {
            List<RecoveryStore.Recovered> found = next.unrestored();
            assertThat(found).extracting(RecoveryStore.Recovered::folder).containsExactlyInAnyOrder(legacy, damaged);
            RecoveryStore.Recovered old = found.stream().filter(r -> r.folder().equals(legacy)).findFirst().orElseThrow();
            assertThat(old.savedAt()).isEqualTo(AT);
            assertThat(old.title()).isEmpty();
            assertThat(found.stream().filter(r -> r.folder().equals(damaged)).findFirst().orElseThrow().projectFile()).isEmpty();
        }
    }

    @Test
    void locatedDataFilesAreOpenedInsteadAndTheRecoveryIsNotRewritten() throws Exception {
        Path cases = Files.createDirectories(home.resolve("cases"));
        Path csv = Files.writeString(cases.resolve("coverage.csv"), "region_id,coverage\nMX-SON,0.6\n");
        Project p = work("With a table").withData(new DataFiles(Optional.empty(), Optional.of(csv)));
        Path recovery = killedSession(p, Optional.of(cases.resolve("briefing.redmap.json")), AT);
        byte[] before = Files.readAllBytes(recovery);
        Path moved = Files.createDirectories(home.resolve("moved"));
        Files.move(csv, moved.resolve("renamed.csv"));
        MapSource source = new MapSource(TestMaps.loader().defaultDocument(), TestMaps.loader()::openRegions);

        try (RecoveryStore next = new RecoveryStore(home)) {
            RecoveryStore.Recovered r = next.unrestored().get(0);
            RecoveryRestore.Failed failed = (RecoveryRestore.Failed) RecoveryRestore.attempt(r, source, MovedDataFiles.NONE);
            assertThat(failed.error().getMessage()).contains(recovery.toString(), "/data/coverage", "coverage.csv", "does not exist");
            assertThat(failed.missing()).containsExactly(new MovedDataFiles.Missing("coverage table", csv, Optional.of(cases)));

            // Located at a wrong place first, then at the right one.
            MovedDataFiles wrong = MovedDataFiles.NONE.with(csv, moved.resolve("nope.csv"));
            RecoveryRestore.Failed again = (RecoveryRestore.Failed) RecoveryRestore.attempt(r, source, wrong);
            assertThat(again.missing()).extracting(MovedDataFiles.Missing::path).containsExactly(moved.resolve("nope.csv"));
            MovedDataFiles right = wrong.with(moved.resolve("nope.csv"), moved.resolve("renamed.csv"));
            RecoveryRestore.Restored restored = (RecoveryRestore.Restored) RecoveryRestore.attempt(r, source, right);
            assertThat(restored.opened().project().data().coverage()).contains(moved.resolve("renamed.csv"));
            assertThat(restored.opened().project().annotations()).isEqualTo(p.annotations());
            assertThat(restored.saved()).as("the project file it belongs to was never saved").isNull();
            assertThat(Files.readAllBytes(recovery)).isEqualTo(before);
        }
    }

    @Test
    void movesApplyToEveryKindOfDataFile() {
        Path regions = Path.of("/gone/regions.geojson");
        Path polygons = Path.of("/gone/cells.geojson");
        DataFiles d = new DataFiles(Optional.of(regions), Optional.empty(), Optional.of(new CoveragePolygonsFile(polygons, "rsrp")));
        MovedDataFiles moves = MovedDataFiles.NONE.with(regions, Path.of("/here/regions.geojson"))
                .with(polygons, Path.of("/here/cells.geojson"));
        DataFiles moved = moves.apply(d);
        assertThat(moved.regions()).contains(Path.of("/here/regions.geojson"));
        assertThat(moved.coverage()).isEmpty();
        assertThat(moved.polygons()).contains(new CoveragePolygonsFile(Path.of("/here/cells.geojson"), "rsrp"));
        assertThat(MovedDataFiles.NONE.missing(d)).extracting(MovedDataFiles.Missing::what)
                .containsExactly("regions file", "coverage polygons file");
    }

    @Test
    void theOfferSaysWhenAndWhichProjectEachBelongsTo() {
        RecoveryText text = new RecoveryText(ZoneOffset.ofHours(-6));
        RecoveryStore.Recovered saved = new RecoveryStore.Recovered(Path.of("/h/recovery/unsaved.redmap.json"),
                Optional.of(Path.of("/cases/sonora/briefing.redmap.json")), AT, "Sonora coverage");
        RecoveryStore.Recovered untitled = new RecoveryStore.Recovered(Path.of("/h/recovery-2/unsaved.redmap.json"),
                Optional.empty(), AT.plusSeconds(61), "");
        assertThat(text.line(saved)).isEqualTo("25 Nov 2026, 12:30:00  ·  changes to briefing.redmap.json (/cases/sonora)  ·  “Sonora coverage”");
        assertThat(text.line(untitled)).isEqualTo("25 Nov 2026, 12:31:01  ·  an untitled project");
        assertThat(text.header(List.of(saved))).isEqualTo("Restore unsaved changes from 25 Nov 2026, 12:30:00?");
        assertThat(text.explanation(List.of(saved))).contains("to briefing.redmap.json", "/h/recovery/unsaved.redmap.json");
        assertThat(text.header(List.of(untitled, saved))).contains("2 sessions");
        assertThat(RecoveryText.failedHeader(untitled)).contains("/h/recovery-2/unsaved.redmap.json");
    }
}
