package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.model.MapDocument;
import org.redmap.model.annotation.Callout;
import org.redmap.model.annotation.LonLat;
import org.redmap.model.annotation.RectangleNote;
import org.redmap.model.annotation.TextLabel;
import org.redmap.render.MapRenderer;
import org.redmap.render.Pixels;
import org.redmap.render.RenderRequest;

/** Annotations reach every format as drawn, and editing handles reach none. */
class AnnotationExportTest {

    static final MapDocument ANNOTATED = TestMaps.defaultDocument().withAnnotations(List.of(
            RectangleNote.of("a1", new LonLat(-112, 31), new LonLat(-109, 28)),
            TextLabel.of("a2", new LonLat(-92, 26), "Huawei work in the north"),
            Callout.of("a3", new LonLat(-104.5, 32.4), new LonLat(-107.9, 31.35), "Border sites went to Nokia")));

    @Test
    void pngExportsLeaveOutTheSelectionHandles(@TempDir Path dir) throws Exception {
        RenderRequest request = TestMaps.request(ANNOTATED);
        Path out = dir.resolve("map.png");
        new PngExporter(new MapRenderer()).export(request.withSelectedAnnotation("a1"), out);
        BufferedImage exported = ImageIO.read(out.toFile());
        BufferedImage unselected = new MapRenderer().render(request);
        BufferedImage selected = new MapRenderer().render(request.withSelectedAnnotation("a1"));
        assertThat(Pixels.difference(unselected, selected)).as("the window shows handles").isNotNull();
        assertThat(Pixels.difference(unselected, exported)).as("the file does not").isNull();
    }

    @Test
    void svgKeepsAnnotationTextAsTextAndHasNoImages() {
        String svg = new SvgExporter(new MapRenderer()).render(TestMaps.request(ANNOTATED).withSelectedAnnotation("a1"));
        assertThat(svg).contains(">Huawei work in the north<").contains(">Border sites went to Nokia<").doesNotContain("<image");
        String unselected = new SvgExporter(new MapRenderer()).render(TestMaps.request(ANNOTATED));
        assertThat(svg).isEqualTo(unselected);
    }

    @Test
    void pdfKeepsAnnotationsAndLeavesOutHandles() throws Exception {
        PdfExporter pdf = new PdfExporter(new MapRenderer(), java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
        byte[] selected = pdf.render(TestMaps.request(ANNOTATED).withSelectedAnnotation("a1"));
        byte[] unselected = pdf.render(TestMaps.request(ANNOTATED));
        byte[] plain = pdf.render(TestMaps.request(TestMaps.defaultDocument()));
        assertThat(selected).isEqualTo(unselected);
        assertThat(unselected).isNotEqualTo(plain);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(unselected)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Huawei work in the north",
                    "Border sites went to Nokia");
        }
    }
}
