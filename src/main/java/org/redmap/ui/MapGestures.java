package org.redmap.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.redmap.model.NotablePlace;
import org.redmap.model.TaggedRegion;

/**
 * Mouse and touchpad input on the map: drag to pan, wheel or pinch to zoom around the pointer,
 * hover to highlight, click to select. Translates events into {@link MapState} actions and marks
 * gestures so the pipeline re-renders only once they settle.
 */
final class MapGestures {

    /** A wheel notch (40 units on most systems) zooms by about a quarter. */
    private static final double WHEEL_UNITS_PER_DOUBLING = 120;
    /** A wheel zoom counts as finished this long after its last notch. */
    private static final Duration WHEEL_SETTLE = Duration.millis(160);
    /** How close to a site marker a click must land, in pixels. */
    private static final double SITE_HIT_RADIUS = 9;

    private final MapState state;
    private final MapView view;
    private final BooleanProperty gestureActive;
    private final ObjectProperty<Point2D> pointer = new SimpleObjectProperty<>(this, "pointer");
    private final PauseTransition wheelSettle = new PauseTransition(WHEEL_SETTLE);
    private double lastX;
    private double lastY;
    private boolean dragging;

    MapGestures(MapState state, MapView view, BooleanProperty gestureActive) {
        this.state = state;
        this.view = view;
        this.gestureActive = gestureActive;
        wheelSettle.setOnFinished(e -> gestureActive.set(false));

        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moved(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> exited());
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM_STARTED, e -> gestureActive.set(true));
        view.addEventHandler(ZoomEvent.ZOOM, e -> state.zoomAround(e.getX(), e.getY(), e.getZoomFactor()));
        view.addEventHandler(ZoomEvent.ZOOM_FINISHED, e -> gestureActive.set(false));
        // A changed map (an override, another file) changes what the pointer is on; a new analysis its numbers.
        state.mapProperty().addListener((o, a, b) -> refreshPointer());
        state.analysisProperty().addListener((o, a, b) -> refreshPointer());
        state.layersProperty().addListener((o, a, b) -> refreshPointer());
        state.polygonsProperty().addListener((o, a, b) -> refreshPointer());
        state.viewportProperty().addListener((o, a, b) -> {
            if (!dragging) refreshPointer();
        });
    }

    /** Where the pointer is on the map, in view pixels; null when it is elsewhere. */
    ObjectProperty<Point2D> pointerProperty() {
        return pointer;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        lastX = e.getX();
        lastY = e.getY();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) return;
        if (!dragging) {
            dragging = true;
            gestureActive.set(true);
            view.hideChip();
        }
        state.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        pointer.set(new Point2D(e.getX(), e.getY()));
    }

    private void released(MouseEvent e) {
        if (!dragging) return;
        dragging = false;
        gestureActive.set(false);
        moved(e.getX(), e.getY());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        state.pickCell(e.getX(), e.getY());
        NotablePlace site = state.siteAt(e.getX(), e.getY(), SITE_HIT_RADIUS).orElse(null);
        if (site != null) {
            state.select(Selection.site(site.id()));
            return;
        }
        // Clicking the sea or a neighbouring country clears the selection, as Escape does.
        state.regionAt(e.getX(), e.getY()).ifPresentOrElse(
                r -> state.select(Selection.region(r.id())), state::clearSelection);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        gestureActive.set(true);
        state.zoomAround(e.getX(), e.getY(), Math.pow(2, e.getDeltaY() / WHEEL_UNITS_PER_DOUBLING));
        wheelSettle.playFromStart();
        e.consume();
    }

    private void moved(double x, double y) {
        pointer.set(new Point2D(x, y));
        refreshPointer();
    }

    private void exited() {
        pointer.set(null);
        state.hover(null);
        view.hideChip();
    }

    /** Re-reads what is under the pointer; hover changes only when the region does. */
    private void refreshPointer() {
        Point2D p = pointer.get();
        if (p == null) return;
        NotablePlace site = state.siteAt(p.getX(), p.getY(), SITE_HIT_RADIUS).orElse(null);
        TaggedRegion region = state.regionAt(p.getX(), p.getY()).orElse(null);
        String id = region == null ? null : region.id();
        if (!Objects.equals(id, state.hoveredId())) state.hover(id);
        view.setCursor(site != null ? Cursor.HAND : Cursor.DEFAULT);
        if (dragging) return;
        String text = site != null ? PointerText.site(site) : region != null ? PointerText.region(region)
                + (state.analysis() == null ? "" : "\n" + AnalysisText.hover(region.id(), state.analysis())) : null;
        // An imported cell under the pointer adds its value and file, over land or sea alike.
        String cell = state.cellAt(p.getX(), p.getY()).map(c -> PointerText.cell(c, state.polygons().data())).orElse(null);
        if (cell != null) text = text == null ? cell : text + "\n" + cell;
        if (text == null) view.hideChip();
        else view.showChip(text, p.getX(), p.getY());
    }
}
