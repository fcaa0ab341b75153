package org.redmap.render;

import org.redmap.model.Layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.project.MapLoader;
import org.redmap.geo.MapProjection;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;

class BriefingFrameTest {

    private static ProjectedMap map;

    @BeforeAll
    static void load() throws Exception {
        map = ProjectedMap.of(MapLoader.bundled().defaultDocument(), MapProjection.mexico());
    }

    @Test
    void markingBannersShowAtTopAndBottomInTheirConventionalColours() {
        Briefing briefing = Briefing.NONE.withMarking(Marking.of("secret"));
        BufferedImage image = render(briefing);
        Color red = new Color(0xC8102E);
        assertThat(Pixels.near(image.getRGB(3, 3), red, 10)).isTrue();
        assertThat(Pixels.near(image.getRGB(3, image.getHeight() - 3), red, 10)).isTrue();
        BufferedImage plain = render(Briefing.NONE);
        assertThat(Pixels.near(plain.getRGB(3, 3), red, 10)).isFalse();
    }

    @Test
    void theFittedMapLeavesRoomForEveryBand() {
        Briefing briefing = new Briefing(Optional.of(Marking.of("TLP:AMBER")), null, "A", "2026-11-25", true, "abc123");
        Viewport.Insets plain = MapRenderer.frameInsets(Layer.all());
        Viewport.Insets framed = MapRenderer.frameInsets(Layer.all(), briefing, 1280, 720);
        BandSizes sizes = BandSizes.of(1280, 720);
        assertThat(framed.top()).isEqualTo(plain.top() + sizes.banner());
        assertThat(framed.bottom()).isEqualTo(plain.bottom() + sizes.banner() + sizes.sourcesBand());
    }

    @Test
    void sourcesFooterListsEverySourceOnceOldestFirst() {
        String text = SourcesFooter.text(map.document(), java.util.List.of(), true, true);
        assertThat(text).startsWith("Sources: ").contains("euronews (Reuters, Julia Love) (2019-05-09)")
                .contains("Mobile World Live (Spanish) (2018-03)");
        assertThat(text.indexOf("(2017-03-31)")).isLessThan(text.indexOf("(2019-05-09)"));
        assertThat(text.split("euronews", -1)).hasSize(2);
    }

    @Test
    void freeTextMarkingsGetANeutralBannerAndEmptyOnesAreRefused() {
        assertThat(Marking.of("Internal draft").background()).isEqualTo(new Color(0x4D4D4D));
        assertThat(Marking.of("tlp:red").text()).isEqualTo("TLP:RED");
        assertThatThrownBy(() -> Marking.of("  ")).hasMessageContaining("needs text");
    }

    private static BufferedImage render(Briefing briefing) {
        Viewport v = Viewport.fit(map.homeExtent(), 800, 450, MapRenderer.fitInsets(Layer.all(), briefing, 800, 450));
        return new MapRenderer().render(RenderRequest.of(map, v, 1, Layer.all()).withBriefing(briefing));
    }
}
