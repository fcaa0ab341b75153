package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.project.MapLoader;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;
import org.redmap.project.PageLayout;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/** A legend box too small for its rows stops the export with the rows named, in every format. */
class LegendOverflowTest {

    @TempDir
    Path dir;

    private static RenderRequest request(PageLayout layout) throws Exception {
        ProjectedMap map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        Viewport v = Viewport.fit(map.homeExtent(), 1280, 720, MapRenderer.fitInsets(Layer.all()));
        return RenderRequest.of(map, v, 1, Layer.all()).withLayout(layout);
    }

    @Test
    void aTinyLegendBoxIsRefusedNamingWhatDoesNotFitAndNothingIsWritten() throws Exception {
        RenderRequest tiny = request(PageLayout.AUTOMATIC.withBox(PageElement.LEGEND, new PageBox(0.02, 0.6, 0.15, 0.15)));
        MapExporter exporter = new MapExporter(new MapRenderer());
        for (String name : new String[] {"map.png", "map.svg", "map.pdf"}) {
            Path out = dir.resolve(name);
            assertThatThrownBy(() -> exporter.export(tiny, out))
                    .isInstanceOf(LegendOverflowException.class)
                    .hasMessageContaining("the legend does not fit in its box")
                    .hasMessageContaining("US–Mexico border")
                    .hasMessageContaining("City of 1 million");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void anAutomaticLegendExports() throws Exception {
        Path out = dir.resolve("map.png");
        new MapExporter(new MapRenderer()).export(request(PageLayout.AUTOMATIC), out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
