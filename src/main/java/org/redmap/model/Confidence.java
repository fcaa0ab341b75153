package org.redmap.model;

import java.util.Locale;

/** How far an analyst should lean on an assignment. */
public enum Confidence {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String key;

    Confidence(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Confidence fromKey(String key) {
        for (Confidence c : values()) {
            if (c.key.equals(key.toLowerCase(Locale.ROOT))) return c;
        }
        throw new IllegalArgumentException("unknown confidence '" + key + "' (expected high, medium or low)");
    }
}
