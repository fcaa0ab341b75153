package org.redmap.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * Keeps the map view showing the state: asks the one renderer for a frame whenever what is shown
 * changes, on a background thread where the newest request wins, and moves the last frame at once
 * while the view changes so the UI never waits for a render. During a gesture only the last frame
 * moves; the real frame is asked for when the gesture ends.
 */
final class FramePipeline implements AutoCloseable {

    private final MapState state;
    private final MapView view;
    private final Executor ui;
    private final LatestWins<RenderRequest, Frame> worker;
    private final ObjectProperty<Frame> shown = new SimpleObjectProperty<>(this, "shown");
    private final BooleanProperty gestureActive = new SimpleBooleanProperty(this, "gestureActive");
    private final DoubleProperty pixelScale = new SimpleDoubleProperty(this, "pixelScale", 1);
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private RenderRequest lastAsked;

    /** @param ui runs work on the UI thread: {@code Platform::runLater} in the app */
    FramePipeline(MapState state, MapView view, MapRenderer renderer, Executor ui) {
        this.state = state;
        this.view = view;
        this.ui = ui;
        this.worker = new LatestWins<>("redmap-render", request -> render(renderer, request),
                (request, frame) -> ui.execute(() -> show(frame)),
                e -> ui.execute(() -> error.set("Rendering failed: " + e.getMessage())));

        state.mapProperty().addListener((o, a, b) -> refresh());
        state.layersProperty().addListener((o, a, b) -> refresh());
        state.analysisProperty().addListener((o, a, b) -> refresh());
        state.polygonsProperty().addListener((o, a, b) -> refresh());
        state.hoveredIdProperty().addListener((o, a, b) -> refresh());
        state.selectionProperty().addListener((o, a, b) -> refresh());
        state.layoutProperty().addListener((o, a, b) -> refresh());
        state.viewportProperty().addListener((o, a, b) -> {
            preview();
            if (!gestureActive.get()) refresh();
        });
        gestureActive.addListener((o, was, active) -> {
            if (!active) refresh();
        });
        pixelScale.addListener((o, a, b) -> refresh());
    }

    /**
     * Loads the map fonts and wakes Java2D on the render thread while the data is still loading:
     * a few hundred milliseconds the first frame would otherwise wait for.
     */
    void warmUp() {
        worker.prime(() -> {
            MapRenderer.fitInsets(Layer.all());
            BufferedImage scratch = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.fill(new Ellipse2D.Double(2, 2, 28, 28));
                g.drawString("redmap", 4, 20);
            } finally {
                g.dispose();
            }
            SwingFXUtils.toFXImage(scratch, null);
        });
    }

    /** Set while a drag or wheel zoom is in progress: the view then moves the last frame only. */
    BooleanProperty gestureActiveProperty() {
        return gestureActive;
    }

    /** Device pixels per logical pixel: the window's output scale, for crisp HiDPI frames. */
    DoubleProperty pixelScaleProperty() {
        return pixelScale;
    }

    /** The frame on screen; changes each time a new one arrives. */
    ReadOnlyObjectProperty<Frame> shownProperty() {
        return shown;
    }

    ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** True when the frame on screen is exactly what the state asks for now. */
    boolean isCurrent() {
        Frame frame = shown.get();
        return frame != null && state.request(pixelScale.get()).map(frame.request()::equals).orElse(false);
    }

    /** Asks for a frame of the current state, unless that very frame was asked for already. */
    void refresh() {
        state.request(pixelScale.get()).ifPresent(request -> {
            if (request.equals(lastAsked)) return;
            lastAsked = request;
            worker.submit(request);
        });
    }

    private void preview() {
        Frame frame = shown.get();
        Viewport now = state.viewport();
        if (frame != null && now != null) view.place(FramePlacement.between(frame.request().viewport(), now));
    }

    private void show(Frame frame) {
        Viewport now = Objects.requireNonNullElse(state.viewport(), frame.request().viewport());
        error.set(null);
        view.show(frame.image(), FramePlacement.between(frame.request().viewport(), now));
        shown.set(frame);
    }

    // Runs on the render thread: the conversion to a JavaFX image happens here too, off the UI thread.
    private static Frame render(MapRenderer renderer, RenderRequest request) {
        long start = System.nanoTime();
        BufferedImage image = renderer.render(request);
        long nanos = System.nanoTime() - start;
        WritableImage fx = SwingFXUtils.toFXImage(image, null);
        return new Frame(request, fx, nanos);
    }

    @Override
    public void close() {
        worker.close();
    }
}
