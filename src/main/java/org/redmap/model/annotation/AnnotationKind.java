package org.redmap.model.annotation;

/**
 * The kinds of annotation, with the noun menus use ("Move arrow") and the style a new one gets.
 * Defaults are chosen to read over both vendor fills (blue and orange) and the sea.
 */
public enum AnnotationKind {
    TEXT_LABEL("text label", new AnnotationStyle("#1A1A1A", 1, 14, 0)),
    CALLOUT("callout", new AnnotationStyle("#37474F", 1.4, 11, 0.95)),
    ARROW("arrow", new AnnotationStyle("#C62828", 3, 12, 1)),
    RECTANGLE("rectangle", new AnnotationStyle("#C62828", 2.5, 12, 0.12)),
    ELLIPSE("ellipse", new AnnotationStyle("#C62828", 2.5, 12, 0.12)),
    POLYGON("polygon", new AnnotationStyle("#6A1B9A", 2.5, 12, 0.15)),
    PIN("pin", new AnnotationStyle("#C62828", 1, 12, 1)),
    REGION_HIGHLIGHT("region highlight", new AnnotationStyle("#D81B60", 2, 12, 0.5));

    private final String noun;
    private final AnnotationStyle defaultStyle;

    AnnotationKind(String noun, AnnotationStyle defaultStyle) {
        this.noun = noun;
        this.defaultStyle = defaultStyle;
    }

    /** Lower-case noun for menu text and messages: "region highlight". */
    public String noun() {
        return noun;
    }

    /** The noun with its indefinite article, for messages: "an arrow", "a pin". */
    public String withArticle() {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    public AnnotationStyle defaultStyle() {
        return defaultStyle;
    }
}
