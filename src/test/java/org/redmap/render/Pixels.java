package org.redmap.render;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.MapProjection;
import org.redmap.geo.Viewport;

/** Reading a rendered map the way a person looks at it: colours at places, boxes in corners. */
public final class Pixels {

    public static final Color NOKIA_BLUE = new Color(0x0072B2);
    public static final Color HUAWEI_ORANGE = new Color(0xE69F00);

    private Pixels() {
    }

    /** The device pixel where a longitude/latitude lands on an image drawn with this view at this scale. */
    public static Point at(double lon, double lat, Viewport viewport, double scale) {
        Coordinate p = MapProjection.mexico().project(lon, lat);
        return new Point((int) Math.floor(viewport.toScreenX(p.x) * scale),
                (int) Math.floor(viewport.toScreenY(p.y) * scale));
    }

    /**
     * The most frequent colour in the square of side {@code 2 * radius + 1} around {@code centre}:
     * the region's own fill, whatever thin hatch lines, labels or markers cross the square.
     */
    public static Color dominant(BufferedImage image, Point centre, int radius) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = centre.y - radius; y <= centre.y + radius; y++) {
            for (int x = centre.x - radius; x <= centre.x + radius; x++) {
                if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) continue;
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Color(best);
    }

    /** The map between the title band and the credits band, in device pixels, with all layers on. */
    public static Rectangle mapArea(double width, double height, double scale) {
        int top = (int) Math.ceil(MapFrame.top(true) * scale);
        int bottom = (int) Math.floor((height - MapFrame.bottom(true)) * scale);
        return new Rectangle(0, top, (int) Math.round(width * scale), bottom - top);
    }

    /** Euclidean distance in RGB. */
    public static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    public static boolean near(int rgb, Color target, double tolerance) {
        return distance(new Color(rgb & 0xFFFFFF), target) <= tolerance;
    }

    /** How many pixels in {@code area} are within {@code tolerance} of {@code target}. */
    public static int count(BufferedImage image, Rectangle area, Color target, double tolerance) {
        Rectangle r = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (near(image.getRGB(x, y), target, tolerance)) n++;
            }
        }
        return n;
    }

    public static Rectangle whole(BufferedImage image) {
        return new Rectangle(0, 0, image.getWidth(), image.getHeight());
    }

    /** White or nearly: the legend panel, not the pale land or the sea. */
    public static boolean nearWhite(int rgb) {
        return ((rgb >> 16) & 0xFF) >= 250 && ((rgb >> 8) & 0xFF) >= 250 && (rgb & 0xFF) >= 250;
    }

    /** Dark enough to be text or an outline. */
    public static boolean dark(int rgb) {
        return ((rgb >> 16) & 0xFF) < 90 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90;
    }

    /**
     * The white panel inside {@code area}: the columns and rows of {@code area} in which at least
     * {@code minRun} pixels are near-white, as one box, or null when there is none. Text and label
     * halos are too short to count; a panel's columns and rows are long runs of white.
     */
    public static Rectangle whitePanel(BufferedImage image, Rectangle area, int minRun) {
        Rectangle r = area.intersection(whole(image));
        int[] perColumn = new int[r.width];
        int[] perRow = new int[r.height];
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                if (nearWhite(image.getRGB(r.x + x, r.y + y))) {
                    perColumn[x]++;
                    perRow[y]++;
                }
            }
        }
        int x0 = first(perColumn, minRun), x1 = last(perColumn, minRun);
        int y0 = first(perRow, minRun), y1 = last(perRow, minRun);
        if (x0 < 0 || y0 < 0) return null;
        return new Rectangle(r.x + x0, r.y + y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** How many pixels in {@code area} satisfy the test. */
    public static int count(BufferedImage image, Rectangle area, java.util.function.IntPredicate test) {
        Rectangle r = area.intersection(whole(image));
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (test.test(image.getRGB(x, y))) n++;
            }
        }
        return n;
    }

    /** The bounding box of the pixels that differ between two images of one size, or null when none do. */
    public static Rectangle difference(BufferedImage a, BufferedImage b) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static int first(int[] counts, int min) {
        for (int i = 0; i < counts.length; i++) if (counts[i] >= min) return i;
        return -1;
    }

    private static int last(int[] counts, int min) {
        for (int i = counts.length - 1; i >= 0; i--) if (counts[i] >= min) return i;
        return -1;
    }
}
