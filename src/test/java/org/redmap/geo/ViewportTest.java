package org.redmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    @Test
    void fitShowsTheWholeEnvelopeInsideTheMargins() {
        Envelope world = new Envelope(0, 4000, 0, 1000);
        Viewport v = Viewport.fit(world, 1000, 600, new Viewport.Insets(50, 10, 30, 10));
        assertThat(v.toScreenX(0)).isGreaterThanOrEqualTo(10 - 1e-9);
        assertThat(v.toScreenX(4000)).isLessThanOrEqualTo(990 + 1e-9);
        assertThat(v.toScreenY(1000)).isGreaterThanOrEqualTo(50 - 1e-9);
        assertThat(v.toScreenY(0)).isLessThanOrEqualTo(570 + 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorStill() {
        Viewport v = new Viewport(100, 200, 10, 800, 600);
        Coordinate before = v.toWorld(123, 456);
        Viewport zoomed = v.zoomAround(123, 456, 2.5);
        Coordinate after = zoomed.toWorld(123, 456);
        assertThat(after.x).isCloseTo(before.x, within(1e-6));
        assertThat(after.y).isCloseTo(before.y, within(1e-6));
        assertThat(zoomed.metresPerPixel()).isCloseTo(4, within(1e-12));
    }

    @Test
    void panMovesTheMapWithThePointer() {
        Viewport v = new Viewport(0, 0, 10, 800, 600);
        Coordinate grabbed = v.toWorld(400, 300);
        Viewport panned = v.panBy(30, -20);
        assertThat(panned.toScreenX(grabbed.x)).isCloseTo(430, within(1e-9));
        assertThat(panned.toScreenY(grabbed.y)).isCloseTo(280, within(1e-9));
    }
}
