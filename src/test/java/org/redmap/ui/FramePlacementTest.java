package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.Viewport;

class FramePlacementTest {

    private static final Viewport DRAWN = new Viewport(2_500_000, 1_500_000, 2000, 800, 600);

    @Test
    void anUnchangedViewLeavesTheFrameWhereItIs() {
        FramePlacement p = FramePlacement.between(DRAWN, DRAWN);
        assertThat(p.isIdentity(DRAWN)).isTrue();
    }

    @Test
    void aPanMovesTheFrameWithThePointer() {
        FramePlacement p = FramePlacement.between(DRAWN, DRAWN.panBy(30, -20));
        assertThat(p.x()).isCloseTo(30, within(1e-9));
        assertThat(p.y()).isCloseTo(-20, within(1e-9));
        assertThat(p.width()).isCloseTo(800, within(1e-9));
    }

    @Test
    void aZoomScalesTheFrameAroundThePointFixedOnScreen() {
        Viewport zoomed = DRAWN.zoomAround(200, 150, 2);
        FramePlacement p = FramePlacement.between(DRAWN, zoomed);
        assertThat(p.width()).isCloseTo(1600, within(1e-9));
        assertThat(p.height()).isCloseTo(1200, within(1e-9));
        // Any world point must land where the new view puts it.
        Coordinate world = DRAWN.toWorld(600, 100);
        double frameX = p.x() + 600 * p.width() / DRAWN.width();
        double frameY = p.y() + 100 * p.height() / DRAWN.height();
        assertThat(frameX).isCloseTo(zoomed.toScreenX(world.x), within(1e-6));
        assertThat(frameY).isCloseTo(zoomed.toScreenY(world.y), within(1e-6));
    }

    @Test
    void aResizeKeepsTheCentreInTheMiddle() {
        FramePlacement p = FramePlacement.between(DRAWN, DRAWN.withSize(1000, 700));
        assertThat(p.x()).isCloseTo(100, within(1e-9));
        assertThat(p.y()).isCloseTo(50, within(1e-9));
    }
}
