package org.redmap.render;

import java.util.Objects;
import java.util.Optional;

/**
 * The layout a briefing image adds around the map: a marking banner at top and bottom, an
 * optional subtitle, a sources footer built from what the map shows, the date, the author and a
 * short id that ties the image to its reproducibility sidecar. {@link #NONE} adds nothing.
 *
 * @param subtitle null or blank for the automatic one
 * @param author   null or blank for none
 * @param date     printed as given (ISO date), null or blank for none
 * @param shortId  null or blank for none
 */
public record Briefing(Optional<Marking> marking, String subtitle, String author, String date, boolean sourcesFooter,
                       String shortId) {

    public static final Briefing NONE = new Briefing(Optional.empty(), null, null, null, false, null);

    public Briefing {
        Objects.requireNonNull(marking, "marking");
        subtitle = blankToNull(subtitle);
        author = blankToNull(author);
        date = blankToNull(date);
        shortId = blankToNull(shortId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Briefing withMarking(Marking m) {
        return new Briefing(Optional.ofNullable(m), subtitle, author, date, sourcesFooter, shortId);
    }

    public Briefing withShortId(String id) {
        return new Briefing(marking, subtitle, author, date, sourcesFooter, id);
    }
}
