package org.redmap.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redmap.project.CoveragePolygonsFile;
import org.redmap.project.DataFiles;

/**
 * Data files the analyst located somewhere else than a recovery names them (moved, renamed, on
 * another drive): the recovery file itself is never rewritten for them, the project is opened with
 * them put in. Immutable; no JavaFX.
 *
 * @param moves where each file the recovery names was found, by the path it names
 */
record MovedDataFiles(Map<Path, Path> moves) {

    static final MovedDataFiles NONE = new MovedDataFiles(Map.of());

    /** A data file the project names that is not there: what to ask the analyst to locate. */
    record Missing(String what, Path path, Optional<Path> lookIn) {
    }

    MovedDataFiles {
        moves = Map.copyOf(moves);
    }

    /** With {@code from} found at {@code to}. */
    MovedDataFiles with(Path from, Path to) {
        Map<Path, Path> more = new LinkedHashMap<>(moves);
        // Located once at a place that did not do either: the recovery's path now goes to the second place.
        more.replaceAll((named, found) -> found.equals(absolute(from)) ? absolute(to) : found);
        more.putIfAbsent(absolute(from), absolute(to));
        return new MovedDataFiles(more);
    }

    /** The project's data files with the located ones put in. */
    DataFiles apply(DataFiles data) {
        DataFiles out = data;
        if (data.regions().isPresent()) out = out.withRegions(moved(data.regions().get()));
        if (data.coverage().isPresent()) out = out.withCoverage(moved(data.coverage().get()));
        if (data.polygons().isPresent()) {
            CoveragePolygonsFile p = data.polygons().get();
            out = out.withPolygons(new CoveragePolygonsFile(moved(p.file()), p.property()));
        }
        return out;
    }

    private Path moved(Path p) {
        return moves.getOrDefault(absolute(p), p);
    }

    /**
     * The data files of {@code data} (after the moves) that are not regular files, in the order the
     * project lists them, each with the nearest folder that is still there to look in. Reads the file system.
     */
    List<Missing> missing(DataFiles data) {
        DataFiles d = apply(data);
        List<Missing> out = new ArrayList<>();
        d.regions().filter(p -> !Files.isRegularFile(p)).ifPresent(p -> out.add(missing("regions file", p)));
        d.coverage().filter(p -> !Files.isRegularFile(p)).ifPresent(p -> out.add(missing("coverage table", p)));
        d.polygons().map(CoveragePolygonsFile::file).filter(p -> !Files.isRegularFile(p))
                .ifPresent(p -> out.add(missing("coverage polygons file", p)));
        return out;
    }

    private static Missing missing(String what, Path p) {
        Path folder = p.getParent();
        while (folder != null && !Files.isDirectory(folder)) folder = folder.getParent();
        return new Missing(what, p, Optional.ofNullable(folder));
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
