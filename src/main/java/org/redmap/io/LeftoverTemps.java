package org.redmap.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the temporary files a killed write left in a folder ({@code .NAME.<random>.part}, as
 * {@link AtomicFiles} names them), so an export folder does not fill with hidden half-files.
 *
 * <p>Only files old enough to be dead are removed: a write in progress, in this process or another
 * (two exports into one folder at once), keeps touching its file, and renames it away within
 * milliseconds of its last byte. Ten minutes without a change is far beyond that, and far short of
 * the next day's export. Nothing but regular files of exactly that name pattern is touched.
 */
public final class LeftoverTemps {

    /** How long a temporary file must have been left unchanged before it counts as left behind. */
    public static final Duration MIN_AGE = Duration.ofMinutes(10);

    /** {@code .} the target's name {@code .} 1 to 13 base-36 digits (an unsigned long) {@code .part} */
    static final Pattern NAME = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.part");

    private LeftoverTemps() {
    }

    /** True for a name redmap gives its temporary files. */
    public static boolean isTempName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Removes the left-behind temporary files of {@code folder}; returns those removed. Best effort:
     * a file that cannot be read or removed is skipped, and a folder that cannot be listed gives an
     * empty list, since tidying up must never stop the write that asked for it.
     */
    public static List<Path> clean(Path folder) {
        return clean(folder, Instant.now(), MIN_AGE);
    }

    static List<Path> clean(Path folder, Instant now, Duration minAge) {
        List<Path> removed = new ArrayList<>();
        if (folder == null) return removed;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path file : files) {
                if (!isTempName(file.getFileName().toString())) continue;
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!a.isRegularFile()) continue;
                    if (a.lastModifiedTime().toInstant().isAfter(now.minus(minAge))) continue;
                    if (Files.deleteIfExists(file)) removed.add(file);
                } catch (IOException skipped) {
                    // Another cleaner got there first, or the file is not ours to remove: leave it.
                }
            }
        } catch (IOException | SecurityException unlisted) {
            return removed;
        }
        return removed;
    }
}
