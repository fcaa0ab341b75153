package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverTempsTest {

    @TempDir
    Path dir;

    private Path file(String name, Duration age) throws Exception {
        Path p = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    @Test
    void removesOnlyRedmapsOwnTemporaryFilesLeftLongEnough() throws Exception {
        Path dead = file(".briefing.png.3k9x0q1z2abcd.part", Duration.ofHours(2));
        Path deadSidecar = file(".briefing.png.json.zz.part", Duration.ofMinutes(11));
        Path live = file(".briefing.png.4w1.part", Duration.ofSeconds(30));
        Path download = file("report.pdf.part", Duration.ofDays(3));
        Path notBase36 = file(".notes.TXT-1.part", Duration.ofDays(3));
        Path plain = file("briefing.png", Duration.ofDays(3));
        Path folder = Files.createDirectory(dir.resolve(".old.png.abc.part"));
        Files.setLastModifiedTime(folder, FileTime.fromMillis(0));

        assertThat(LeftoverTemps.clean(dir)).containsExactlyInAnyOrder(dead, deadSidecar);

        assertThat(dead).doesNotExist();
        assertThat(deadSidecar).doesNotExist();
        assertThat(live).as("another export still writing").exists();
        assertThat(download).exists();
        assertThat(notBase36).exists();
        assertThat(plain).exists();
        assertThat(folder).isDirectory();
    }

    @Test
    void anyAtomicWriteInTheFolderTidiesIt() throws Exception {
        Path dead = file(".project.redmap.json.1a2b.part", Duration.ofHours(1));
        Path live = file(".project.redmap.json.9z.part", Duration.ZERO);

        AtomicFiles.write(dir.resolve("other.csv"), out -> out.write('x'));

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void aFolderThatCannotBeListedIsNoError() {
        assertThat(LeftoverTemps.clean(dir.resolve("absent"))).isEmpty();
        assertThat(LeftoverTemps.clean(null)).isEmpty();
    }
}
