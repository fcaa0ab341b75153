package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.project.MapLoader;
import org.redmap.render.MapRenderer;

class PdfExporterTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        pdf = new PdfExporter(new MapRenderer(), FIXED).render(TestMaps.defaultRequest());
    }

    @Test
    void onePageOfTheMapsSizeInPoints() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            // 1920 × 1080 logical px at 96 per inch: 1440 × 810 pt.
            assertThat(page.getMediaBox().getWidth()).isEqualTo(1440f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(810f);
        }
    }

    @Test
    void titleAndLegendAreExtractableText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(MapLoader.DEFAULT_TITLE, "Nokia", "Huawei", "Inferred from regional reporting",
                    "Tamaulipas");
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheyAreTheBundledOnes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            collect(doc.getPage(0).getResources(), fonts, new ArrayList<>());
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            // Subsets (a six-letter tag) of the four DejaVu faces the map uses.
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"))
                    .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"))
                    .anyMatch(name -> name.endsWith("+DejaVuSansCondensed-Bold"));
        }
    }

    @Test
    void noImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            collect(doc.getPage(0).getResources(), new ArrayList<>(), images);
            assertThat(images).isEmpty();
        }
    }

    @Test
    void documentInfoNamesTheMapAndTheDate() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(MapLoader.DEFAULT_TITLE);
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("redmap");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(FIXED.instant());
        }
    }

    @Test
    void theCreationDateIsUtcWhateverTheClocksZone() throws IOException {
        Clock mexico = Clock.fixed(FIXED.instant(), java.time.ZoneId.of("America/Mexico_City"));
        byte[] local = new PdfExporter(new MapRenderer(), mexico).render(TestMaps.defaultRequest());
        try (PDDocument doc = Loader.loadPDF(local)) {
            String raw = doc.getDocumentInformation().getCOSObject()
                    .getString(COSName.CREATION_DATE);
            assertThat(raw).isEqualTo("D:20250601120000Z");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(FIXED.instant());
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(doc.getDocumentCatalog().getMetadata()).as("no XMP").isNull();
        }
        assertThat(local).as("the zone changes nothing").isEqualTo(pdf);
    }

    @Test
    void fixedClockSameBytes() throws IOException {
        assertThat(new PdfExporter(new MapRenderer(), FIXED).render(TestMaps.defaultRequest())).isEqualTo(pdf);
    }

    @Test
    void customTitle() throws IOException {
        String title = "Briefing: three northern cities (draft)";
        byte[] custom = new PdfExporter(new MapRenderer(), FIXED)
                .render(TestMaps.request(TestMaps.defaultDocument().withTitle(title)));
        try (PDDocument doc = Loader.loadPDF(custom)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(title);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
        }
    }

    /** Fonts and images in these resources and in the forms they hold, however deep. */
    static void collect(PDResources resources, List<PDFont> fonts, List<PDImageXObject> images) throws IOException {
        if (resources == null) return;
        for (COSName name : resources.getFontNames()) fonts.add(resources.getFont(name));
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) images.add(image);
            if (x instanceof PDFormXObject form) collect(form.getResources(), fonts, images);
        }
    }
}
