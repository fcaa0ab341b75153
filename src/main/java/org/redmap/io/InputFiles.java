package org.redmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one door every file redmap reads goes through (regions, coverage tables and polygons,
 * projects, vendor assignments, models). Before a byte is read it checks that the file is a regular
 * file, because opening a named pipe blocks until someone writes to it, and a device such as
 * /dev/zero never ends; and that the file fits: below its kind's cap, and small enough for what
 * reading it takes in the memory Java may use. A symbolic link to a regular file is fine: the
 * link is resolved first and its target opened without following links again, so a path cannot be
 * switched to a pipe between the check and the open through a link.
 *
 * <p>Immutable; the heap size is given so tests can pretend a small one.
 */
public final class InputFiles {

    @FunctionalInterface
    public interface Parse<T> {
        T read(InputStream in) throws IOException;
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final long heapBytes;

    /** @param heapBytes the most memory Java may use, as {@link Runtime#maxMemory()} says */
    public InputFiles(long heapBytes) {
        if (heapBytes <= 0) throw new IllegalArgumentException("heap must be positive");
        this.heapBytes = heapBytes;
    }

    /** With the heap this Java was started with. */
    public static InputFiles ofRuntime() {
        return new InputFiles(Runtime.getRuntime().maxMemory());
    }

    public long heapBytes() {
        return heapBytes;
    }

    /**
     * Checks the file, opens it and hands the stream to {@code parse}; an OutOfMemoryError while
     * parsing becomes an {@link InputFileException} naming the file. A missing file throws
     * {@link java.nio.file.NoSuchFileException} as {@link Files} does, for the reader to word.
     */
    public <T> T read(Path file, InputKind kind, Parse<T> parse) throws IOException {
        Path real = file.toRealPath();
        long size = check(file, real, kind);
        try (InputStream in = Files.newInputStream(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return parse.read(in);
        } catch (OutOfMemoryError e) {
            long heap = Math.min(heapBytes, Runtime.getRuntime().maxMemory());
            throw new InputFileException(file.toString(), "ran out of memory while it was read (the file is " + size(size)
                    + "; Java may use " + size(heap) + "). " + moreMemory(Math.max(size * kind.heapPerByte(), heap * 2), kind), null);
        }
    }

    /** The whole file, checked as {@link #read} does; never more than its kind's cap, even if it grows meanwhile. */
    public byte[] readAllBytes(Path file, InputKind kind) throws IOException {
        return read(file, kind, in -> {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, kind.maxBytes() + 1));
            if (bytes.length > kind.maxBytes()) throw tooBig(file, bytes.length, kind);
            return bytes;
        });
    }

    /**
     * That the file is a regular one (through links), without opening it.
     *
     * @throws InputFileException naming the file and what it is instead ("a named pipe", "a folder")
     */
    public static BasicFileAttributes regular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new InputFileException(file.toString(), "is not a regular file (" + kind(file, attributes)
                    + "); redmap reads only regular files", null);
        }
        return attributes;
    }

    private long check(Path file, Path real, InputKind kind) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new InputFileException(file.toString(), "is not a regular file (" + kind(real, attributes)
                    + "); redmap reads only regular files", null);
        }
        long size = attributes.size();
        if (size > kind.maxBytes()) throw tooBig(file, size, kind);
        long needed = size * kind.heapPerByte();
        if (size > Long.MAX_VALUE / kind.heapPerByte() || needed > heapBytes) {
            throw new InputFileException(file.toString(), "is " + size(size) + ", too big for the memory: reading a "
                    + kind.what() + " of this size takes about " + size(needed) + ", and Java may use "
                    + size(heapBytes) + ". " + moreMemory(needed, kind), null);
        }
        return size;
    }

    private static InputFileException tooBig(Path file, long size, InputKind kind) {
        return new InputFileException(file.toString(), "is " + size(size) + "; a " + kind.what() + " is at most "
                + size(kind.maxBytes()) + ", so this is not one (or it is broken)", null);
    }

    private static String moreMemory(long needed, InputKind kind) {
        long gigabytes = Math.max(1, (long) Math.ceil(needed * 1.25 / (1L << 30)));
        return "Give Java more memory, e.g. java -Xmx" + gigabytes + "g -jar redmap.jar …"
                + (kind.advice().isEmpty() ? "" : ", " + kind.advice());
    }

    /** What a file that is not a regular one is, in words. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) return "a folder";
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & S_IFMT) {
                case S_IFIFO: return "a named pipe";
                case S_IFCHR: return "a character device";
                case S_IFBLK: return "a block device";
                case S_IFSOCK: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // Not a Unix file system: the kind stays general.
        }
        return "a device, pipe or other special file";
    }

    /** 2.1 GB, 35 MB, 812 KB, 12 bytes. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        if (bytes >= 1L << 10) return String.format(Locale.ROOT, "%.0f KB", bytes / (double) (1L << 10));
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
