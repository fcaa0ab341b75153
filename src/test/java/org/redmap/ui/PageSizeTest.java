package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.redmap.project.ExportFormat;
import org.redmap.export.PdfExporter;

/** Paper and slide sizes in pixels, DPI and page size. */
class PageSizeTest {

    @Test
    void slidesAreOneLayoutAtTwoResolutions() {
        PageSize hd = PageSize.slide(1920);
        PageSize uhd = PageSize.slide(3840);
        assertThat(hd.pixelWidth()).isEqualTo(1920);
        assertThat(hd.pixelHeight()).isEqualTo(1080);
        assertThat(hd.dpi()).isEqualTo(96);
        assertThat(uhd.pixelWidth()).isEqualTo(3840);
        assertThat(uhd.pixelHeight()).isEqualTo(2160);
        assertThat(uhd.dpi()).isEqualTo(192);
        assertThat(uhd.width()).isEqualTo(hd.width());
        assertThat(uhd.describe(ExportFormat.PNG)).isEqualTo("3840 × 2160 px · 192 dpi");
    }

    @Test
    void letterLandscapeIsElevenByEightAndAHalfInches() {
        assertThat(pixels(PageSize.letter(150))).isEqualTo("1650x1275");
        assertThat(pixels(PageSize.letter(300))).isEqualTo("3300x2550");
        assertThat(PageSize.letter(300).width()).isEqualTo(1056);
        assertThat(PageSize.letter(300).height()).isEqualTo(816);
        assertThat(PageSize.letter(300).pixelScale()).isEqualTo(3.125);
        assertThat(PageSize.letter(150).describe(ExportFormat.PDF)).startsWith("11 × 8.5 in page");
    }

    @Test
    void a4LandscapeIs297By210MillimetresInWholeLogicalPixels() {
        assertThat(PageSize.a4(150).width()).isEqualTo(1123);
        assertThat(PageSize.a4(150).height()).isEqualTo(794);
        assertThat(pixels(PageSize.a4(150))).isEqualTo("1755x1241");
        assertThat(pixels(PageSize.a4(300))).isEqualTo("3509x2481");
        // The PDF page is A4 in points (841.89 × 595.28) to within 0.2 mm.
        assertThat(PageSize.a4(300).width() * PdfExporter.POINTS_PER_PIXEL).isCloseTo(841.89, within(0.5));
        assertThat(PageSize.a4(300).height() * PdfExporter.POINTS_PER_PIXEL).isCloseTo(595.28, within(0.5));
        assertThat(PageSize.a4(150).label()).isEqualTo("A4 landscape · 150 dpi");
    }

    @Test
    void aCustomSizeIsExactPixelsLaidOutForItsDpi() {
        PageSize c = PageSize.custom(2000, 1000, 192);
        assertThat(pixels(c)).isEqualTo("2000x1000");
        assertThat(c.width()).isEqualTo(1000);
        assertThat(c.pixelScale()).isEqualTo(2);
        PageSize print = PageSize.custom(1001, 777, 300);
        assertThat(print.pixelWidth()).isCloseTo(1001, within(2));
        assertThat(print.pixelHeight()).isCloseTo(777, within(2));
        assertThat(print.width()).isEqualTo(Math.rint(print.width()));
    }

    @Test
    void impossibleSizesAreRefusedWithAReason() {
        assertThatThrownBy(() -> PageSize.custom(20_000, 1000, 96)).hasMessageContaining("16384 pixels per side");
        assertThatThrownBy(() -> PageSize.custom(32, 1000, 96)).hasMessageContaining("at least 64");
        assertThatThrownBy(() -> PageSize.custom(600, 400, 300)).hasMessageContaining("too small");
        assertThatThrownBy(() -> PageSize.custom(1000, 1000, 2000)).hasMessageContaining("from 96 to 384 dpi");
        assertThatThrownBy(() -> PageSize.custom(1000, 1000, 72)).hasMessageContaining("from 96 to 384 dpi");
    }

    @Test
    void thePresetsAreTheBriefingSizes() {
        assertThat(PageSize.PRESETS).extracting(PageSize::label).containsExactly(
                "Slide 16:9 · 1920 × 1080", "Slide 16:9 · 3840 × 2160", "Letter landscape · 150 dpi",
                "Letter landscape · 300 dpi", "A4 landscape · 150 dpi", "A4 landscape · 300 dpi");
    }

    private static String pixels(PageSize p) {
        return p.pixelWidth() + "x" + p.pixelHeight();
    }
}
