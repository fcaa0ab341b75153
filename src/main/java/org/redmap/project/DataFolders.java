package org.redmap.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a project may read its data from: its own folder, and the folders the analyst allowed
 * ({@code --allow-data-dir}, or "Allow this folder" in the window). A project is a file that
 * travels, and one that names {@code ../../etc/passwd} or {@code /home/someone/case/notes.csv}
 * must not make redmap read (and quote in its errors) whatever file it likes. Bundled data is
 * always allowed: it is not a file. Links are resolved before comparing, so a link in the project's
 * folder to a file elsewhere counts as elsewhere.
 *
 * @param allowed folders the analyst allowed besides the project's own
 */
public record DataFolders(List<Path> allowed) {

    /** Only the project's own folder. */
    public static final DataFolders PROJECT_ONLY = new DataFolders(List.of());

    public DataFolders {
        allowed = allowed.stream().map(DataFolders::real).distinct().toList();
    }

    public DataFolders with(List<Path> more) {
        List<Path> all = new ArrayList<>(allowed);
        all.addAll(more);
        return new DataFolders(all);
    }

    /** A data file of the project outside every allowed folder, with the project value naming it. */
    public record Outside(String pointer, String what, Path file, Path folder) {
    }

    /** The project's existing data files that lie outside its folder and every allowed one, in the project's order. */
    public List<Outside> outside(DataFiles files, Path projectFolder) {
        List<Path> roots = new ArrayList<>();
        roots.add(real(projectFolder));
        roots.addAll(allowed);
        List<Outside> out = new ArrayList<>();
        check(files.regions(), "/data/regions", "regions file", roots, out);
        check(files.coverage(), "/data/coverage", "coverage table", roots, out);
        check(files.polygons().map(CoveragePolygonsFile::file), ProjectData.POLYGONS_FILE, "coverage polygons file", roots, out);
        return out;
    }

    /** The folders to allow so that none of {@code outside} is outside any more. */
    public static List<Path> foldersOf(List<Outside> outside) {
        Set<Path> folders = new LinkedHashSet<>();
        outside.forEach(o -> folders.add(o.folder()));
        return List.copyOf(folders);
    }

    private static void check(Optional<Path> file, String pointer, String what, List<Path> roots, List<Outside> out) {
        // A file that is not there cannot be read, whatever its folder: loading says it is missing.
        if (file.isEmpty() || !Files.exists(file.get())) return;
        Path real = real(file.get());
        for (Path root : roots) if (real.startsWith(root)) return;
        Path folder = real.getParent() == null ? real : real.getParent();
        out.add(new Outside(pointer, what, file.get(), folder));
    }

    /** The path with links resolved as far as it exists: a missing file still has a real folder. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return absolute;
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
