package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.project.MapLoader;

/** Banner text grows with the page, as its rule says, and nothing else is drawn on a banner. */
class BannerSizeTest {

    private static final Color RED = new Color(0xC8102E);
    private static ProjectedMap map;

    @BeforeAll
    static void load() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
    }

    @Test
    void bannerCapHeightIsAShareOfThePageSoItScalesWithIt() {
        // "SECRET" has no descender: its ink is its cap height (and the round letters' overshoot).
        Briefing briefing = Briefing.NONE.withMarking(Marking.of("SECRET"));
        double small = inkHeight(render(briefing, 1280, 720, 1), BandSizes.of(1280, 720).banner());
        double large = inkHeight(render(briefing, 1920, 1080, 1), BandSizes.of(1920, 1080).banner());
        assertThat(small).isBetween(0.022 * 720 - 1, 0.022 * 720 + 2);
        assertThat(large).isBetween(0.022 * 1080 - 1, 0.022 * 1080 + 2);
        assertThat(large / small).isBetween(1.35, 1.65);
    }

    @Test
    void aThumbnailKeepsTheLegibleMinimumAndAPortraitPageSizesFromItsWidth() {
        assertThat(BandSizes.of(320, 180).bannerCap()).isEqualTo(BandSizes.MIN_BANNER_CAP);
        assertThat(BandSizes.of(595, 842).bannerCap()).isEqualTo(BandSizes.of(842, 595).bannerCap());
        Briefing briefing = Briefing.NONE.withMarking(Marking.of("SECRET"));
        double ink = inkHeight(render(briefing, 320, 180, 2), 2 * BandSizes.of(320, 180).banner());
        assertThat(ink).as("device pixels at scale 2").isBetween(2 * BandSizes.MIN_BANNER_CAP - 1, 2 * BandSizes.MIN_BANNER_CAP + 3);
    }

    @Test
    void theFooterTextScalesWithThePageToo() {
        BandSizes small = BandSizes.of(1280, 720), large = BandSizes.of(1920, 1080);
        assertThat(large.sourcesFont().getSize2D() / small.sourcesFont().getSize2D()).isBetween(1.45f, 1.55f);
        assertThat(small.sourcesFont().getSize2D()).isGreaterThanOrEqualTo(MapFrame.SOURCES.getSize2D());
    }

    @Test
    void theLegendAndTheFooterStayOffBothBanners() {
        Briefing briefing = new Briefing(Optional.of(Marking.of("SECRET//NOFORN")), null, "A. Analyst", "2026-01-02", true, null);
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}, {800, 800}}) {
            BufferedImage image = render(briefing, size[0], size[1], 1);
            int band = (int) Math.floor(BandSizes.of(size[0], size[1]).banner());
            // The banner text is centred; the left third is where the legend and the footer start.
            Rectangle top = new Rectangle(0, 0, size[0] / 3, band);
            Rectangle bottom = new Rectangle(0, size[1] - band, size[0] / 3, band);
            assertThat(Pixels.count(image, top, RED, 6)).as("top banner at %dx%d", size[0], size[1]).isEqualTo(top.width * top.height);
            assertThat(Pixels.count(image, bottom, RED, 6)).as("bottom banner").isEqualTo(bottom.width * bottom.height);
            assertThat(Pixels.near(image.getRGB(3, band + 2), RED, 60)).as("below the top banner").isFalse();
        }
    }

    /**
     * The height of the rows of the top banner that hold text pixels (nearer white than red), in
     * its middle third where the centred text is; the banner's last, anti-aliased row left out.
     */
    private static double inkHeight(BufferedImage image, double bannerHeight) {
        int first = -1, last = -1;
        for (int y = 0; y < (int) Math.floor(bannerHeight); y++) {
            for (int x = image.getWidth() / 3; x < 2 * image.getWidth() / 3; x++) {
                if (Pixels.near(image.getRGB(x, y), Color.WHITE, 160)) {
                    if (first < 0) first = y;
                    last = y;
                    break;
                }
            }
        }
        assertThat(first).as("text in the banner").isGreaterThanOrEqualTo(0);
        return last - first + 1;
    }

    private static BufferedImage render(Briefing briefing, int width, int height, double scale) {
        Viewport v = Viewport.fit(map.homeExtent(), width, height, MapRenderer.fitInsets(Layer.all(), briefing, width, height));
        return new MapRenderer().render(RenderRequest.of(map, v, scale, Layer.all()).withBriefing(briefing));
    }
}
