package org.redmap.project;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How files are named in what leaves the analyst's computer (an export's sidecar): relative to the
 * project file's folder, with {@code /}, when the file is in it or below it; otherwise by its name
 * alone. An absolute path tells a reader the user name and the case folders, so it is written only
 * when asked for ({@link #local}).
 */
public final class ReleasePaths {

    private ReleasePaths() {
    }

    /**
     * {@code data/coverage.csv} for a file below the folder, {@code coverage.csv} for one elsewhere
     * (or when there is no folder: an unsaved project).
     */
    public static String name(Path file, Optional<Path> folder) {
        Path absolute = file.toAbsolutePath().normalize();
        if (folder.isPresent() && absolute.startsWith(folder.get()) && !absolute.equals(folder.get())) {
            return folder.get().relativize(absolute).toString().replace(File.separatorChar, '/');
        }
        Path name = absolute.getFileName();
        return name == null ? "" : name.toString();
    }

    /** The absolute path on this computer, for a sidecar made with local paths. */
    public static String local(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
