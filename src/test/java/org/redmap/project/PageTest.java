package org.redmap.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pages as the analyst names them. */
class PageTest {

    @Test
    void presetsByNameAndShortName() {
        assertThat(Page.parse("slide")).isEqualTo(Page.SLIDE);
        assertThat(Page.parse(" 16:9 ")).isEqualTo(Page.SLIDE);
        assertThat(Page.parse("A4")).isEqualTo(Page.A4_PORTRAIT);
        assertThat(Page.parse("letter")).isEqualTo(Page.LETTER_PORTRAIT);
        assertThat(Page.parse("letter-landscape")).isEqualTo(Page.LETTER_LANDSCAPE);
        assertThat(Page.A4_LANDSCAPE.width()).isCloseTo(841.89, within(0.01));
    }

    @Test
    void sizesInPointsMillimetresAndInches() {
        assertThat(Page.parse("800x600")).isEqualTo(Page.custom(800, 600));
        assertThat(Page.parse("800 × 600 pt")).isEqualTo(Page.custom(800, 600));
        assertThat(Page.parse("11x8.5in")).isEqualTo(Page.custom(792, 612));
        Page mm = Page.parse("210x297mm");
        assertThat(mm.width()).isCloseTo(Page.A4_PORTRAIT.width(), within(1e-9));
        assertThat(mm.name()).isEqualTo(Page.CUSTOM);
    }

    @Test
    void impossiblePagesSayWhy() {
        assertThatThrownBy(() -> Page.parse("tabloid")).hasMessageContaining("'tabloid' is not a page");
        assertThatThrownBy(() -> Page.parse("100x100")).hasMessageContaining("from 120 to 14,400 pt");
        assertThatThrownBy(() -> Page.parse("300x300in")).hasMessageContaining("from 120 to 14,400 pt");
    }

    @Test
    void anImagesPageHasItsShapeAndA960PointLongSide() {
        assertThat(Page.forImage(1920, 1080)).isSameAs(Page.SLIDE);
        assertThat(Page.forImage(3840, 2160)).isSameAs(Page.SLIDE);
        assertThat(Page.forImage(1000, 2000)).isEqualTo(Page.custom(480, 960));
        assertThatThrownBy(() -> Page.forImage(2000, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describedAsAnAnalystSaysIt() {
        assertThat(Page.SLIDE.describe()).isEqualTo("16:9 slide · 13.33 × 7.5 in");
        assertThat(Page.A4_PORTRAIT.describe()).isEqualTo("A4 portrait · 210 × 297 mm");
        assertThat(Page.LETTER_LANDSCAPE.describe()).isEqualTo("Letter landscape · 11 × 8.5 in");
        assertThat(Page.custom(800, 600).describe()).isEqualTo("Custom · 800 × 600 pt");
    }
}
