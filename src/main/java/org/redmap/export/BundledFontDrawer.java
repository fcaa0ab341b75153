package org.redmap.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.redmap.render.Typeface;

/**
 * Sets the map's text in a PDF as real text in the bundled DejaVu fonts, embedded as subsets (only
 * the glyphs used). A font is loaded into the document the first time it is used, so a PDF holds
 * only the faces it shows. Text in any other font is drawn by the bridge as outlines: every font in
 * the file is embedded and text never depends on the reader's fonts.
 *
 * <p>One instance per document.
 */
final class BundledFontDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private static final String FONTS = "org/redmap/render/fonts/";

    /** Face name (what {@link Font#getFontName()} says) to font file, for the faces the renderer uses. */
    private static final Map<String, String> FILES = Map.of(
            Typeface.REGULAR.getFontName(), "DejaVuSans.ttf",
            Typeface.BOLD.getFontName(), "DejaVuSans-Bold.ttf",
            Typeface.CONDENSED.getFontName(), "DejaVuSansCondensed.ttf",
            Typeface.CONDENSED_BOLD.getFontName(), "DejaVuSansCondensed-Bold.ttf");

    /** The font files, read from the jar once per run (about 2 MB in all, only those used). */
    private static final Map<String, byte[]> BYTES = new HashMap<>();

    private final Map<String, PDFont> loaded = new HashMap<>();

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        String face = font.getFontName();
        PDFont pdf = loaded.get(face);
        if (pdf != null) return pdf;
        String file = FILES.get(face);
        if (file == null) return null;
        pdf = PDType0Font.load(env.getDocument(), new RandomAccessReadBuffer(bytes(file)), true, false);
        loaded.put(face, pdf);
        return pdf;
    }

    private static byte[] bytes(String file) {
        synchronized (BYTES) {
            return BYTES.computeIfAbsent(file, f -> {
                try (InputStream in = BundledFontDrawer.class.getClassLoader().getResourceAsStream(FONTS + f)) {
                    if (in == null) throw new IllegalStateException("font " + f + " is missing from the application");
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font " + f, e);
                }
            });
        }
    }
}
