package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PanelLayoutTest {

    private static PanelLayout at(double width) {
        return PanelLayout.opening(width, SidePanels.LEFT_WIDTH, SidePanels.RIGHT_WIDTH,
                SidePanels.MAP_CHROME + SidePanels.STRIP_WIDTH);
    }

    @Test
    void aFullHdWindowOpensTheInspectorBesideTheMapAndFoldsTheLayers() {
        assertThat(at(1920)).isEqualTo(new PanelLayout(false, true));
        assertThat(at(1366)).isEqualTo(new PanelLayout(false, true));
    }

    @Test
    void aSmallWindowOpensOnTheMapAlone() {
        assertThat(at(1279)).isEqualTo(new PanelLayout(false, false));
        assertThat(at(1024)).isEqualTo(new PanelLayout(false, false));
    }

    @Test
    void aWideWindowOpensBothPanelsOnlyWhenTheMapKeepsSeventyPercent() {
        PanelLayout wide = at(2880);
        assertThat(wide).isEqualTo(new PanelLayout(true, true));
        double map = 2880 - SidePanels.LEFT_WIDTH - SidePanels.RIGHT_WIDTH - SidePanels.MAP_CHROME - SidePanels.STRIP_WIDTH;
        assertThat(map / 2880).isGreaterThanOrEqualTo(PanelLayout.MAP_SHARE);
        assertThat(at(2560).leftOpen()).isFalse();
    }

    @Test
    void theAnalystCanNameThePanelsTheWindowOpensWith() {
        assertThat(PanelLayout.named("left,right")).contains(new PanelLayout(true, true));
        assertThat(PanelLayout.named(" Right ")).contains(new PanelLayout(false, true));
        assertThat(PanelLayout.named("none")).contains(new PanelLayout(false, false));
        assertThat(PanelLayout.named("top")).isEmpty();
        assertThat(PanelLayout.named(null)).isEmpty();
    }
}
