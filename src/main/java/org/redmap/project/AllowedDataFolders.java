package org.redmap.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redmap.io.AtomicFiles;

/**
 * The data folders the analyst allowed in the window, remembered in redmap's folder as
 * {@code allowed-data-folders.txt} (one absolute path a line), so a project is asked about once.
 * Both methods do file I/O: call them off the UI thread. An unreadable list is an empty one: the
 * worst that does is to ask again.
 */
public final class AllowedDataFolders {

    static final String FILE = "allowed-data-folders.txt";

    private final Path file;

    /** @param home redmap's folder (~/.redmap, or -Dredmap.home) */
    public AllowedDataFolders(Path home) {
        this.file = home.resolve(FILE);
    }

    /** The folders allowed so far. */
    public DataFolders load() {
        List<Path> folders = new ArrayList<>();
        try {
            if (Files.isRegularFile(file) && Files.size(file) < 1 << 20) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    Path p = Path.of(line.strip());
                    if (p.isAbsolute()) folders.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            folders.clear();
        }
        return new DataFolders(folders);
    }

    /** Adds folders to the list and writes it atomically. */
    public synchronized void allow(List<Path> folders) throws IOException {
        Set<Path> all = new LinkedHashSet<>(load().allowed());
        all.addAll(new DataFolders(folders).allowed());
        StringBuilder text = new StringBuilder();
        for (Path p : all) text.append(p).append('\n');
        Files.createDirectories(file.getParent());
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
