package org.redmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.redmap.app.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;

/** The bundled data, read once per test run: it is immutable, and reading it takes a second. */
final class TestMaps {

    private static MapLoader loader;
    private static ProjectedMap projected;

    private TestMaps() {
    }

    static synchronized MapLoader loader() {
        if (loader == null) {
            try {
                loader = MapLoader.bundled();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader;
    }

    static synchronized ProjectedMap projected() {
        if (projected == null) projected = ProjectedMap.of(loader().defaultDocument(), MapProjection.mexico());
        return projected;
    }
}
