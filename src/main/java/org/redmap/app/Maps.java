package org.redmap.app;

import java.io.IOException;
import java.nio.file.Path;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.MapDocument;
import org.redmap.render.Layer;
import org.redmap.render.MapRenderer;
import java.util.Set;

/** What the commands share: the map to work on, and the view that shows all of it. */
final class Maps {

    private Maps() {
    }

    /** The bundled map, or the bundled map with the regions of {@code regions} when it is given. */
    static MapDocument load(Path regions) throws IOException {
        MapLoader loader = MapLoader.bundled();
        return regions == null ? loader.defaultDocument() : loader.openRegions(regions);
    }

    static ProjectedMap project(MapDocument doc) {
        return ProjectedMap.of(doc, MapProjection.mexico());
    }

    /** The "zoom to fit" view at this logical size, leaving room for the bands the layers need. */
    static Viewport home(ProjectedMap map, double width, double height, Set<Layer> layers) {
        return Viewport.fit(map.homeExtent(), width, height, MapRenderer.fitInsets(layers));
    }
}
