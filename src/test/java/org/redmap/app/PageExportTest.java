package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.project.ExportOptions;
import org.redmap.project.Page;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;

/** The page an export is laid out on, as the command line asks for it and as the files record it. */
class PageExportTest {

    @TempDir
    Path dir;

    @Test
    void anA4PageAt300DpiIsA4InPixelsDpiAndPdfPoints() throws Exception {
        Path png = dir.resolve("a4.png");
        Path pdf = dir.resolve("a4.pdf");
        Cli pngRun = Cli.run("export", "--out", png.toString(), "--page", "a4", "--dpi", "300");
        Cli pdfRun = Cli.run("export", "--out", pdf.toString(), "--page", "a4");

        assertThat(pngRun.code()).as(pngRun.toString()).isZero();
        assertThat(pngRun.err()).contains("2480x3508 px, A4 portrait · 210 × 297 mm at 300 DPI");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2480);
        assertThat(image.getHeight()).isEqualTo(3508);
        assertThat(ProjectExportTest.dpi(png)).isEqualTo(300);

        assertThat(pdfRun.code()).as(pdfRun.toString()).isZero();
        assertThat(pdfRun.err()).contains("PDF, A4 portrait · 210 × 297 mm, vector");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.05f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.05f));
        }
    }

    @Test
    void pixelsWithoutAPageMakeAPageOfTheirShape() throws Exception {
        Path slide = dir.resolve("slide.png");
        Path square = dir.resolve("square.pdf");
        Cli slideRun = Cli.run("export", "--out", slide.toString(), "--width", "1280", "--height", "720");
        Cli squareRun = Cli.run("export", "--out", square.toString(), "--width", "800", "--height", "800");

        assertThat(slideRun.code()).as(slideRun.toString()).isZero();
        assertThat(slideRun.err()).contains("1280x720 px, 16:9 slide · 13.33 × 7.5 in at 96 DPI");
        assertThat(ProjectExportTest.dpi(slide)).isEqualTo(96);
        assertThat(squareRun.code()).as(squareRun.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(square.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(960, within(0.05f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(960, within(0.05f));
        }
    }

    @Test
    void onAPageTheWidthAloneSetsThePixels() throws Exception {
        Path png = dir.resolve("letter.png");
        Cli run = Cli.run("export", "--out", png.toString(), "--page", "letter-landscape", "--width", "1100");

        assertThat(run.code()).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(850);
        assertThat(ProjectExportTest.dpi(png)).isEqualTo(100);
    }

    @Test
    void aBadPageIsAUsageErrorThatListsThePages() {
        Cli run = Cli.run("export", "--out", dir.resolve("x.png").toString(), "--page", "tabloid");

        assertThat(run.code()).isEqualTo(Launcher.USAGE);
        assertThat(run.err()).contains("'tabloid' is not a page: give slide, a4, a4-landscape, letter");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aVersionOneProjectOpensAtItsOldSizeAndPixelsAndIsSavedAsVersionTwo() throws Exception {
        Path v1 = Files.copy(Path.of("src/test/resources/org/redmap/project/briefing-v1.redmap.json"),
                dir.resolve("old.redmap.json"));
        Project project = ProjectFile.read(v1);
        ExportOptions o = project.export();

        // Version 1 said 1920 × 1080 logical pixels (1/96 in) at scale 1: a 20 × 11.25 in page, 1920 × 1080 px.
        assertThat(o.page()).isEqualTo(Page.custom(1440, 810));
        assertThat(o.pixelWidth()).isEqualTo(1920);
        assertThat(o.pixelHeight()).isEqualTo(1080);
        assertThat(o.dpi()).isCloseTo(96, within(1e-9));

        Path png = dir.resolve("old.png");
        Cli run = Cli.run("export", "--project", v1.toString(), "--out", png.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1920);

        ProjectFile.save(project, v1);
        assertThat(Files.readString(v1)).contains("\"version\": 2")
                .contains("\"page\": {\"name\": \"custom\", \"width\": 1440, \"height\": 810}");
        assertThat(ProjectFile.read(v1).export()).isEqualTo(o);
    }
}
