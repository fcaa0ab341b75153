package org.redmap.analysis;

import java.util.Locale;

/** What a coverage figure is: the chart draws each kind differently and never joins them into one line. */
public enum TimelineKind {
    /** Coverage said to be reached at the entry's date. */
    REPORTED("reported"),
    /** Coverage promised or required by a due date. */
    TARGET("target"),
    /** A claim contradicted by another source; shown with its counter-claim. */
    DISPUTED("disputed");

    private final String key;

    TimelineKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static TimelineKind fromKey(String key) {
        for (TimelineKind k : values()) {
            if (k.key.equals(key.toLowerCase(Locale.ROOT))) return k;
        }
        throw new IllegalArgumentException("unknown kind '" + key + "' (expected reported, target or disputed)");
    }
}
