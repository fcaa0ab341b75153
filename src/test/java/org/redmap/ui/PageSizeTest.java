package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.redmap.project.ExportFormat;
import org.redmap.project.Page;

/** The dialog's sizes: a page in points, and its pixels and DPI. */
class PageSizeTest {

    @Test
    void slidesAreOnePageAtTwoResolutions() {
        PageSize hd = PageSize.slide(1920);
        PageSize uhd = PageSize.slide(3840);
        assertThat(pixels(hd)).isEqualTo("1920x1080");
        assertThat(hd.dpi()).isEqualTo(144);
        assertThat(pixels(uhd)).isEqualTo("3840x2160");
        assertThat(uhd.dpi()).isEqualTo(288);
        assertThat(uhd.page()).isEqualTo(hd.page()).isEqualTo(Page.SLIDE);
        assertThat(uhd.describe(ExportFormat.PNG)).isEqualTo("3840 × 2160 px · 288 dpi");
        assertThat(hd.describe(ExportFormat.PDF)).isEqualTo("16:9 slide · 13.33 × 7.5 in · vector, text as text");
    }

    @Test
    void letterIsElevenByEightAndAHalfInchesEitherWay() {
        assertThat(pixels(PageSize.paper(Page.LETTER_LANDSCAPE, 150))).isEqualTo("1650x1275");
        assertThat(pixels(PageSize.paper(Page.LETTER_LANDSCAPE, 300))).isEqualTo("3300x2550");
        assertThat(pixels(PageSize.paper(Page.LETTER_PORTRAIT, 300))).isEqualTo("2550x3300");
        assertThat(PageSize.paper(Page.LETTER_LANDSCAPE, 300).page().width()).isEqualTo(792);
        assertThat(PageSize.paper(Page.LETTER_LANDSCAPE, 150).describe(ExportFormat.PDF))
                .startsWith("Letter landscape · 11 × 8.5 in");
    }

    @Test
    void a4Is297By210Millimetres() {
        PageSize a4 = PageSize.paper(Page.A4_PORTRAIT, 300);
        assertThat(a4.page().width()).isCloseTo(595.28, within(0.01));
        assertThat(a4.page().height()).isCloseTo(841.89, within(0.01));
        assertThat(pixels(a4)).isEqualTo("2480x3508");
        assertThat(pixels(PageSize.paper(Page.A4_LANDSCAPE, 150))).isEqualTo("1754x1240");
        assertThat(a4.label()).isEqualTo("A4 portrait · 300 dpi");
        assertThat(a4.describe(ExportFormat.SVG)).startsWith("A4 portrait · 210 × 297 mm");
    }

    @Test
    void aCustomSizeIsExactPixelsOnAPageOfThatManyInches() {
        PageSize c = PageSize.custom(2000, 1000, 144);
        assertThat(pixels(c)).isEqualTo("2000x1000");
        assertThat(c.page().width()).isEqualTo(1000);
        assertThat(c.pixelScale()).isEqualTo(2);
        PageSize print = PageSize.custom(1001, 777, 300);
        assertThat(pixels(print)).isEqualTo("1001x777");
        assertThat(print.page().name()).isEqualTo(Page.CUSTOM);
    }

    @Test
    void impossibleSizesAreRefusedWithAReason() {
        assertThatThrownBy(() -> PageSize.custom(17_000, 1000, 300)).hasMessageContaining("16384 pixels per side");
        assertThatThrownBy(() -> PageSize.custom(32, 1000, 96)).hasMessageContaining("at least 64");
        assertThatThrownBy(() -> PageSize.custom(400, 400, 300)).hasMessageContaining("1.33 × 1.33 in page");
        assertThatThrownBy(() -> PageSize.custom(1000, 1000, 2000)).hasMessageContaining("from 36 to 1200 dpi");
        assertThatThrownBy(() -> PageSize.custom(1000, 1000, 30)).hasMessageContaining("from 36 to 1200 dpi");
    }

    @Test
    void thePresetsAreTheBriefingPagesInBothOrientations() {
        assertThat(PageSize.PRESETS).extracting(PageSize::label).containsExactly(
                "16:9 slide · 1920 × 1080", "16:9 slide · 3840 × 2160",
                "A4 landscape · 150 dpi", "A4 landscape · 300 dpi", "A4 portrait · 150 dpi", "A4 portrait · 300 dpi",
                "Letter landscape · 150 dpi", "Letter landscape · 300 dpi",
                "Letter portrait · 150 dpi", "Letter portrait · 300 dpi");
    }

    private static String pixels(PageSize p) {
        return p.pixelWidth() + "x" + p.pixelHeight();
    }
}
