package org.redmap.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.MapDocument;
import org.redmap.model.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/** The default map at slide size, loaded once for all export tests. */
final class TestMaps {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private static MapDocument defaultDocument;

    private TestMaps() {
    }

    static synchronized MapDocument defaultDocument() {
        if (defaultDocument == null) {
            try {
                defaultDocument = MapLoader.bundled().defaultDocument();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return defaultDocument;
    }

    static RenderRequest request(MapDocument doc) {
        ProjectedMap map = ProjectedMap.of(doc, MapProjection.mexico());
        Viewport viewport = Viewport.fit(map.homeExtent(), WIDTH, HEIGHT, MapRenderer.fitInsets(Layer.all()));
        return RenderRequest.of(map, viewport, 1, Layer.all());
    }

    static RenderRequest defaultRequest() {
        return request(defaultDocument());
    }
}
