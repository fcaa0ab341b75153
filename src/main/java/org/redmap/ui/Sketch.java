package org.redmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redmap.model.annotation.LonLat;

/**
 * A drawing in progress with one tool: the positions collected from presses, drags and clicks in
 * view pixels, kept as longitude/latitude so the drawing stays put if the view zooms meanwhile.
 * No widgets: the controller feeds it pointer events and draws {@link #preview()}; plain tests
 * drive it with a linear screen-to-map function.
 */
final class Sketch {

    /** A drag shorter than this (view pixels) is a click, not a shape. */
    static final double MIN_DRAG = 4;
    /** Polygon clicks closer than this to the previous corner add nothing (the two clicks of a double-click). */
    static final double MIN_VERTEX_GAP = 3;
    /** Where a clicked (not dragged) callout puts its box, from the feature: up and to the right. */
    static final double CALLOUT_DX = 90;
    static final double CALLOUT_DY = -60;

    /** Where the view's pixels are on the map; empty where they are off the earth. */
    @FunctionalInterface
    interface ScreenToMap {
        Optional<LonLat> at(double x, double y);
    }

    /**
     * A finished drawing: the positions in the tool's order (a callout: box anchor, then target),
     * and the view point to put a text editor at.
     */
    record Drawn(AnnotationTool tool, List<LonLat> points, double x, double y) {
        Drawn {
            points = List.copyOf(points);
        }
    }

    private final AnnotationTool tool;
    private final ScreenToMap toMap;
    private final List<LonLat> vertices = new ArrayList<>();
    private double lastVertexX;
    private double lastVertexY;
    private LonLat pressed;
    private double pressX;
    private double pressY;
    private LonLat pointer;
    private String problem;

    Sketch(AnnotationTool tool, ScreenToMap toMap) {
        if (tool.gesture() == AnnotationTool.Gesture.NONE) throw new IllegalArgumentException(tool + " draws nothing");
        this.tool = tool;
        this.toMap = Objects.requireNonNull(toMap, "toMap");
    }

    AnnotationTool tool() {
        return tool;
    }

    /** True between the first position and the finished drawing: Escape then cancels the drawing, not the tool. */
    boolean inProgress() {
        return pressed != null || !vertices.isEmpty();
    }

    /** Why the last event drew nothing, for the status line; null when nothing went wrong. */
    String problem() {
        return problem;
    }

    void press(double x, double y) {
        problem = null;
        if (tool.gesture() != AnnotationTool.Gesture.DRAG) return;
        pressed = toMap.at(x, y).orElse(null);
        if (pressed == null) problem = "That point is off the map";
        pressX = x;
        pressY = y;
        pointer = pressed;
    }

    /** The pointer moved, with or without a button: the rubber band follows. */
    void move(double x, double y) {
        toMap.at(x, y).ifPresent(p -> pointer = p);
    }

    Optional<Drawn> release(double x, double y) {
        if (tool.gesture() != AnnotationTool.Gesture.DRAG || pressed == null) return Optional.empty();
        LonLat start = pressed;
        pressed = null;
        boolean dragged = Math.hypot(x - pressX, y - pressY) >= MIN_DRAG;
        if (tool == AnnotationTool.CALLOUT) {
            double bx = dragged ? x : pressX + CALLOUT_DX;
            double by = dragged ? y : pressY + CALLOUT_DY;
            Optional<LonLat> anchor = toMap.at(bx, by);
            if (anchor.isEmpty()) {
                problem = "The text box would be off the map";
                return Optional.empty();
            }
            return Optional.of(new Drawn(tool, List.of(anchor.get(), start), bx, by));
        }
        if (!dragged) {
            problem = "Drag to draw " + tool.kind().withArticle();
            return Optional.empty();
        }
        Optional<LonLat> end = toMap.at(x, y);
        if (end.isEmpty()) {
            problem = "That point is off the map";
            return Optional.empty();
        }
        return Optional.of(new Drawn(tool, List.of(start, end.get()), x, y));
    }

    /** A click (no drag in between); {@code count} 2 is the second click of a double-click, which finishes a polygon. */
    Optional<Drawn> click(double x, double y, int count) {
        problem = null;
        if (tool.gesture() == AnnotationTool.Gesture.POINT) {
            // Any click counts: a quick second click after another tool's is still a first click here.
            Optional<LonLat> at = toMap.at(x, y);
            if (at.isEmpty()) {
                problem = "That point is off the map";
                return Optional.empty();
            }
            return Optional.of(new Drawn(tool, List.of(at.get()), x, y));
        }
        if (tool.gesture() != AnnotationTool.Gesture.VERTICES) return Optional.empty();
        if (count >= 2) return finish();
        if (!vertices.isEmpty() && Math.hypot(x - lastVertexX, y - lastVertexY) < MIN_VERTEX_GAP) return Optional.empty();
        Optional<LonLat> at = toMap.at(x, y);
        if (at.isEmpty()) {
            problem = "That point is off the map";
            return Optional.empty();
        }
        vertices.add(at.get());
        lastVertexX = x;
        lastVertexY = y;
        pointer = at.get();
        return Optional.empty();
    }

    /** Enter, or a double-click: a polygon with three corners or more is done. */
    Optional<Drawn> finish() {
        if (tool.gesture() != AnnotationTool.Gesture.VERTICES) return Optional.empty();
        if (vertices.size() < 3) {
            problem = "A polygon needs at least three corners (" + vertices.size() + " so far)";
            return Optional.empty();
        }
        Drawn drawn = new Drawn(tool, vertices, lastVertexX, lastVertexY);
        cancel();
        return Optional.of(drawn);
    }

    /** Backspace while drawing a polygon; false when there was no corner to take back. */
    boolean removeLastVertex() {
        if (vertices.isEmpty()) return false;
        vertices.remove(vertices.size() - 1);
        return true;
    }

    void cancel() {
        vertices.clear();
        pressed = null;
        problem = null;
    }

    /**
     * What to show of the drawing so far, in order: for a drag, where it started and where the
     * pointer is; for a polygon, its corners and then the pointer. Empty when nothing is drawn.
     */
    List<LonLat> preview() {
        List<LonLat> out = new ArrayList<>();
        if (pressed != null) {
            out.add(pressed);
            if (pointer != null) out.add(pointer);
        } else if (!vertices.isEmpty()) {
            out.addAll(vertices);
            if (pointer != null && !pointer.equals(vertices.get(vertices.size() - 1))) out.add(pointer);
        }
        return out;
    }

    /** The corners placed so far (a polygon's). */
    int vertexCount() {
        return vertices.size();
    }
}
