package org.redmap.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redmap.io.AtomicFiles;

/**
 * File → Open Recent: the last {@value #MAX} project files opened or saved, newest first, kept in
 * {@code recent-projects.txt} (one absolute path a line) in redmap's folder. The list in memory is
 * changed at once, so the menu is right straight away; {@link #save} writes it atomically and may
 * run on another thread. A missing or unreadable list is an empty one: forgetting recent files must
 * never stop the window from opening.
 */
final class RecentProjects {

    static final int MAX = 10;
    static final String FILE = "recent-projects.txt";

    private final Path file;
    private final List<Path> paths = new ArrayList<>();

    RecentProjects(Path home) {
        this.file = home.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    Path p = Path.of(line.strip());
                    if (p.isAbsolute() && !paths.contains(p) && paths.size() < MAX) paths.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            paths.clear();
        }
    }

    /** Newest first. */
    synchronized List<Path> list() {
        return List.copyOf(paths);
    }

    /** Puts a project at the top of the list (once), dropping the oldest beyond {@value #MAX}. */
    synchronized void add(Path project) {
        Path p = project.toAbsolutePath().normalize();
        paths.remove(p);
        paths.add(0, p);
        while (paths.size() > MAX) paths.remove(paths.size() - 1);
    }

    synchronized void remove(Path project) {
        paths.remove(project.toAbsolutePath().normalize());
    }

    synchronized void clear() {
        paths.clear();
    }

    /** Writes the list as it is now: a temporary file, flushed, renamed over the old list. */
    void save() throws IOException {
        String text;
        synchronized (this) {
            StringBuilder b = new StringBuilder();
            for (Path p : paths) b.append(p).append('\n');
            text = b.toString();
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
