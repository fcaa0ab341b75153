package org.redmap.model;


import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The layers a map is drawn in, bottom to top; each can be switched on and off. */
public enum Layer {
    CONTEXT("context", "Neighbouring countries"),
    VENDOR("vendor", "Vendor by region"),
    BORDER("border", "US–Mexico border"),
    CITIES("cities", "Cities"),
    SITES("sites", "Core sites and exceptions"),
    LABELS("labels", "Labels"),
    ANNOTATIONS("annotations", "Annotations"),
    TITLE("title", "Title"),
    LEGEND("legend", "Legend"),
    SCALE_BAR("scalebar", "Scale bar"),
    NORTH_ARROW("north", "North arrow"),
    ATTRIBUTION("attribution", "Attribution");

    private final String id;
    private final String label;

    Layer(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on the command line ({@code --layers vendor,border}). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Set<Layer> all() {
        return Collections.unmodifiableSet(EnumSet.allOf(Layer.class));
    }

    /** Parses a comma-separated list of layer ids; an unknown id is an error that lists the known ones. */
    public static Set<Layer> parse(String commaSeparated) {
        EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
        for (String part : commaSeparated.split(",")) {
            String id = part.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) continue;
            layers.add(byId(id));
        }
        if (layers.isEmpty()) throw new IllegalArgumentException("no layers given; known layers: " + knownIds());
        return Collections.unmodifiableSet(layers);
    }

    public static Layer byId(String id) {
        for (Layer layer : values()) {
            if (layer.id.equals(id)) return layer;
        }
        throw new IllegalArgumentException("unknown layer '" + id + "'; known layers: " + knownIds());
    }

    public static String knownIds() {
        List<String> ids = new ArrayList<>();
        for (Layer layer : values()) ids.add(layer.id);
        return String.join(", ", ids);
    }
}
