package org.redmap.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The map area: the last rendered frame, placed where the current view wants it, a "Loading…"
 * overlay and a small label that follows the pointer. It only displays; what to draw is decided
 * elsewhere.
 */
final class MapView extends StackPane {

    private final ImageView image = new ImageView();
    private final Pane frameLayer = new Pane(image);
    private final VBox loading;
    private final Label loadingText = new Label("Loading map…");
    private final Label chip = new Label();
    /** While a text card is open on the map, the pointer label would sit over it: it waits. */
    private boolean chipHeld;
    private final Pane chipLayer = new Pane(chip);

    MapView() {
        setId("mapView");
        getStyleClass().add("map-view");
        image.setId("map");
        // Unmanaged, so the frame's size never feeds back into the layout of the window.
        image.setManaged(false);
        image.setSmooth(true);
        image.setPreserveRatio(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        frameLayer.setMinSize(0, 0);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        loadingText.setId("loading");
        loading = new VBox(10, spinner, loadingText);
        loading.setAlignment(Pos.CENTER);
        loading.setMouseTransparent(true);
        loading.getStyleClass().add("loading");

        chip.setId("hoverChip");
        chip.getStyleClass().add("hover-chip");
        chip.setManaged(false);
        chip.setVisible(false);
        chipLayer.setMouseTransparent(true);
        chipLayer.setMinSize(0, 0);

        setMinSize(0, 0);
        setFocusTraversable(true);
        getChildren().addAll(frameLayer, chipLayer, loading);
    }

    /** Shows a new frame, placed for the current view (which may have moved since it was drawn). */
    void show(Image frame, FramePlacement placement) {
        image.setImage(frame);
        place(placement);
        loading.setVisible(false);
    }

    /** Moves and scales the current frame, for feedback while a pan or zoom is in progress. */
    void place(FramePlacement p) {
        image.setLayoutX(p.x());
        image.setLayoutY(p.y());
        image.setFitWidth(p.width());
        image.setFitHeight(p.height());
    }

    boolean hasFrame() {
        return image.getImage() != null;
    }

    void showLoading(String text) {
        loadingText.setText(text);
        loading.setVisible(true);
    }

    void hideLoading() {
        loading.setVisible(false);
    }

    /** Puts the pointer label beside the cursor, flipped to stay inside the map area. */
    void showChip(String text, double x, double y) {
        if (chipHeld) return;
        chip.setText(text);
        chip.setVisible(true);
        chip.autosize();
        double w = chip.getWidth();
        double h = chip.getHeight();
        double cx = x + 16 + w > getWidth() ? x - 12 - w : x + 16;
        double cy = y + 18 + h > getHeight() ? y - 10 - h : y + 18;
        chip.relocate(Math.max(2, cx), Math.max(2, cy));
    }

    /** Holds the pointer label back (hidden) while {@code held}, or lets it show again. */
    void holdChip(boolean held) {
        chipHeld = held;
        if (held) hideChip();
    }

    void hideChip() {
        chip.setVisible(false);
    }

    Label chip() {
        return chip;
    }
}
