package org.redmap.model;

/** What makes a notable place notable. */
public enum SiteKind {
    /** A core network data centre. */
    CORE_SITE("core-site", "Core data centre"),
    /** A place whose vendor differs from its region's. */
    EXCEPTION("exception", "Vendor exception");

    private final String key;
    private final String label;

    SiteKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static SiteKind fromKey(String key) {
        for (SiteKind k : values()) {
            if (k.key.equals(key)) return k;
        }
        throw new IllegalArgumentException("unknown place kind '" + key + "' (expected core-site or exception)");
    }
}
