package org.redmap.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redmap.analysis.DataFileException;
import org.redmap.io.StrictJson;

/** Reads a {@code redmap-marking-colours} file (format in data/README.md), strictly. */
final class MarkingColoursReader {

    static final String FORMAT = "redmap-marking-colours";
    static final int VERSION = 1;
    static final String BUNDLED = "marking-colours.json";

    MarkingColours read(byte[] json, String fileName) throws DataFileException {
        StrictJson<DataFileException> f = StrictJson.parse(json, fileName, DataFileException::new);
        JsonNode root = f.root();
        f.checkFormat(FORMAT, VERSION);
        f.onlyKeys(root, "", "format", "version", "note", "levels", "tlp", "other");
        Set<String> names = new HashSet<>();
        List<MarkingColours.Entry> levels = entries(f, root, "levels", "level", names);
        List<MarkingColours.Entry> tlp = entries(f, root, "tlp", "label", names);
        JsonNode other = f.object(root, "", "other");
        f.onlyKeys(other, "/other", "background", "text");
        return new MarkingColours(levels, tlp, colours(f, other, "/other"));
    }

    private static List<MarkingColours.Entry> entries(StrictJson<DataFileException> f, JsonNode root, String key,
                                                      String nameKey, Set<String> names) throws DataFileException {
        List<MarkingColours.Entry> out = new ArrayList<>();
        List<JsonNode> items = f.nonEmptyArray(root, "", key);
        for (int i = 0; i < items.size(); i++) {
            String p = StrictJson.child("/" + key, i);
            JsonNode item = f.object(items.get(i), p);
            f.onlyKeys(item, p, nameKey, "background", "text", "note");
            String name = MarkingColours.normal(f.text(item, p, nameKey));
            if (!names.add(name)) throw f.error(StrictJson.child(p, nameKey), "'" + name + "' is listed twice");
            out.add(new MarkingColours.Entry(name, colours(f, item, p)));
        }
        return out;
    }

    private static MarkingColours.Colours colours(StrictJson<DataFileException> f, JsonNode item, String p)
            throws DataFileException {
        Color background = colour(f, item, p, "background");
        Color text = colour(f, item, p, "text");
        double ratio = Contrast.ratio(background, text);
        if (ratio < Contrast.LEGIBLE) {
            throw f.error(StrictJson.child(p, "text"), String.format(Locale.ROOT,
                    "text on this background has a contrast ratio of %.2f; banners need at least %.1f to be read",
                    ratio, Contrast.LEGIBLE));
        }
        return new MarkingColours.Colours(background, text);
    }

    private static Color colour(StrictJson<DataFileException> f, JsonNode item, String p, String key)
            throws DataFileException {
        String s = f.text(item, p, key);
        if (!s.matches("#[0-9A-Fa-f]{6}")) throw f.error(StrictJson.child(p, key), "a colour is written #RRGGBB, not '" + s + "'");
        return new Color(Integer.parseInt(s.substring(1), 16));
    }
}
