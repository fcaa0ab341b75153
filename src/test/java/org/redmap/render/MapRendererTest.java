package org.redmap.render;

import org.redmap.model.Layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redmap.render.Pixels.HUAWEI_ORANGE;
import static org.redmap.render.Pixels.NOKIA_BLUE;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;

/** The renderer on the bundled map, judged by what a person would see in the picture. */
class MapRendererTest {

    static final int W = 1280;
    static final int H = 720;

    static ProjectedMap map;
    static BufferedImage full;

    @BeforeAll
    static void renderOnce() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
        full = render(Layer.all(), null, 1);
    }

    static Viewport viewport(Set<Layer> layers) {
        return Viewport.fit(map.homeExtent(), W, H, MapRenderer.fitInsets(layers));
    }

    static BufferedImage render(Set<Layer> layers, String selected, double scale) {
        RenderRequest request = RenderRequest.of(map, viewport(layers), scale, layers).withPointer(null, selected);
        return new MapRenderer().render(request);
    }

    static Color colourAt(BufferedImage image, double lon, double lat, Set<Layer> layers, double scale) {
        return Pixels.dominant(image, Pixels.at(lon, lat, viewport(layers), scale), (int) Math.round(6 * scale));
    }

    @Test
    void imageHasTheRequestedDevicePixelSize() {
        BufferedImage twice = render(Layer.all(), null, 2);
        assertThat(full.getWidth()).isEqualTo(W);
        assertThat(full.getHeight()).isEqualTo(H);
        assertThat(twice.getWidth()).isEqualTo(2 * W);
        assertThat(twice.getHeight()).isEqualTo(2 * H);
    }

    @Test
    void sonoraIsNokiaBlueAndOaxacaHuaweiOrange() {
        assertThat(Pixels.distance(colourAt(full, -110.5, 29.5, Layer.all(), 1), NOKIA_BLUE)).isLessThan(20);
        assertThat(Pixels.distance(colourAt(full, -96.7, 17.1, Layer.all(), 1), HUAWEI_ORANGE)).isLessThan(20);
    }

    @Test
    void vendorColoursHoldAtTwiceThePixelDensity() {
        BufferedImage twice = render(Layer.all(), null, 2);
        assertThat(Pixels.distance(colourAt(twice, -110.5, 29.5, Layer.all(), 2), NOKIA_BLUE)).isLessThan(20);
        assertThat(Pixels.distance(colourAt(twice, -96.7, 17.1, Layer.all(), 2), HUAWEI_ORANGE)).isLessThan(20);
    }

    @Test
    void inferredVendorsAreHatchedWithLighterLines() {
        // Every default state is inferred: its fill is crossed by thin white diagonal lines, so the
        // square around Sonora holds the pure blue and lighter blues, and nothing darker.
        Point p = Pixels.at(-110.5, 29.5, viewport(Layer.all()), 1);
        Rectangle square = new Rectangle(p.x - 6, p.y - 6, 13, 13);
        int pure = Pixels.count(full, square, NOKIA_BLUE, 3);
        int lighter = Pixels.count(full, square, rgb -> {
            Color c = new Color(rgb);
            return c.getRed() > NOKIA_BLUE.getRed() + 20 && c.getBlue() >= NOKIA_BLUE.getBlue();
        });
        assertThat(pure).isGreaterThan(169 / 3);
        assertThat(lighter).isGreaterThan(10);
    }

    @Test
    void selectedRegionGetsADarkOutlineAroundItAndNowhereElse() {
        BufferedImage selected = render(Layer.all(), "MX-SON", 1);
        Rectangle sonora = screenBox("MX-SON");
        int newDark = 0;
        int newDarkOutside = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (Pixels.dark(selected.getRGB(x, y)) && !Pixels.dark(full.getRGB(x, y))) {
                    newDark++;
                    if (!sonora.contains(x, y)) newDarkOutside++;
                }
            }
        }
        // The outline runs all round Sonora: at least its bounding box's half-perimeter in pixels.
        assertThat(newDark).isGreaterThan(sonora.width + sonora.height);
        assertThat(newDarkOutside).isZero();
    }

    @Test
    void turningTheVendorLayerOffRemovesTheVendorColours() {
        Set<Layer> noVendor = EnumSet.allOf(Layer.class);
        noVendor.remove(Layer.VENDOR);
        BufferedImage plain = render(noVendor, null, 1);

        Color sonora = colourAt(plain, -110.5, 29.5, noVendor, 1);
        Color oaxaca = colourAt(plain, -96.7, 17.1, noVendor, 1);
        assertThat(Pixels.distance(sonora, NOKIA_BLUE)).isGreaterThan(150);
        assertThat(Pixels.distance(oaxaca, HUAWEI_ORANGE)).isGreaterThan(150);
        assertThat(Pixels.distance(sonora, oaxaca)).as("both states are plain land").isLessThan(8);

        // Site markers keep their vendor fill; the regions' thousands of coloured pixels are gone.
        int blueBefore = Pixels.count(full, Pixels.whole(full), NOKIA_BLUE, 30);
        int orangeBefore = Pixels.count(full, Pixels.whole(full), HUAWEI_ORANGE, 30);
        assertThat(blueBefore).isGreaterThan(20_000);
        assertThat(orangeBefore).isGreaterThan(20_000);
        assertThat(Pixels.count(plain, Pixels.whole(plain), NOKIA_BLUE, 30)).isLessThan(blueBefore / 100);
        assertThat(Pixels.count(plain, Pixels.whole(plain), HUAWEI_ORANGE, 30)).isLessThan(orangeBefore / 100);
    }

    @Test
    void legendIsAWhitePanelWithTextInTheBottomLeftCorner() {
        Set<Layer> noLegend = EnumSet.allOf(Layer.class);
        noLegend.remove(Layer.LEGEND);
        BufferedImage without = render(noLegend, null, 1);

        Rectangle changed = Pixels.difference(full, without);
        assertThat(changed).as("the legend changes the picture").isNotNull();
        Rectangle area = Pixels.mapArea(W, H, 1);
        // The whole legend is up to 60 % of the map's height: its corner is the bottom-left one.
        Rectangle bottomLeft = new Rectangle(area.x, area.y + area.height * 3 / 10, area.width / 2, area.height * 7 / 10);
        assertThat(bottomLeft.contains(changed)).as("difference %s lies in the bottom-left %s", changed, bottomLeft).isTrue();

        Rectangle panel = Pixels.whitePanel(full, bottomLeft, 100);
        assertThat(panel).isNotNull();
        assertThat(panel.width).isGreaterThan(200);
        assertThat(panel.height).isGreaterThan(150);
        assertThat(Pixels.count(full, panel, Pixels::dark)).as("legend text").isGreaterThan(500);
    }

    @Test
    void sameRequestGivesTheSamePixels() {
        assertThat(Pixels.difference(full, render(Layer.all(), null, 1))).isNull();
    }

    private static Rectangle screenBox(String regionId) {
        Viewport v = viewport(Layer.all());
        Envelope e = map.regions().items().stream().filter(i -> i.value().id().equals(regionId)).findFirst()
                .orElseThrow().geometry().getEnvelopeInternal();
        Coordinate a = new Coordinate(v.toScreenX(e.getMinX()), v.toScreenY(e.getMaxY()));
        Coordinate b = new Coordinate(v.toScreenX(e.getMaxX()), v.toScreenY(e.getMinY()));
        Rectangle box = new Rectangle((int) Math.floor(a.x), (int) Math.floor(a.y),
                (int) Math.ceil(b.x - a.x) + 1, (int) Math.ceil(b.y - a.y) + 1);
        box.grow(5, 5);
        return box;
    }
}
