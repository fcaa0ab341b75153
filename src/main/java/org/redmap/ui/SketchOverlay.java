package org.redmap.ui;

import java.util.List;
import javafx.event.EventTarget;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import org.redmap.model.annotation.AnnotationKind;

/**
 * Over the map: the rubber band of a drawing in progress (a light sketch in the tool's colour,
 * replaced by the real drawing from the renderer once it is done), and the small text editor that
 * asks for a label's words where they will go. Transparent to the pointer everywhere else.
 */
final class SketchOverlay extends Pane {

    private final Group sketch = new Group();
    private Region editor;

    SketchOverlay() {
        setId("sketchOverlay");
        setPickOnBounds(false);
        setMinSize(0, 0);
        sketch.setMouseTransparent(true);
        sketch.setManaged(false);
        getChildren().add(sketch);
    }

    /** Draws the drawing so far: view points in the order {@link Sketch#preview()} gives them. */
    void draw(AnnotationTool tool, List<Point2D> points) {
        sketch.getChildren().clear();
        if (tool.kind() == null || points.isEmpty()) return;
        Color ink = Color.web(tool.kind().defaultStyle().colour());
        Point2D a = points.get(0);
        Point2D b = points.get(points.size() - 1);
        switch (tool) {
            case RECTANGLE -> {
                Rectangle r = new Rectangle(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                        Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
                sketch.getChildren().add(style(r, ink, true));
            }
            case ELLIPSE -> {
                Ellipse e = new Ellipse((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2,
                        Math.abs(a.getX() - b.getX()) / 2, Math.abs(a.getY() - b.getY()) / 2);
                Rectangle box = new Rectangle(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                        Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
                Shape faint = style(box, Color.web("#5a6f8c"), false);
                faint.setStrokeWidth(0.8);
                faint.setOpacity(0.6);
                sketch.getChildren().addAll(faint, style(e, ink, true));
            }
            case ARROW -> sketch.getChildren().addAll(style(new Line(a.getX(), a.getY(), b.getX(), b.getY()), ink, false),
                    head(a, b, ink));
            case CALLOUT -> {
                Line leader = new Line(a.getX(), a.getY(), b.getX(), b.getY());
                Circle dot = new Circle(a.getX(), a.getY(), 3.5, ink);
                Rectangle box = new Rectangle(b.getX() - 48, b.getY() - 14, 96, 28);
                box.setArcWidth(8);
                box.setArcHeight(8);
                sketch.getChildren().addAll(style(leader, ink, false), dot, style(box, ink, true));
            }
            case POLYGON -> {
                Polyline line = new Polyline();
                points.forEach(p -> line.getPoints().addAll(p.getX(), p.getY()));
                if (points.size() >= 3) {
                    Polygon area = new Polygon();
                    points.forEach(p -> area.getPoints().addAll(p.getX(), p.getY()));
                    area.setFill(ink.deriveColor(0, 1, 1, 0.12));
                    area.setStroke(null);
                    sketch.getChildren().add(area);
                }
                sketch.getChildren().add(style(line, ink, false));
                for (Point2D p : points) {
                    Circle corner = new Circle(p.getX(), p.getY(), 3.5, Color.WHITE);
                    corner.setStroke(ink);
                    corner.setStrokeWidth(1.5);
                    sketch.getChildren().add(corner);
                }
            }
            default -> {
                // Point tools show nothing until the text editor opens.
            }
        }
    }

    void clearSketch() {
        sketch.getChildren().clear();
    }

    /** Puts the text editor at a view point, kept inside the view, and gives it the keyboard. */
    void showEditor(Region node, double x, double y) {
        hideEditor();
        editor = node;
        // Clicks and wheel turns in the editor are the editor's: the map must not pan or zoom under it.
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED,
                MouseEvent.MOUSE_DRAGGED)) {
            node.addEventHandler(type, MouseEvent::consume);
        }
        node.addEventHandler(ScrollEvent.ANY, ScrollEvent::consume);
        node.setManaged(false);
        getChildren().add(node);
        node.applyCss();
        node.autosize();
        double w = node.getWidth();
        double h = node.getHeight();
        node.relocate(clamp(x, 4, getWidth() - w - 4), clamp(y, 4, getHeight() - h - 4));
    }

    void hideEditor() {
        if (editor != null) getChildren().remove(editor);
        editor = null;
    }

    boolean editing() {
        return editor != null;
    }

    /** True for an event aimed at the text editor, which the map's gestures must leave alone. */
    boolean owns(EventTarget target) {
        if (editor == null || !(target instanceof Node node)) return false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == editor) return true;
        }
        return false;
    }

    private static Shape style(Shape s, Color ink, boolean filled) {
        s.setStroke(ink);
        s.setStrokeWidth(2);
        s.setStrokeLineCap(StrokeLineCap.ROUND);
        s.getStrokeDashArray().setAll(7.0, 5.0);
        s.setFill(filled ? ink.deriveColor(0, 1, 1, 0.10) : null);
        return s;
    }

    private static Polygon head(Point2D from, Point2D to, Color ink) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        if (len < 1) return new Polygon();
        double ux = dx / len;
        double uy = dy / len;
        double size = Math.min(14, 0.6 * len);
        double bx = to.getX() - ux * size;
        double by = to.getY() - uy * size;
        Polygon head = new Polygon(to.getX(), to.getY(), bx - uy * size / 2, by + ux * size / 2,
                bx + uy * size / 2, by - ux * size / 2);
        head.setFill(ink);
        return head;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(Math.max(min, max), v));
    }

    /** The colour a new annotation of this kind gets, for the editor's accent. */
    static Color ink(AnnotationKind kind) {
        return Color.web(kind.defaultStyle().colour());
    }
}
