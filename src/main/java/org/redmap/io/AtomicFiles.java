package org.redmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see the old content or the whole new content, never a part:
 * write a temporary file beside the target, force it to disk, then rename it over the target.
 * Temporary files that a killed write left in the folder are removed first ({@link LeftoverTemps}).
 * A file that must change together with another (an image and its sidecar) goes through
 * {@link PairedFiles} instead.
 */
public final class AtomicFiles {

    /** Something that writes the whole content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = folder(absolute);
        LeftoverTemps.clean(dir);
        Path temp = createTemp(dir, absolute.getFileName().toString());
        try {
            writeTemp(temp, writer);
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The target's folder, which must exist. */
    public static Path folder(Path absolute) throws IOException {
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new IOException("folder does not exist: " + dir);
        return dir;
    }

    /** Writes the whole content to the temporary file and forces it to disk, so the rename publishes all of it. */
    public static void writeTemp(Path temp, Writer writer) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = Channels.newOutputStream(channel)) {
            writer.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Renames the temporary file over the target in one step where the file system can. */
    public static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file
     * readable by its owner only, and the rename would hand those permissions to the export. A plain
     * {@code createFile} gets the usual permissions (the umask's), like any file the user saves.
     */
    public static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }
}
