package org.redmap.ui;

import org.redmap.geo.Viewport;

/**
 * Where to put a frame drawn for one view so that it lines up with another view, in the other
 * view's logical pixels. Showing the last frame moved and scaled this way gives instant feedback
 * while a pan or zoom is in progress; the real frame replaces it once rendered.
 */
public record FramePlacement(double x, double y, double width, double height) {

    /** The placement of a frame rendered for {@code drawn} inside the view {@code shown}. */
    public static FramePlacement between(Viewport drawn, Viewport shown) {
        double k = drawn.metresPerPixel() / shown.metresPerPixel();
        // A world point at frame pixel (px, py) belongs at ((px - W/2)·k + dx, (py - H/2)·k + dy) on screen.
        double x = -drawn.width() / 2 * k + (drawn.centerX() - shown.centerX()) / shown.metresPerPixel() + shown.width() / 2;
        double y = -drawn.height() / 2 * k - (drawn.centerY() - shown.centerY()) / shown.metresPerPixel() + shown.height() / 2;
        return new FramePlacement(x, y, drawn.width() * k, drawn.height() * k);
    }

    /** True when the frame sits exactly where it was drawn: nothing is moved or scaled. */
    public boolean isIdentity(Viewport drawn) {
        return Math.abs(x) < 1e-6 && Math.abs(y) < 1e-6
                && Math.abs(width - drawn.width()) < 1e-6 && Math.abs(height - drawn.height()) < 1e-6;
    }
}
