package org.redmap.render;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A classification or handling marking, printed as a banner at the top and bottom of a briefing
 * image in its conventional colours (US classification banners, CUI, FIRST's Traffic Light Protocol
 * 2.0), as data/marking-colours.json gives them. Free text gets a neutral grey banner, legible too.
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

    /** The common markings, in the order a chooser lists them. */
    public static List<Marking> common() {
        return Stream.of("UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CUI", "CONFIDENTIAL", "SECRET",
                "TOP SECRET", "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED").map(Marking::of).toList();
    }

    /**
     * A marking by its banner line, in its scheme's colours when its level or label is recognised
     * ("secret//noforn" prints as "SECRET//NOFORN" on SECRET's red), else as typed on a neutral banner.
     */
    public static Marking of(String text) {
        return MarkingColours.bundled().marking(text);
    }
}
