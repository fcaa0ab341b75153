package org.redmap.project;

import java.util.Arrays;
import java.util.Optional;

/** The page's furniture an analyst can move: each has an automatic place until it is moved. */
public enum PageElement {
    /** The legend panel, with the scale bar at its foot. */
    LEGEND("legend", "Legend"),
    NORTH_ARROW("north_arrow", "North arrow"),
    /** Mexico within North America, the map's extent outlined on it; off until added. */
    INSET("inset", "Locator map");

    private final String id;
    private final String title;

    PageElement(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** As a project file writes it. */
    public String id() {
        return id;
    }

    /** As menus and undo steps name it. */
    public String title() {
        return title;
    }

    public static Optional<PageElement> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
