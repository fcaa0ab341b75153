package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assertions;

public class InputFilesTest {

    @TempDir
    Path dir;

    /** A named pipe nobody writes to: opening it would block for ever. */
    public static Path fifo(Path dir, String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return null;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    @Test
    void aNamedPipeIsRefusedAtOnceAndNamed() throws Exception {
        Path fifo = fifo(dir, "regions.geojson");
        InputFileException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Assertions.assertThrows(
                InputFileException.class, () -> InputFiles.ofRuntime().readAllBytes(fifo, InputKind.GEOJSON)));
        assertThat(e.getMessage()).isEqualTo(fifo + ": is not a regular file (a named pipe); redmap reads only regular files");
    }

    @Test
    void aLinkToANamedPipeIsRefusedToo() throws Exception {
        Path fifo = fifo(dir, "pipe");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), fifo);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> new GeoJsonReader().read(link))
                        .isInstanceOf(GeoJsonException.class)
                        .hasMessage("link.csv: is not a regular file (a named pipe); redmap reads only regular files"));
    }

    @Test
    void aFolderAndADeviceAreRefused() {
        assertThatThrownBy(() -> InputFiles.ofRuntime().readAllBytes(dir, InputKind.PROJECT))
                .hasMessageContaining("is not a regular file (a folder)");
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> InputFiles.ofRuntime().readAllBytes(zero, InputKind.PROJECT))
                .hasMessage("/dev/zero: is not a regular file (a character device); redmap reads only regular files");
    }

    @Test
    void aLinkToARegularFileIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("real.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        assertThat(new String(InputFiles.ofRuntime().readAllBytes(link, InputKind.JSON_CONFIG), StandardCharsets.UTF_8))
                .isEqualTo("{}");
    }

    @Test
    void aFileTooBigForThePretendHeapIsRefusedWithItsSizeAndTheMemoryItNeeds() throws Exception {
        Path grid = Files.write(dir.resolve("grid.geojson"), new byte[3 << 20]);
        // 3 MB of polygons at 6 bytes a byte is 18 MB; this Java pretends to have 10 MB.
        GeoJsonReader reader = new GeoJsonReader(new InputFiles(10L << 20), InputKind.POLYGONS);
        assertThatThrownBy(() -> reader.read(grid))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("grid.geojson: is 3 MB, too big for the memory: reading a coverage polygons file"
                        + " of this size takes about 18 MB, and Java may use 10 MB. Give Java more memory, e.g. java -Xmx1g")
                .hasMessageContaining("FlatGeobuf")
                .hasMessageContaining("planned but not built yet");
    }

    @Test
    void aProjectOfMoreThanItsCapIsRefusedWhateverTheMemory() throws Exception {
        Path big = dir.resolve("huge.redmap.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), InputKind.PROJECT.maxBytes() + 10);
        }
        assertThatThrownBy(() -> new InputFiles(Long.MAX_VALUE).readAllBytes(big, InputKind.PROJECT))
                .hasMessage(big + ": is 32 MB; a project file is at most 32 MB, so this is not one (or it is broken)");
    }
}
