package org.redmap.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.redmap.geo.Viewport;

/**
 * The bottom line: where the pointer is (latitude, longitude), the map scale, what the pointer is
 * on with its coverage and risk, progress of a long computation, the last message and how long
 * the last frame took to draw.
 */
final class StatusBar extends HBox {

    private static final Duration MESSAGE_TIME = Duration.seconds(8);

    private final MapState state;
    private final ReadOnlyObjectProperty<Point2D> pointer;
    private final Label cursor = label("statusCursor", "—");
    private final Label scale = label("statusScale", "");
    private final Label hover = label("statusHover", "");
    private final Label analysis = label("statusAnalysis", "");
    private final Label cell = label("statusCell", "");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label activity = label("statusActivity", "");
    private final HBox working = new HBox(6, progress, activity);
    private final Label message = label("statusMessage", "");
    private final Label render = label("statusRender", "");
    private final PauseTransition messageTimeout = new PauseTransition(MESSAGE_TIME);

    StatusBar(MapState state, ReadOnlyObjectProperty<Point2D> pointer, ReadOnlyObjectProperty<Frame> frames,
              ObservableStringValue renderError) {
        this.state = state;
        this.pointer = pointer;
        setId("status");
        getStyleClass().add("status-bar");
        setSpacing(10);
        cursor.setMinWidth(190);
        scale.setMinWidth(170);
        // What the pointer is on, its numbers and messages give way (with an ellipsis) in a narrow
        // window: a bar wider than the window would push the side panel off screen.
        hover.setMinWidth(60);
        hover.setPrefWidth(Region.USE_COMPUTED_SIZE);
        analysis.setMinWidth(0);
        cell.setMinWidth(0);
        message.setMinWidth(0);
        activity.setMinWidth(0);
        message.getStyleClass().add("status-message");
        // A long message is cut short with an ellipsis; it must not widen the window's layout and move the map.
        message.setMinWidth(40);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setId("statusProgress");
        progress.setPrefSize(14, 14);
        progress.setMaxSize(14, 14);
        working.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        working.setVisible(false);
        working.setManaged(false);
        analysis.getStyleClass().add("status-analysis");
        getChildren().addAll(cursor, bar(), scale, bar(), hover, analysis, cell, spacer, working, message, bar(), render);

        pointer.addListener((o, a, b) -> {
            updateCursor();
            updateCell();
        });
        state.polygonsProperty().addListener((o, a, b) -> updateCell());
        state.layersProperty().addListener((o, a, b) -> updateCell());
        state.viewportProperty().addListener((o, a, v) -> {
            updateScale(v);
            updateCursor();
        });
        state.hoveredIdProperty().addListener((o, a, b) -> updateHover());
        state.mapProperty().addListener((o, a, b) -> updateHover());
        state.analysisProperty().addListener((o, a, b) -> updateHover());
        frames.addListener((o, a, f) -> {
            if (f != null) render.setText("Drawn in " + f.renderMillis() + " ms");
        });
        renderError.addListener((o, a, e) -> {
            if (e != null) show(e);
        });
        messageTimeout.setOnFinished(e -> message.setText(""));
    }

    /** A short message that fades after a few seconds. */
    void show(String text) {
        message.setText(text);
        messageTimeout.playFromStart();
    }

    private void updateCursor() {
        Point2D p = pointer.get();
        cursor.setText(p == null ? "—" : state.lonLatAt(p.getX(), p.getY())
                .map(c -> GeoFormat.latLon(c.x, c.y)).orElse("—"));
    }

    /** The imported cell under the pointer: its value and the file it comes from. */
    private void updateCell() {
        Point2D p = pointer.get();
        cell.setText(p == null ? "" : state.cellAt(p.getX(), p.getY())
                .map(c -> PointerText.cell(c, state.polygons().data())).orElse(""));
    }

    private void updateScale(Viewport v) {
        scale.setText(v == null ? "" : GeoFormat.scale(v.metresPerPixel()) + "  ·  " + GeoFormat.resolution(v.metresPerPixel()));
    }

    /** Shows a spinner and what is being computed while {@code shown} is true. */
    void bindProgress(ObservableBooleanValue shown, ObservableStringValue what) {
        working.visibleProperty().bind(shown);
        working.managedProperty().bind(shown);
        activity.textProperty().bind(what);
    }

    private void updateHover() {
        String id = state.hoveredId();
        hover.setText(state.region(id).map(PointerText::region).orElse(""));
        analysis.setText(state.region(id).isPresent() ? AnalysisText.hover(id, state.analysis()) : "");
    }

    private static Label label(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Separator bar() {
        return new Separator(Orientation.VERTICAL);
    }
}
