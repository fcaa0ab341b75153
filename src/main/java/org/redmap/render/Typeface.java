package org.redmap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every map is set in. They ship with the app (DejaVu, Bitstream Vera licence), so a map
 * looks the same on every machine and an export made elsewhere has the same pixels.
 */
public final class Typeface {

    public static final Font REGULAR = load("DejaVuSans.ttf");
    public static final Font BOLD = load("DejaVuSans-Bold.ttf");
    public static final Font CONDENSED = load("DejaVuSansCondensed.ttf");
    public static final Font CONDENSED_BOLD = load("DejaVuSansCondensed-Bold.ttf");

    private Typeface() {
    }

    private static Font load(String file) {
        try (InputStream in = Typeface.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) throw new IllegalStateException("font " + file + " is missing from the application");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is damaged", e);
        }
    }
}
