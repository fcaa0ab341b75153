package org.redmap.annotate;

import java.util.List;
import org.redmap.geo.MapProjection;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/** One annotation of each kind over northern Mexico, bottom to top. */
final class Fixtures {

    static final MapProjection PROJECTION = MapProjection.mexico();

    static final TextLabel LABEL = TextLabel.of("a1", new LonLat(-106, 28), "Nokia north");
    static final Callout CALLOUT = Callout.of("a2", new LonLat(-104, 31.5), new LonLat(-106.4, 31.3), "Border sites: Nokia");
    static final Arrow ARROW = Arrow.of("a3", new LonLat(-95, 25), new LonLat(-97.9, 22.3));
    static final RectangleNote RECTANGLE = RectangleNote.of("a4", new LonLat(-112, 31), new LonLat(-109, 28));
    static final EllipseNote ELLIPSE = EllipseNote.of("a5", new LonLat(-101, 26.2), new LonLat(-99.6, 25.2));
    static final PolygonNote POLYGON = PolygonNote.of("a6",
            List.of(new LonLat(-94, 18), new LonLat(-92, 18), new LonLat(-92, 16), new LonLat(-94, 16)));
    static final Pin PIN = Pin.of("a7", new LonLat(-99.6, 19.3), "Core data centre", "State of Mexico");
    static final RegionHighlight HIGHLIGHT = RegionHighlight.of("a8", "MX-OAX");

    static final List<Annotation> ALL = List.of(LABEL, CALLOUT, ARROW, RECTANGLE, ELLIPSE, POLYGON, PIN, HIGHLIGHT);

    private Fixtures() {
    }

    static List<String> ids(List<Annotation> annotations) {
        return annotations.stream().map(Annotation::id).toList();
    }
}
