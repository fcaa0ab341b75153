package org.redmap.export;

import org.redmap.io.AtomicFiles;
import org.redmap.io.LeftoverTemps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes a file and a companion that describes it by its SHA-256 (an export and its sidecar) as
 * one commit, as far as two names in a folder allow:
 *
 * <ol>
 *   <li>the file's bytes go to a temporary file, hashed as they are written, and forced to disk;
 *   <li>the companion is made from that hash and size, written to a temporary file, forced to disk;
 *   <li>the companion is renamed into place, the folder forced, then the file is renamed into place.
 * </ol>
 *
 * <p>So a kill at any moment leaves one of: the old pair; the old file with the new companion, which
 * names a SHA-256 the file does not have (a check by hash, {@code redmap verify}, says so); or the
 * new pair. Never the new file beside the old companion, which would vouch for it with the wrong
 * hash and title. Temporary files left by a kill are removed by a later write ({@link LeftoverTemps}).
 *
 * <p>A failure before the file's rename leaves both old files as they were: a companion that cannot
 * be written or renamed stops the commit before the file is touched, and if the file's own rename
 * fails the old companion's bytes are put back.
 */
public final class PairedFiles {

    /** Makes the companion's bytes from the file's SHA-256 (lower-case hex) and size. */
    @FunctionalInterface
    public interface Companion {
        byte[] describe(String sha256, long bytes) throws IOException;
    }

    /** The rename step, replaceable so tests can stop or fail the commit between its steps. */
    @FunctionalInterface
    interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    private final Mover mover;

    PairedFiles(Mover mover) {
        this.mover = Objects.requireNonNull(mover, "mover");
    }

    /**
     * Writes {@code file} with {@code writer} and {@code companion} with what {@code describe} makes
     * of the file's hash; see the class comment for the order.
     *
     * @throws IOException naming the file at fault; the old file and companion are then as they were
     */
    public static void write(Path file, AtomicFiles.Writer writer, Path companion, Companion describe) throws IOException {
        new PairedFiles(AtomicFiles::move).commit(file, writer, companion, describe);
    }

    /**
     * Refuses at once a pair that cannot be written, before the work of making the file: a folder
     * (or anything but a regular file) in the place of either, or a missing folder.
     */
    public static void check(Path file, Path companion) throws IOException {
        AtomicFiles.folder(file.toAbsolutePath());
        inTheWay(file, "the file");
        inTheWay(companion, "its sidecar");
    }

    void commit(Path file, AtomicFiles.Writer writer, Path companion, Companion describe) throws IOException {
        Path target = file.toAbsolutePath();
        Path side = companion.toAbsolutePath();
        check(target, side);
        Path dir = AtomicFiles.folder(target);
        LeftoverTemps.clean(dir);
        if (side.getParent() != null && !side.getParent().equals(dir)) LeftoverTemps.clean(side.getParent());

        String left = "; " + target.getFileName() + " and its sidecar were left as they were";
        String fileName = target.toString();
        String sideName = "the sidecar " + side;
        Path fileTemp = null;
        Path sideTemp = null;
        try {
            fileTemp = step(fileName, left, () -> AtomicFiles.createTemp(dir, target.getFileName().toString()));
            Path imageTemp = fileTemp;
            MessageDigest sha = sha256();
            long[] size = new long[1];
            step(fileName, left, () -> {
                AtomicFiles.writeTemp(imageTemp, out -> {
                    DigestOutputStream hashed = new DigestOutputStream(new Counting(out, size), sha);
                    writer.writeTo(hashed);
                    hashed.flush();
                });
                return null;
            });
            String hex = HexFormat.of().formatHex(sha.digest());
            byte[] described = step(sideName, left, () -> describe.describe(hex, size[0]));
            sideTemp = step(sideName, left, () -> AtomicFiles.createTemp(side.getParent(), side.getFileName().toString()));
            Path companionTemp = sideTemp;
            step(sideName, left, () -> {
                AtomicFiles.writeTemp(companionTemp, out -> out.write(described));
                return null;
            });
            Optional<byte[]> oldCompanion = step(sideName, left, () -> Files.isRegularFile(side, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.readAllBytes(side)) : Optional.<byte[]>empty());

            step(sideName, left, () -> {
                mover.move(companionTemp, side);
                return null;
            });
            sideTemp = null;
            forceFolder(side.getParent());
            try {
                mover.move(imageTemp, target);
            } catch (IOException e) {
                restore(side, oldCompanion, e);
                throw failed(fileName, left, e);
            }
            fileTemp = null;
            forceFolder(dir);
        } catch (IOException | RuntimeException e) {
            if (fileTemp != null) Files.deleteIfExists(fileTemp);
            if (sideTemp != null) Files.deleteIfExists(sideTemp);
            throw e;
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs one step; its failure says which of the two files could not be written, and that both were kept. */
    private static <T> T step(String what, String left, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException e) {
            throw failed(what, left, e);
        }
    }

    private static IOException failed(String what, String left, IOException e) {
        return new IOException("could not write " + what + ": " + reason(e) + left, e);
    }

    /** Puts the old companion back (or removes the new one, when there was none) after the file could not be renamed. */
    private static void restore(Path side, Optional<byte[]> old, IOException failure) {
        try {
            if (old.isPresent()) AtomicFiles.write(side, out -> out.write(old.get()));
            else Files.deleteIfExists(side);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void inTheWay(Path path, String what) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
            String kind = Files.isDirectory(path) ? "a folder" : "something that is not a regular file";
            throw new IOException("cannot write " + what + " " + path.toAbsolutePath().normalize() + ": " + kind
                    + " of that name is in the way; nothing was written");
        }
    }

    /**
     * Makes the renames so far durable before the next, so that a power cut cannot reorder them.
     * Best effort: some systems (Windows) cannot open a folder to force it.
     */
    private static void forceFolder(Path dir) {
        if (dir == null) return;
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Without it the renames are still atomic; only their order after a power cut is not promised.
        }
    }

    /** What went wrong, without the temporary file's name that a file system error leads with. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) return f.getReason();
            if (f instanceof AccessDeniedException) return "permission denied";
            if (f instanceof NoSuchFileException) return "no such file or folder";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Counts the bytes that pass, for the companion's record of the file's size. */
    private static final class Counting extends java.io.FilterOutputStream {
        private final long[] count;

        Counting(OutputStream out, long[] count) {
            super(out);
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count[0] += len;
        }
    }
}
