package org.redmap.ui;

import java.nio.file.Path;

/**
 * Where redmap keeps what it remembers between runs: the recent projects and the recovery file.
 * The folder is passed down to whatever needs it, so tests give each window a folder of its own.
 */
final class RedmapHome {

    /** The system property that names the folder, for a portable install or a test run. */
    static final String PROPERTY = "redmap.home";

    private RedmapHome() {
    }

    /** {@code -Dredmap.home=DIR} if given, else {@code ~/.redmap}. */
    static Path folder() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) return Path.of(given).toAbsolutePath().normalize();
        return Path.of(System.getProperty("user.home"), ".redmap");
    }
}
