package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;
import org.redmap.render.Typeface;

class SvgTextGraphicsTest {

    @Test
    void multiplierMakesTheSizeWhole() {
        assertThat(SvgTextGraphics.multiplier(19f)).isEqualTo(1);
        assertThat(SvgTextGraphics.multiplier(10.5f)).isEqualTo(2);
        assertThat(SvgTextGraphics.multiplier(9.25f)).isEqualTo(4);
        assertThat(SvgTextGraphics.multiplier(11.2f)).isEqualTo(5);
        assertThat(SvgTextGraphics.multiplier(10.33f)).isEqualTo(100);
    }

    @Test
    void styleComesFromTheFaceName() {
        assertThat(SvgTextGraphics.style(Typeface.BOLD)).isEqualTo(Font.BOLD);
        assertThat(SvgTextGraphics.style(Typeface.CONDENSED_BOLD)).isEqualTo(Font.BOLD);
        assertThat(SvgTextGraphics.style(Typeface.REGULAR)).isEqualTo(Font.PLAIN);
        assertThat(SvgTextGraphics.style(Typeface.CONDENSED)).isEqualTo(Font.PLAIN);
    }
}
