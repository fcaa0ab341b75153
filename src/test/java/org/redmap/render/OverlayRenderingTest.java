package org.redmap.render;

import org.redmap.model.Layer;
import org.redmap.project.MapLayers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.render.Pixels.NOKIA_BLUE;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.analysis.MapAnalysis;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;

/** Overlays in the renderer itself: opacity, drawing order, and the same pixels every time. */
class OverlayRenderingTest {

    static final int W = 960;
    static final int H = 540;
    static final Set<Layer> BASE = Set.of(Layer.CONTEXT, Layer.VENDOR);
    static final double SONORA_LON = -110.5;
    static final double SONORA_LAT = 29.5;

    static ProjectedMap map;
    static MapAnalysis analysis;
    static Viewport viewport;

    @BeforeAll
    static void analyse() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        analysis = MapAnalysis.bundled(map);
        viewport = Viewport.fit(map.homeExtent(), W, H, MapRenderer.fitInsets(BASE));
    }

    static BufferedImage render(List<Overlay> overlays) {
        return new MapRenderer().render(RenderRequest.of(map, viewport, 1, BASE).withOverlays(overlays));
    }

    static Color sonora(BufferedImage image) {
        return Pixels.dominant(image, Pixels.at(SONORA_LON, SONORA_LAT, viewport, 1), 6);
    }

    static Color classColour(Overlay.Choropleth c, String regionId) {
        return c.colours().get(Math.min(c.breaks().classOf(c.values().get(regionId)), c.colours().size() - 1));
    }

    @Test
    void anOverlayAtOpacityZeroDrawsNothing() {
        Overlay.Choropleth invisible = OverlayBuilder.defaults().risk(analysis.risk().regionValues(), 0);
        assertThat(Pixels.difference(render(List.of()), render(List.of(invisible)))).isNull();
    }

    @Test
    void atFullOpacityAChoroplethHidesTheVendorColourAndAtPartialOpacityLetsItThrough() {
        OverlayBuilder builder = OverlayBuilder.defaults();
        Overlay.Choropleth opaque = builder.coverage(analysis.coverage(), 1);
        Overlay.Choropleth half = builder.coverage(analysis.coverage(), 0.5);
        Color ramp = classColour(opaque, "MX-SON");

        assertThat(Pixels.distance(sonora(render(List.of(opaque))), ramp)).isLessThan(4);
        Color mixed = sonora(render(List.of(half)));
        Color expected = new Color((ramp.getRed() + NOKIA_BLUE.getRed()) / 2, (ramp.getGreen() + NOKIA_BLUE.getGreen()) / 2,
                (ramp.getBlue() + NOKIA_BLUE.getBlue()) / 2);
        assertThat(Pixels.distance(mixed, expected)).as("half %s, expected %s", mixed, expected).isLessThan(6);
    }

    @Test
    void underAnOpaqueChoroplethTheVendorsShowAsRegionEdgesAndUnderALightOneAsFills() {
        OverlayBuilder builder = OverlayBuilder.defaults();
        BufferedImage opaque = render(List.of(builder.coverage(analysis.coverage(), 0.85)));
        BufferedImage light = render(List.of(builder.coverage(analysis.coverage(), 0.3)));
        Rectangle all = Pixels.whole(opaque);

        // The edges are a few pixels wide round each region: thousands of pixels in each vendor's own colour.
        assertThat(Pixels.count(opaque, all, NOKIA_BLUE, 12)).isGreaterThan(2000);
        assertThat(Pixels.count(opaque, all, Pixels.HUAWEI_ORANGE, 12)).isGreaterThan(2000);
        // Sonora's interior keeps the overlay's class colour, not the vendor's.
        assertThat(Pixels.distance(sonora(opaque), classColour(builder.coverage(analysis.coverage(), 1), "MX-SON")))
                .isLessThan(Pixels.distance(sonora(opaque), NOKIA_BLUE));
        // A light overlay lets the fills through, so no edges are drawn on top: no pure vendor colour left.
        assertThat(Pixels.count(light, all, NOKIA_BLUE, 12)).isLessThan(50);
    }

    @Test
    void overlaysDrawInListOrderTheLastOnTop() {
        OverlayBuilder builder = OverlayBuilder.defaults();
        Overlay.Choropleth coverage = builder.coverage(analysis.coverage(), 1);
        Overlay.Choropleth risk = builder.risk(analysis.risk().regionValues(), 1);

        assertThat(Pixels.distance(sonora(render(List.of(coverage, risk))), classColour(risk, "MX-SON"))).isLessThan(4);
        assertThat(Pixels.distance(sonora(render(List.of(risk, coverage))), classColour(coverage, "MX-SON"))).isLessThan(4);
    }

    @Test
    void theSameOverlaysGiveTheSamePixels() {
        List<Overlay> all = OverlayBuilder.defaults().build(analysis, MapLayers.parse("coverage,risk,footprint,bands"));
        assertThat(all).extracting(Overlay::id).containsExactly("coverage", "risk", "footprint", "bands");
        assertThat(Pixels.difference(render(all), render(all))).isNull();
    }
}
