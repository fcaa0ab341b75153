package org.redmap.export;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Graphics2D} that forwards every call to another one, so a subclass can adjust a few
 * calls of a device it cannot extend (the SVG device is a final class).
 */
abstract class DelegatingGraphics2D extends Graphics2D {

    protected final Graphics2D target;

    protected DelegatingGraphics2D(Graphics2D target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override public void draw(Shape s) { target.draw(s); }
    @Override public void fill(Shape s) { target.fill(s); }
    @Override public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { return target.drawImage(img, xform, obs); }
    @Override public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { target.drawImage(img, op, x, y); }
    @Override public void drawRenderedImage(RenderedImage img, AffineTransform xform) { target.drawRenderedImage(img, xform); }
    @Override public void drawRenderableImage(RenderableImage img, AffineTransform xform) { target.drawRenderableImage(img, xform); }
    @Override public void drawString(String str, int x, int y) { drawString(str, (float) x, (float) y); }
    @Override public void drawString(String str, float x, float y) { target.drawString(str, x, y); }
    @Override public void drawString(AttributedCharacterIterator it, int x, int y) { drawString(it, (float) x, (float) y); }
    @Override public void drawString(AttributedCharacterIterator it, float x, float y) { target.drawString(it, x, y); }
    @Override public void drawGlyphVector(GlyphVector g, float x, float y) { target.drawGlyphVector(g, x, y); }
    @Override public boolean hit(Rectangle rect, Shape s, boolean onStroke) { return target.hit(rect, s, onStroke); }
    @Override public GraphicsConfiguration getDeviceConfiguration() { return target.getDeviceConfiguration(); }
    @Override public void setComposite(Composite comp) { target.setComposite(comp); }
    @Override public void setPaint(Paint paint) { target.setPaint(paint); }
    @Override public void setStroke(Stroke s) { target.setStroke(s); }
    @Override public void setRenderingHint(RenderingHints.Key key, Object value) { target.setRenderingHint(key, value); }
    @Override public Object getRenderingHint(RenderingHints.Key key) { return target.getRenderingHint(key); }
    @Override public void setRenderingHints(Map<?, ?> hints) { target.setRenderingHints(hints); }
    @Override public void addRenderingHints(Map<?, ?> hints) { target.addRenderingHints(hints); }
    @Override public RenderingHints getRenderingHints() { return target.getRenderingHints(); }
    @Override public void translate(int x, int y) { target.translate(x, y); }
    @Override public void translate(double tx, double ty) { target.translate(tx, ty); }
    @Override public void rotate(double theta) { target.rotate(theta); }
    @Override public void rotate(double theta, double x, double y) { target.rotate(theta, x, y); }
    @Override public void scale(double sx, double sy) { target.scale(sx, sy); }
    @Override public void shear(double shx, double shy) { target.shear(shx, shy); }
    @Override public void transform(AffineTransform tx) { target.transform(tx); }
    @Override public void setTransform(AffineTransform tx) { target.setTransform(tx); }
    @Override public AffineTransform getTransform() { return target.getTransform(); }
    @Override public Paint getPaint() { return target.getPaint(); }
    @Override public Composite getComposite() { return target.getComposite(); }
    @Override public void setBackground(Color color) { target.setBackground(color); }
    @Override public Color getBackground() { return target.getBackground(); }
    @Override public Stroke getStroke() { return target.getStroke(); }
    @Override public void clip(Shape s) { target.clip(s); }
    @Override public FontRenderContext getFontRenderContext() { return target.getFontRenderContext(); }

    /** The same adjustments around a copy of the target. */
    protected abstract DelegatingGraphics2D wrap(Graphics2D copy);

    @Override public Graphics create() { return wrap((Graphics2D) target.create()); }
    @Override public Color getColor() { return target.getColor(); }
    @Override public void setColor(Color c) { target.setColor(c); }
    @Override public void setPaintMode() { target.setPaintMode(); }
    @Override public void setXORMode(Color c1) { target.setXORMode(c1); }
    @Override public Font getFont() { return target.getFont(); }
    @Override public void setFont(Font font) { target.setFont(font); }
    @Override public FontMetrics getFontMetrics(Font f) { return target.getFontMetrics(f); }
    @Override public Rectangle getClipBounds() { return target.getClipBounds(); }
    @Override public void clipRect(int x, int y, int width, int height) { target.clipRect(x, y, width, height); }
    @Override public void setClip(int x, int y, int width, int height) { target.setClip(x, y, width, height); }
    @Override public Shape getClip() { return target.getClip(); }
    @Override public void setClip(Shape clip) { target.setClip(clip); }
    @Override public void copyArea(int x, int y, int width, int height, int dx, int dy) { target.copyArea(x, y, width, height, dx, dy); }
    @Override public void drawLine(int x1, int y1, int x2, int y2) { target.drawLine(x1, y1, x2, y2); }
    @Override public void fillRect(int x, int y, int width, int height) { target.fillRect(x, y, width, height); }
    @Override public void drawRect(int x, int y, int width, int height) { target.drawRect(x, y, width, height); }
    @Override public void clearRect(int x, int y, int width, int height) { target.clearRect(x, y, width, height); }
    @Override public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) { target.drawRoundRect(x, y, w, h, aw, ah); }
    @Override public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) { target.fillRoundRect(x, y, w, h, aw, ah); }
    @Override public void drawOval(int x, int y, int width, int height) { target.drawOval(x, y, width, height); }
    @Override public void fillOval(int x, int y, int width, int height) { target.fillOval(x, y, width, height); }
    @Override public void drawArc(int x, int y, int w, int h, int start, int arc) { target.drawArc(x, y, w, h, start, arc); }
    @Override public void fillArc(int x, int y, int w, int h, int start, int arc) { target.fillArc(x, y, w, h, start, arc); }
    @Override public void drawPolyline(int[] xs, int[] ys, int n) { target.drawPolyline(xs, ys, n); }
    @Override public void drawPolygon(int[] xs, int[] ys, int n) { target.drawPolygon(xs, ys, n); }
    @Override public void fillPolygon(int[] xs, int[] ys, int n) { target.fillPolygon(xs, ys, n); }
    @Override public boolean drawImage(Image img, int x, int y, ImageObserver o) { return target.drawImage(img, x, y, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) { return target.drawImage(img, x, y, w, h, o); }
    @Override public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver o) { return target.drawImage(img, x, y, bg, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver o) { return target.drawImage(img, x, y, w, h, bg, o); }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver o) {
        return target.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, o);
    }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bg, ImageObserver o) {
        return target.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bg, o);
    }
    @Override public void dispose() { target.dispose(); }
}
