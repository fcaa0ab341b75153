package org.redmap.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a page is made of besides the map. The movable ones have an automatic place until the
 * analyst moves them; the others are bands of the page's frame, reported where they are drawn.
 */
public enum PageElement {
    /** The legend panel, with the scale bar at its foot until the scale bar is placed. */
    LEGEND("legend", "Legend", true),
    NORTH_ARROW("north_arrow", "North arrow", true),
    /** Mexico within North America, the map's extent outlined on it; off until added. */
    INSET("inset", "Locator map", true),
    /** The title and subtitle: a band across the top, or a panel over the map where the analyst puts it. */
    TITLE("title", "Title block", true),
    /** At the legend's foot, or a panel of its own where the analyst puts it. */
    SCALE_BAR("scale_bar", "Scale bar", true),
    /** A band above the credits, or a panel over the map where the analyst puts it. */
    SOURCES("sources", "Sources footer", true),
    /** Data attribution, projection and short id: a band at the foot, or a panel where the analyst puts it. */
    CREDITS("credits", "Attribution", true),
    /** Who prepared the page and when: in the credits until the analyst puts it elsewhere. */
    PREPARED("prepared", "Prepared by and date", true),
    /**
     * The marking banner, top and bottom. Fixed: a classification or TLP banner belongs at the
     * page's top and bottom edges, where a reader looks for it, whatever the layout.
     */
    MARKING("marking", "Marking", false);

    private final String id;
    private final String title;
    private final boolean movable;

    PageElement(String id, String title, boolean movable) {
        this.id = id;
        this.title = title;
        this.movable = movable;
    }

    /** Whether the analyst places it; a project may give a box only to these. */
    public boolean movable() {
        return movable;
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

    /** The ids of the movable elements, as an error message lists them. */
    public static String movableIds() {
        return Arrays.stream(values()).filter(PageElement::movable).map(PageElement::id)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
