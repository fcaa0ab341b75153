package org.redmap.ui;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * Line icons for the annotation tools and undo/redo, drawn as paths on a 20-pixel grid so they are
 * crisp at any scale and need no image files. Styled by CSS (class {@code tool-icon}).
 */
final class Icons {

    private Icons() {
    }

    static String path(AnnotationTool tool) {
        return switch (tool) {
            case SELECT -> "M5 2.5 L5 16 L8.6 12.7 L11.2 18 L13.3 17 L10.8 11.8 L15.6 11.6 Z";
            case TEXT -> "M4 4.5 L16 4.5 M10 4.5 L10 16.5 M7.5 16.5 L12.5 16.5";
            case CALLOUT -> "M3.5 3.5 L16.5 3.5 Q17 3.5 17 4 L17 11.5 Q17 12 16.5 12 L9 12 L5.5 16.5 L6 12 L3.5 12 "
                    + "Q3 12 3 11.5 L3 4 Q3 3.5 3.5 3.5 Z M6 7 L14 7 M6 9.3 L11.5 9.3";
            case ARROW -> "M3.5 16.5 L15.5 4.5 M9 4.2 L15.8 4.2 L15.8 11";
            case RECTANGLE -> "M3 5 L17 5 L17 15 L3 15 Z";
            case ELLIPSE -> "M2.5 10 A7.5 5.5 0 1 0 17.5 10 A7.5 5.5 0 1 0 2.5 10 Z";
            case POLYGON -> "M4 6 L11 3 L17 8.5 L14 16.5 L5 15 Z";
            case PIN -> "M10 18 L5.4 10.6 A5.3 5.3 0 1 1 14.6 10.6 Z M10 5.6 A1.9 1.9 0 1 0 10 9.4 A1.9 1.9 0 1 0 10 5.6 Z";
            case HIGHLIGHT -> "M5 6 L10 3.5 L15.5 6.5 L14.5 13.5 L8.5 15.5 L4.5 12 Z "
                    + "M2.2 5 L10 1.2 L18 5.6 L16.8 15.3 L8 18.2 L2 13.2 Z";
        };
    }

    static final String UNDO = "M7.5 4 L3.5 8 L7.5 12 M3.8 8 L12 8 A4.6 4.6 0 0 1 12 17.2 L8 17.2";
    static final String REDO = "M12.5 4 L16.5 8 L12.5 12 M16.2 8 L8 8 A4.6 4.6 0 0 0 8 17.2 L12 17.2";

    /** A 20×20 icon from path data. */
    static Node icon(String data, boolean filled) {
        SVGPath path = new SVGPath();
        path.setContent(data);
        path.getStyleClass().add(filled ? "tool-icon-filled" : "tool-icon");
        StackPane box = new StackPane(path);
        box.setMinSize(20, 20);
        box.setPrefSize(20, 20);
        box.setMaxSize(20, 20);
        return box;
    }

    static Node icon(AnnotationTool tool) {
        return icon(path(tool), tool == AnnotationTool.SELECT);
    }
}
