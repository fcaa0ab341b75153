package org.redmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.redmap.analysis.MapAnalysis;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;

/** The bundled data, read once per test run: it is immutable, and reading it takes a second. */
final class TestMaps {

    private static MapLoader loader;
    private static ProjectedMap projected;
    private static MapAnalysis analysis;

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

    /** The bundled analysis of the default map, computed once (about a second); other maps are computed each time. */
    static MapAnalysis analysis(ProjectedMap map) throws IOException {
        if (map.document() != loader().defaultDocument()) return MapAnalysis.bundled(map);
        synchronized (TestMaps.class) {
            if (analysis == null) analysis = MapAnalysis.bundled(projected());
            return analysis;
        }
    }
}
