package org.redmap.geo;

import java.awt.geom.AffineTransform;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Which part of the projected plane is shown, and how large: a centre in projected metres, a
 * resolution in metres per logical pixel, and a size in logical pixels. Screen y grows downward.
 */
public record Viewport(double centerX, double centerY, double metresPerPixel, double width, double height) {

    public Viewport {
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("metres per pixel must be positive: " + metresPerPixel);
        }
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty viewport " + width + "x" + height);
    }

    /** The view that shows {@code world} whole inside the given screen rectangle, centred. */
    public static Viewport fit(Envelope world, double width, double height, Insets margin) {
        double innerW = Math.max(1, width - margin.left() - margin.right());
        double innerH = Math.max(1, height - margin.top() - margin.bottom());
        double mpp = Math.max(world.getWidth() / innerW, world.getHeight() / innerH);
        if (!(mpp > 0)) mpp = 1;
        // Shift the centre so the world sits in the middle of the inner rectangle, not of the screen.
        double cx = world.centre().x - (margin.left() - margin.right()) / 2.0 * mpp;
        double cy = world.centre().y + (margin.top() - margin.bottom()) / 2.0 * mpp;
        return new Viewport(cx, cy, mpp, width, height);
    }

    public double toScreenX(double x) {
        return (x - centerX) / metresPerPixel + width / 2.0;
    }

    public double toScreenY(double y) {
        return height / 2.0 - (y - centerY) / metresPerPixel;
    }

    public Coordinate toWorld(double screenX, double screenY) {
        return new Coordinate(centerX + (screenX - width / 2.0) * metresPerPixel,
                centerY - (screenY - height / 2.0) * metresPerPixel);
    }

    /** The projected area on screen. */
    public Envelope visibleWorld() {
        Coordinate a = toWorld(0, 0);
        Coordinate b = toWorld(width, height);
        return new Envelope(a, b);
    }

    public AffineTransform worldToScreen() {
        AffineTransform t = new AffineTransform();
        t.translate(width / 2.0, height / 2.0);
        t.scale(1 / metresPerPixel, -1 / metresPerPixel);
        t.translate(-centerX, -centerY);
        return t;
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the world point under the screen point fixed. */
    public Viewport zoomAround(double screenX, double screenY, double factor) {
        Coordinate anchor = toWorld(screenX, screenY);
        double mpp = metresPerPixel / factor;
        double cx = anchor.x - (screenX - width / 2.0) * mpp;
        double cy = anchor.y + (screenY - height / 2.0) * mpp;
        return new Viewport(cx, cy, mpp, width, height);
    }

    /** Moves the map with the pointer: dragging right by dx shows what lay to the left. */
    public Viewport panBy(double dxPixels, double dyPixels) {
        return new Viewport(centerX - dxPixels * metresPerPixel, centerY + dyPixels * metresPerPixel,
                metresPerPixel, width, height);
    }

    public Viewport withSize(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidth, newHeight);
    }

    public Viewport centredOn(double x, double y) {
        return new Viewport(x, y, metresPerPixel, width, height);
    }

    /** Space kept free around a fitted map, in logical pixels. */
    public record Insets(double top, double right, double bottom, double left) {
        public static final Insets NONE = new Insets(0, 0, 0, 0);

        public static Insets uniform(double v) {
            return new Insets(v, v, v, v);
        }
    }
}
