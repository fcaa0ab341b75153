package org.redmap.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.redmap.model.MapDocument;

/**
 * Where a project's map comes from: the bundled map, and a way to open another regions file tagged
 * with the same rules. The window and the command line both pass their {@code MapLoader}
 * ({@code new MapSource(loader.defaultDocument(), loader::openRegions)}), so this package needs no
 * entry-point code.
 */
public record MapSource(MapDocument bundled, RegionsOpener opener) {

    /** Reads and tags a regions GeoJSON; throws with the file, feature and position on bad input. */
    @FunctionalInterface
    public interface RegionsOpener {
        MapDocument open(Path regionsFile) throws IOException;
    }

    public MapSource {
        Objects.requireNonNull(bundled, "bundled");
        Objects.requireNonNull(opener, "opener");
    }
}
