package org.redmap.export;

import org.redmap.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.redmap.model.TextRules;
import org.redmap.render.MapRenderer;
import org.redmap.render.Output;
import org.redmap.render.RenderRequest;

/**
 * Writes the map as a one-page PDF: shapes as paths, text as real text in the bundled DejaVu fonts
 * (embedded subsets), no images. Written atomically.
 *
 * <p>Units: one logical pixel is 1/96 inch, 0.75 pt, so a 1920×1080 map is a 1440×810 pt page
 * (20×11.25 in), the physical size the PNG of the same request records through its DPI. The pixel
 * scale is a raster matter and does not change the page.
 *
 * <p>The document info names the map (title), "redmap" (creator and producer) and the creation
 * date from the exporter's clock, in UTC whatever the computer's time zone; with a fixed clock the
 * bytes are the same on every run. Nothing else: no author, no paths, no XMP.
 */
public final class PdfExporter {

    /** PDF points per logical pixel: 72 pt per inch over 96 logical px per inch. */
    public static final float POINTS_PER_PIXEL = 72f / (float) PngExporter.LOGICAL_DPI;

    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

    private final MapRenderer renderer;
    private final Clock clock;

    public PdfExporter(MapRenderer renderer) {
        this(renderer, Clock.systemUTC());
    }

    /** With the clock the creation date is read from; pass a fixed clock for reproducible files. */
    public PdfExporter(MapRenderer renderer, Clock clock) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void export(RenderRequest request, Path out) throws IOException {
        byte[] pdf = render(request);
        AtomicFiles.write(out, stream -> stream.write(pdf));
    }

    /** The whole PDF file, for callers that write or copy it themselves. */
    public byte[] render(RenderRequest request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        write(request, bytes);
        return bytes.toByteArray();
    }

    /** A PDF date in UTC: {@code D:20260501120000Z}. */
    static String utc(Instant instant) {
        return "D:" + PDF_DATE.format(instant.atOffset(ZoneOffset.UTC)) + "Z";
    }

    public void write(RenderRequest request, OutputStream out) throws IOException {
        request = request.forExport();
        float width = (float) request.viewport().width();
        float height = (float) request.viewport().height();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width * POINTS_PER_PIXEL, height * POINTS_PER_PIXEL));
            doc.addPage(page);

            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            g.setFontTextDrawer(new BundledFontDrawer());
            try {
                renderer.draw(g, request, Output.VECTOR);
            } finally {
                g.dispose();
            }
            PDFormXObject map = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.transform(Matrix.getScaleInstance(POINTS_PER_PIXEL, POINTS_PER_PIXEL));
                content.drawForm(map);
            }

            ZonedDateTime now = ZonedDateTime.now(clock);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TextRules.withoutControls(request.map().document().title(), false));
            info.setCreator("redmap");
            info.setProducer("redmap (Apache PDFBox)");
            // Set as text: PDFBox writes a calendar with its zone's offset ("+00'00'"), and a local zone
            // would tell every reader where the file was made. UTC, written "Z", tells nothing.
            info.getCOSObject().setString(COSName.CREATION_DATE, utc(now.toInstant()));
            // The file identifier derives from this, not from the wall clock, so a fixed clock gives fixed bytes.
            doc.setDocumentId(now.toInstant().toEpochMilli());
            doc.save(out);
        }
    }
}
