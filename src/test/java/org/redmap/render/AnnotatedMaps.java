package org.redmap.render;

import org.redmap.model.Layer;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.MapDocument;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.LonLat;

/** The bundled map with annotations on it, rendered at 1280×720 the way the window and exports do. */
final class AnnotatedMaps {

    static final int W = 1280;
    static final int H = 720;

    private static ProjectedMap base;

    private AnnotatedMaps() {
    }

    static synchronized ProjectedMap base() {
        if (base == null) {
            try {
                base = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return base;
    }

    static ProjectedMap with(List<Annotation> annotations) {
        MapDocument doc = base().document().withAnnotations(annotations);
        return base().with(doc);
    }

    static Viewport home() {
        return Viewport.fit(base().homeExtent(), W, H, MapRenderer.fitInsets(Layer.all()));
    }

    static BufferedImage render(List<Annotation> annotations, Viewport viewport, String selected) {
        return render(annotations, viewport, selected, Layer.all());
    }

    static BufferedImage render(List<Annotation> annotations, Viewport viewport, String selected, Set<Layer> layers) {
        RenderRequest request = RenderRequest.of(with(annotations), viewport, 1, layers).withSelectedAnnotation(selected);
        return new MapRenderer().render(request);
    }

    static Point2D screen(LonLat p, Viewport viewport) {
        Coordinate c = base().projection().project(p.lon(), p.lat());
        return new Point2D.Double(viewport.toScreenX(c.x), viewport.toScreenY(c.y));
    }

    static Color colourAt(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.floor(x), (int) Math.floor(y)) & 0xFFFFFF);
    }
}
