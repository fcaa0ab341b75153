package org.redmap.render;

import org.redmap.model.Layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.annotation.Annotation;
import org.redmap.model.annotation.AnnotationKind;
import org.redmap.model.annotation.Arrow;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.EllipseNote;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.Pin;
import org.redmap.model.annotation.PolygonNote;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.RegionHighlight;
import org.redmap.model.annotation.TextLabel;

/**
 * A briefing with one annotation of each kind over the default map, written to
 * {@code target/annotations-showcase.png} for a person to look at; each one must show.
 */
class AnnotationShowcaseTest {

    static final List<Annotation> BRIEFING = List.of(
            RegionHighlight.of("a1", "MX-OAX"),
            RectangleNote.of("a2", new LonLat(-100.3, 20.05), new LonLat(-98.8, 18.95)),
            EllipseNote.of("a3", new LonLat(-100.75, 26.0), new LonLat(-99.85, 25.3)),
            PolygonNote.of("a4", List.of(new LonLat(-94.1, 17.9), new LonLat(-92.4, 18.1), new LonLat(-90.6, 17.0),
                    new LonLat(-91.9, 14.6), new LonLat(-93.9, 15.7))),
            Arrow.of("a5", new LonLat(-94.2, 25.55), new LonLat(-97.55, 22.5)),
            Callout.of("a6", new LonLat(-104.3, 32.55), new LonLat(-107.9, 31.35),
                    "Reuters (2019): the sites near the US border went to Nokia."),
            Pin.of("a7", new LonLat(-99.5, 17.55), "Deployment push, 2020", "Guerrero, Oaxaca and Chiapas (El Universal)"),
            TextLabel.of("a8", new LonLat(-91.3, 26.5), "Huawei work in Nokia's north\nfrom late 2018 (Reuters)"));

    @Test
    void everyKindShowsOnTheBriefing() throws Exception {
        assertThat(BRIEFING.stream().map(Annotation::kind).distinct()).hasSize(AnnotationKind.values().length);
        ProjectedMap map = AnnotatedMaps.with(BRIEFING);
        Viewport v = Viewport.fit(map.homeExtent(), 1600, 900, MapRenderer.fitInsets(Layer.all()));
        BufferedImage plain = new MapRenderer().render(RenderRequest.of(AnnotatedMaps.base(), v, 1, Layer.all()));
        BufferedImage briefing = new MapRenderer().render(RenderRequest.of(map, v, 1, Layer.all()));
        Path out = Path.of("target", "annotations-showcase.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(briefing, "png", out.toFile());

        AnnotationFigures figures = new AnnotationFigures(map, v);
        for (Annotation a : BRIEFING) {
            Rectangle box = figures.bounds(a).orElseThrow().getBounds();
            int changed = 0;
            for (int y = Math.max(0, box.y); y < Math.min(900, box.y + box.height); y++) {
                for (int x = Math.max(0, box.x); x < Math.min(1600, box.x + box.width); x++) {
                    if (plain.getRGB(x, y) != briefing.getRGB(x, y)) changed++;
                }
            }
            assertThat(changed).as("pixels changed by the %s", a.kind().noun()).isGreaterThan(100);
        }
    }
}
