package org.redmap.project;

/** Which redmap this is: printed by {@code --version} and recorded in every sidecar. */
public final class Release {

    public static final String VERSION = "0.1.0";

    private Release() {
    }
}
