package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * A control character that got past every reader and dialog still never reaches a file: an SVG
 * with one is not XML at all, and a PDF would show it as a box.
 */
class ControlCharacterExportTest {

    private static final String TITLE = "Red\u0001 Compartida\u0007 \u0085north\uFFFF";

    private static RenderRequest request() {
        return TestMaps.request(TestMaps.defaultDocument().withTitle(TITLE));
    }

    @Test
    void theSvgIsWellFormedXmlAndKeepsTheRestOfTheTitle() throws Exception {
        String svg = new SvgExporter(new MapRenderer()).render(request());
        assertThat(svg).doesNotContain("\u0001", "\u0007", "\u0085", "\uFFFF");
        org.w3c.dom.Document dom = SvgExporterTest.parse(svg);
        assertThat(SvgExporterTest.texts(dom)).contains("Red Compartida north");
        assertThat(dom.getElementsByTagNameNS(SvgExporterTest.SVG, "title").item(0).getTextContent())
                .isEqualTo("Red Compartida north");
    }

    @Test
    void thePdfTextAndItsInfoHoldNoControlCharacter() throws Exception {
        byte[] pdf = new PdfExporter(new MapRenderer(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .render(request());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Red Compartida north").doesNotContain("\u0001", "\u0007");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Red Compartida north");
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("\u0001 Compartida");
    }
}
