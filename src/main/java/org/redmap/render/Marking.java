package org.redmap.render;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A classification or handling marking, printed as a banner at the top and bottom of a briefing
 * image in its conventional colours (US classification banners, CUI, FIRST's Traffic Light Protocol
 * 2.0). Free text gets a neutral grey banner.
 */
public record Marking(String text, Color background, Color foreground) {

    public Marking {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(foreground, "foreground");
        text = text.strip();
        if (text.isEmpty()) throw new IllegalArgumentException("a marking needs text");
        if (text.length() > 200) throw new IllegalArgumentException("a marking is at most 200 characters");
    }

    private static final Color BLACK = Color.BLACK;
    private static final Color WHITE = Color.WHITE;

    /** The common markings, in the order a chooser lists them. */
    public static List<Marking> common() {
        return List.of(
                new Marking("UNCLASSIFIED", new Color(0x007A33), WHITE),
                new Marking("UNCLASSIFIED//FOR OFFICIAL USE ONLY", new Color(0x007A33), WHITE),
                new Marking("CUI", new Color(0x502B85), WHITE),
                new Marking("CONFIDENTIAL", new Color(0x0033A0), WHITE),
                new Marking("SECRET", new Color(0xC8102E), WHITE),
                new Marking("TOP SECRET", new Color(0xFF8C00), BLACK),
                new Marking("TLP:CLEAR", WHITE, BLACK),
                new Marking("TLP:GREEN", BLACK, new Color(0x33FF00)),
                new Marking("TLP:AMBER", BLACK, new Color(0xFFC000)),
                new Marking("TLP:AMBER+STRICT", BLACK, new Color(0xFFC000)),
                new Marking("TLP:RED", BLACK, new Color(0xFF2B2B)));
    }

    /** A common marking by its text (any case), or free text on a grey banner. */
    public static Marking of(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (Marking m : common()) {
            if (m.text().equals(wanted)) return m;
        }
        return new Marking(text, new Color(0x4D4D4D), WHITE);
    }
}
