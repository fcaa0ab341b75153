package org.redmap.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that drive the map from anywhere in the window: arrows pan, + and - zoom around the centre,
 * 0 or Home fits, Escape clears the selection. Left alone while the user types in a field or works
 * a list, where those keys mean something else.
 */
final class MapKeys {

    /** One arrow press moves the map by this many pixels. */
    static final double PAN_STEP = 120;
    /** One + press zooms in by this factor. */
    static final double ZOOM_STEP = 1.5;

    private MapKeys() {
    }

    static void install(Scene scene, MapState state) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) return;
            Node focus = scene.getFocusOwner();
            if (e.getCode() == KeyCode.ESCAPE) {
                // Escape in a field belongs to the field (the search box clears itself).
                if (!typing(focus)) state.clearSelection();
                return;
            }
            if (!forMap(focus)) return;
            boolean handled = true;
            switch (e.getCode()) {
                case LEFT -> state.panBy(PAN_STEP, 0);
                case RIGHT -> state.panBy(-PAN_STEP, 0);
                case UP -> state.panBy(0, PAN_STEP);
                case DOWN -> state.panBy(0, -PAN_STEP);
                case PLUS, ADD, EQUALS -> state.zoomCentre(ZOOM_STEP);
                case MINUS, SUBTRACT -> state.zoomCentre(1 / ZOOM_STEP);
                case DIGIT0, NUMPAD0, HOME -> state.fitHome();
                default -> handled = false;
            }
            if (handled) e.consume();
        });
    }

    static boolean typing(Node focus) {
        return focus instanceof TextInputControl t && t.isEditable();
    }

    /** False inside controls that use arrows and digits themselves: text, lists, spinners, menus. */
    static boolean forMap(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof Spinner
                    || n instanceof MenuBar) {
                return false;
            }
            // On the page, arrows nudge what is selected; with nothing selected they pan the map as here.
            if (n instanceof PageView page && page.nudges()) return false;
        }
        return true;
    }
}
