package org.redmap.model;

import java.util.Locale;

/** Why an assignment is believed: the difference matters to an analyst more than the vendor itself. */
public enum Basis {
    /** Public reporting names this vendor for this place. */
    REPORTED("reported"),
    /** Derived from reporting about a wider area; no source names this exact region. */
    INFERRED("inferred"),
    /** Set by the analyst in the application, overriding the rules. */
    ANALYST("analyst");

    private final String key;

    Basis(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Basis fromKey(String key) {
        for (Basis b : values()) {
            if (b.key.equals(key.toLowerCase(Locale.ROOT))) return b;
        }
        throw new IllegalArgumentException("unknown basis '" + key + "' (expected reported, inferred or analyst)");
    }
}
