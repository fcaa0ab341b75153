package org.redmap.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The panels either side of the map. Each collapses to a thin strip and comes back by its toolbar
 * button, by a click on its strip or by its key (listed in the View menu). The map takes whatever
 * width they give up. A panel keeps its contents while collapsed, and the right one comes back at
 * the width the analyst last dragged it to.
 */
final class SidePanels {

    /** Width the right panel opens at, logical pixels: the inspector's text and the band table fit in it. */
    static final double RIGHT_WIDTH = 420;
    /** The most of the map-and-panel width the right panel opens at, so the map stays the larger part. */
    static final double RIGHT_SHARE = 0.4;
    /** Width the left panel opens at (the stylesheet's, repeated for deciding what fits). */
    static final double LEFT_WIDTH = 316;
    /** What a collapsed panel leaves: wide enough to aim at, narrow enough to forget. */
    static final double STRIP_WIDTH = 24;
    /** What sits beside the map whatever the panels: the annotation tools and the divider, about. */
    static final double MAP_CHROME = 52;

    /** Keys that name their panel and clash with no other: L for layers, I for inspector. */
    static final KeyCombination LEFT_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RIGHT_KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private final BooleanProperty leftOpen = new SimpleBooleanProperty(this, "leftOpen", true);
    private final BooleanProperty rightOpen = new SimpleBooleanProperty(this, "rightOpen", true);
    private final Region left;
    private final Region right;
    private final Runnable focusMap;
    private final BorderPane leftSide = new BorderPane();
    private final SplitPane split;
    private final BorderPane centre;
    private final Button leftStrip = strip("leftStrip", "Layers", "Show the layer panel  (" + LEFT_KEY.getDisplayText() + ")");
    private final Button rightStrip = strip("rightStrip", "Inspector", "Show the inspector panel  ("
            + RIGHT_KEY.getDisplayText() + ")");
    /** Set once the analyst drags the divider: from then on the right panel stays where they put it. */
    private boolean placedByHand;
    private double handWidth;

    /**
     * @param focusMap gives the keyboard back to the map when a panel holding it collapses
     */
    SidePanels(Region left, Region map, Region right, Runnable focusMap) {
        this.left = left;
        this.right = right;
        this.focusMap = focusMap;
        leftSide.setId("leftSide");
        leftSide.setCenter(left);
        // The analyst drags the divider to give the inspector or the band table more room; the map takes
        // what the window gains when it grows.
        split = new SplitPane(map, right);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(right, false);
        centre = new BorderPane(split);
        centre.setId("centre");
        followWindow();
        leftStrip.setOnAction(e -> leftOpen.set(true));
        rightStrip.setOnAction(e -> rightOpen.set(true));
        leftOpen.addListener((o, was, open) -> showLeft(open));
        rightOpen.addListener((o, was, open) -> showRight(open));
    }

    /** Opens each panel as {@code layout} says, before the window is first shown. */
    void open(PanelLayout layout) {
        leftOpen.set(layout.leftOpen());
        rightOpen.set(layout.rightOpen());
    }

    /** The node for the window's left edge: the left panel, or its strip. */
    Node leftSide() {
        return leftSide;
    }

    /** The node for the window's centre: the map, the divider and the right panel, or its strip. */
    Node centre() {
        return centre;
    }

    BooleanProperty leftOpenProperty() {
        return leftOpen;
    }

    BooleanProperty rightOpenProperty() {
        return rightOpen;
    }

    ToggleButton leftButton() {
        return toggle("leftPanelButton", "Layers", "Show or hide the layer panel  (" + LEFT_KEY.getDisplayText() + ")",
                leftOpen);
    }

    ToggleButton rightButton() {
        return toggle("rightPanelButton", "Inspector", "Show or hide the inspector, timeline and border bands  ("
                + RIGHT_KEY.getDisplayText() + ")", rightOpen);
    }

    CheckMenuItem leftMenuItem() {
        return menuItem("menuLeftPanel", "Layer panel", LEFT_KEY, leftOpen);
    }

    CheckMenuItem rightMenuItem() {
        return menuItem("menuRightPanel", "Inspector panel", RIGHT_KEY, rightOpen);
    }

    private void showLeft(boolean open) {
        boolean hadFocus = holdsFocus(left);
        leftSide.setCenter(open ? left : leftStrip);
        if (hadFocus) focusMap.run();
    }

    private void showRight(boolean open) {
        boolean hadFocus = holdsFocus(right);
        if (open) {
            centre.setRight(null);
            split.getItems().add(right);
            // The split pane's skin keeps a fixed panel's width through a resize, over any place asked for
            // before it: the split is laid out at its new width now, then the panel placed.
            centre.applyCss();
            centre.layout();
            place(split.getWidth());
        } else {
            if (placedByHand) handWidth = right.getWidth();
            split.getItems().remove(right);
            centre.setRight(rightStrip);
        }
        if (hadFocus) focusMap.run();
    }

    /**
     * A split pane opens halved. The right panel gets its width instead, but never more than
     * {@link #RIGHT_SHARE} of the pane, so a small window keeps a usable map; it follows the window's
     * size until the analyst drags the divider.
     */
    private void followWindow() {
        right.maxWidthProperty().bind(split.widthProperty().multiply(RIGHT_SHARE)
                .map(w -> Math.max(w.doubleValue(), right.getMinWidth())));
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = (Node) e.getTarget(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) placedByHand = true;
            }
        });
        split.widthProperty().addListener((o, before, now) -> {
            if (!placedByHand) place(now.doubleValue());
        });
    }

    private void place(double width) {
        if (split.getItems().size() < 2 || width <= 0) return;
        double panel = placedByHand && handWidth > 0 ? handWidth : Math.min(RIGHT_WIDTH, width * RIGHT_SHARE);
        split.setDividerPositions(1 - panel / width);
    }

    private static boolean holdsFocus(Node panel) {
        if (panel.getScene() == null) return false;
        for (Node n = panel.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == panel) return true;
        }
        return false;
    }

    private static Button strip(String id, String name, String tip) {
        Label text = new Label(name);
        text.setRotate(-90);
        Button b = new Button(null, new Group(text));
        b.setId(id);
        b.getStyleClass().add("panel-strip");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setFocusTraversable(false);
        b.setMinWidth(STRIP_WIDTH);
        b.setPrefWidth(STRIP_WIDTH);
        b.setMaxWidth(STRIP_WIDTH);
        b.setMaxHeight(Double.MAX_VALUE);
        return b;
    }

    private static ToggleButton toggle(String id, String text, String tip, BooleanProperty open) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.getStyleClass().add("panel-toggle");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(open);
        return b;
    }

    private static CheckMenuItem menuItem(String id, String text, KeyCombination key, BooleanProperty open) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.selectedProperty().bindBidirectional(open);
        return item;
    }
}
