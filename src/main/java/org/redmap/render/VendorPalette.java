package org.redmap.render;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redmap.model.Vendor;

/**
 * Vendor colours from the Okabe–Ito palette, which stays distinct for the common colour-vision
 * deficiencies. Nokia's blue and Huawei's orange also differ strongly in lightness, so they stay
 * apart on a grayscale printer; the hatch for inferred tags and the cross-hatch for unassigned
 * regions carry the rest.
 */
public final class VendorPalette {

    static final Color NOKIA = new Color(0x0072B2);
    static final Color HUAWEI = new Color(0xE69F00);
    static final Color UNASSIGNED = new Color(0xE4E4E4);
    static final Color UNASSIGNED_HATCH = new Color(0x8A8A8A);
    private static final Color[] OTHERS = {
        new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442),
    };

    private final Map<String, Color> colours;

    private VendorPalette(Map<String, Color> colours) {
        this.colours = Map.copyOf(colours);
    }

    /** Colours for the declared vendors, in order; the two Red Compartida vendors keep theirs. */
    public static VendorPalette forVendors(List<Vendor> vendors) {
        Map<String, Color> map = new HashMap<>();
        map.put("nokia", NOKIA);
        map.put("huawei", HUAWEI);
        int next = 0;
        for (Vendor vendor : vendors) {
            if (!map.containsKey(vendor.id())) map.put(vendor.id(), OTHERS[next++ % OTHERS.length]);
        }
        map.put(Vendor.UNASSIGNED.id(), UNASSIGNED);
        return new VendorPalette(map);
    }

    public Color fill(Vendor vendor) {
        return colours.getOrDefault(vendor.id(), UNASSIGNED);
    }

    /** Dark or light text, whichever reads on this fill. */
    public static Color inkOn(Color fill) {
        double luminance = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luminance > 0.55 ? new Color(0x1A1A1A) : Color.WHITE;
    }
}
