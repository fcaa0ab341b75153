package org.redmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class RampTest {

    @Test
    void samplesRunFromFirstToLastStop() {
        List<Color> five = Ramp.viridis().sample(5);
        assertThat(five.get(0)).isEqualTo(new Color(0x440154));
        assertThat(five.get(4)).isEqualTo(new Color(0xFDE725));
    }

    @Test
    void lightnessChangesMonotonicallySoClassesSurviveGrayscale() {
        for (Ramp ramp : List.of(Ramp.viridis(), Ramp.magma())) {
            List<Color> colours = ramp.sample(7);
            double previous = luminance(colours.get(0));
            int direction = (int) Math.signum(luminance(colours.get(6)) - previous);
            for (Color c : colours.subList(1, colours.size())) {
                double l = luminance(c);
                assertThat(Math.signum(l - previous)).as(ramp.name()).isEqualTo(direction);
                previous = l;
            }
        }
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
