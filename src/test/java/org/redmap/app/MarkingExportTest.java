package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.render.Pixels;

/** {@code redmap export --marking …}, judged by the banners in the PNG it writes. */
class MarkingExportTest {

    private static final int W = 1280, H = 720;
    /** Banner height at 1280×720: twice a cap height of 2.2 % of 720. */
    private static final int BAND = (int) Math.floor(2 * 0.022 * H);

    @TempDir
    Path dir;

    @Test
    void secretNoforn() throws Exception {
        assertBanners(export("SECRET//NOFORN"), new Color(0xC8102E), Color.WHITE);
    }

    @Test
    void topSecretIsOrangeNotSecretsRed() throws Exception {
        assertBanners(export("TOP SECRET//SI//NOFORN"), new Color(0xFF8C00), Color.BLACK);
    }

    @Test
    void tlpClearIsWhiteTextOnBlack() throws Exception {
        assertBanners(export("TLP:CLEAR"), Color.BLACK, Color.WHITE);
    }

    @Test
    void tlpAmberIsAmberTextOnBlack() throws Exception {
        assertBanners(export("TLP:AMBER"), Color.BLACK, new Color(0xFFC000));
    }

    @Test
    void anUnknownMarkingGetsTheNeutralBannerStillLegible() throws Exception {
        assertBanners(export("DRAFT – NOT FOR DISTRIBUTION"), new Color(0x4D4D4D), Color.WHITE);
    }

    private BufferedImage export(String marking) throws Exception {
        Path png = dir.resolve("m.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--width", "" + W, "--height", "" + H, "--marking", marking);
        assertThat(run.code()).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isEqualTo(H);
        return image;
    }

    /** Both banners: the fill at their corners and under most of the band, text pixels in the middle. */
    private static void assertBanners(BufferedImage image, Color fill, Color text) {
        for (int y0 : new int[] {0, H - BAND}) {
            String which = y0 == 0 ? "top banner" : "bottom banner";
            assertThat(Pixels.near(image.getRGB(3, y0 + 3), fill, 8)).as(which + " fill at the left").isTrue();
            assertThat(Pixels.near(image.getRGB(W - 3, y0 + BAND - 3), fill, 8)).as(which + " fill at the right").isTrue();
            Rectangle band = new Rectangle(0, y0, W, BAND);
            assertThat(Pixels.count(image, band, fill, 8)).as(which + " mostly fill").isGreaterThan(W * BAND * 8 / 10);
            Rectangle middle = new Rectangle(W / 3, y0, W / 3, BAND);
            assertThat(Pixels.count(image, middle, text, 8)).as(which + " text pixels").isGreaterThan(150);
        }
        assertThat(Pixels.near(image.getRGB(3, BAND + 3), fill, 8)).as("below the top banner").isFalse();
    }
}
