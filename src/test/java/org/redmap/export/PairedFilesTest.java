package org.redmap.export;

import org.redmap.io.AtomicFiles;
import org.redmap.io.LeftoverTemps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image and its sidecar as one commit: failures at every step leave the old pair, and a kill
 * at any moment never leaves the new image beside the old sidecar.
 */
class PairedFilesTest {

    static final byte[] OLD_IMAGE = "old image".getBytes(StandardCharsets.UTF_8);
    static final byte[] NEW_IMAGE = "the new image, longer".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path image;
    Path sidecar;

    @BeforeEach
    void oldPair() throws IOException {
        image = Files.write(dir.resolve("b.png"), OLD_IMAGE);
        sidecar = Files.writeString(dir.resolve("b.png.json"), describe(OLD_IMAGE));
    }

    /** What the sidecar of these bytes says: their hash and size. */
    static String describe(byte[] bytes) {
        return sha256(bytes) + " " + bytes.length;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static PairedFiles.Companion companion() {
        return (sha, size) -> (sha + " " + size).getBytes(StandardCharsets.UTF_8);
    }

    private void assertOldPairAndNothingElse() throws IOException {
        assertThat(image).hasBinaryContent(OLD_IMAGE);
        assertThat(sidecar).hasContent(describe(OLD_IMAGE));
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(image, sidecar);
        }
    }

    @Test
    void bothFilesAreReplacedAndTheSidecarNamesTheImagesHashAndSize() throws Exception {
        PairedFiles.write(image, out -> out.write(NEW_IMAGE), sidecar, companion());

        assertThat(image).hasBinaryContent(NEW_IMAGE);
        assertThat(sidecar).hasContent(describe(NEW_IMAGE));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(image, sidecar);
        }
    }

    @Test
    void aFolderInTheSidecarsPlaceStopsTheExportBeforeTheImageIsTouched() throws Exception {
        Files.delete(sidecar);
        Files.createDirectory(sidecar);

        assertThatThrownBy(() -> PairedFiles.write(image, out -> out.write(NEW_IMAGE), sidecar, companion()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(sidecar.toString())
                .hasMessageContaining("a folder of that name is in the way");

        assertThat(image).hasBinaryContent(OLD_IMAGE);
        assertThat(sidecar).isDirectory();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(image, sidecar);
        }
    }

    @Test
    void aSidecarThatCannotBeMadeLeavesTheOldPair() throws Exception {
        assertThatThrownBy(() -> PairedFiles.write(image, out -> out.write(NEW_IMAGE), sidecar, (sha, size) -> {
            throw new IOException("No space left on device");
        })).hasMessage("could not write the sidecar " + sidecar + ": No space left on device; b.png and its sidecar"
                + " were left as they were");

        assertOldPairAndNothingElse();
    }

    @Test
    void anImageWriterThatFailsHalfwayLeavesTheOldPair() throws Exception {
        assertThatThrownBy(() -> PairedFiles.write(image, out -> {
            out.write(NEW_IMAGE, 0, 4);
            throw new IllegalStateException("renderer crashed");
        }, sidecar, companion())).hasMessage("renderer crashed");

        assertOldPairAndNothingElse();
    }

    @Test
    void aSidecarRenameThatFailsLeavesTheOldPair() throws Exception {
        PairedFiles failing = new PairedFiles((temp, target) -> {
            throw new IOException("Read-only file system");
        });

        assertThatThrownBy(() -> failing.commit(image, out -> out.write(NEW_IMAGE), sidecar, companion()))
                .hasMessageContaining("could not write the sidecar " + sidecar)
                .hasMessageContaining("b.png and its sidecar were left as they were");

        assertOldPairAndNothingElse();
    }

    @Test
    void anImageRenameThatFailsPutsTheOldSidecarBack() throws Exception {
        AtomicInteger moves = new AtomicInteger();
        PairedFiles failing = new PairedFiles((temp, target) -> {
            if (moves.incrementAndGet() == 2) throw new IOException("Permission denied");
            AtomicFiles.move(temp, target);
        });

        assertThatThrownBy(() -> failing.commit(image, out -> out.write(NEW_IMAGE), sidecar, companion()))
                .hasMessage("could not write " + image + ": Permission denied; b.png and its sidecar were left as they were");

        assertOldPairAndNothingElse();
    }

    @Test
    void anImageRenameThatFailsRemovesASidecarThatWasNotThereBefore() throws Exception {
        Files.delete(sidecar);
        AtomicInteger moves = new AtomicInteger();
        PairedFiles failing = new PairedFiles((temp, target) -> {
            if (moves.incrementAndGet() == 2) throw new IOException("Permission denied");
            AtomicFiles.move(temp, target);
        });

        assertThatThrownBy(() -> failing.commit(image, out -> out.write(NEW_IMAGE), sidecar, companion()))
                .isInstanceOf(IOException.class);

        assertThat(image).hasBinaryContent(OLD_IMAGE);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(image);
        }
    }

    /** What a reader would find in the folder if the process were killed at this moment. */
    record Seen(byte[] image, String sidecar) {
        boolean newImageWithOldSidecar() {
            return java.util.Arrays.equals(image, NEW_IMAGE) && sidecar.equals(describe(OLD_IMAGE));
        }

        boolean sidecarMatches() {
            return sidecar.equals(describe(image));
        }
    }

    @Test
    void aKillAtAnyStepNeverLeavesTheNewImageBesideTheOldSidecar() throws Exception {
        List<Seen> moments = new ArrayList<>();
        PairedFiles observed = new PairedFiles((temp, target) -> {
            moments.add(new Seen(Files.readAllBytes(image), Files.readString(sidecar)));
            AtomicFiles.move(temp, target);
            moments.add(new Seen(Files.readAllBytes(image), Files.readString(sidecar)));
        });

        observed.commit(image, out -> out.write(NEW_IMAGE), sidecar, companion());
        moments.add(new Seen(Files.readAllBytes(image), Files.readString(sidecar)));

        assertThat(moments).hasSize(5).noneMatch(Seen::newImageWithOldSidecar);
        assertThat(moments.get(0).sidecarMatches()).as("before: the old pair").isTrue();
        // Between the renames: the old image, and a sidecar that names a hash it does not have. A check says so.
        assertThat(moments.get(1).sidecarMatches()).as("between the renames").isFalse();
        assertThat(moments.get(1).image()).isEqualTo(OLD_IMAGE);
        assertThat(moments.get(4).sidecarMatches()).as("after: the new pair").isTrue();
        assertThat(moments.get(4).image()).isEqualTo(NEW_IMAGE);
    }

    @Test
    void aWriteKilledBetweenTheRenamesLeavesTemporaryFilesThatALaterWriteRemovesOnceTheyAreOld() throws Exception {
        PairedFiles killed = new PairedFiles((temp, target) -> {
            if (target.equals(image.toAbsolutePath())) throw new Killed();
            AtomicFiles.move(temp, target);
        });
        assertThatThrownBy(() -> killed.commit(image, out -> out.write(NEW_IMAGE), sidecar, companion()))
                .isInstanceOf(Killed.class);
        List<Path> left;
        try (var files = Files.list(dir)) {
            left = files.filter(p -> LeftoverTemps.isTempName(p.getFileName().toString())).toList();
        }
        // A real kill runs no clean-up at all; this one threw past it only for the image's temporary file.
        assertThat(left).isNotEmpty();

        assertThat(LeftoverTemps.clean(dir)).as("fresh: may be a write still running").isEmpty();
        for (Path p : left) Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(0));
        PairedFiles.write(image, out -> out.write(NEW_IMAGE), sidecar, companion());

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(image, sidecar);
        }
    }

    /** Stands for a kill: an error no step of the commit handles. */
    static final class Killed extends Error {
    }
}
