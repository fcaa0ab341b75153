package org.redmap.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap by measured width. */
final class TextWrap {

    private TextWrap() {
    }

    static List<String> lines(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && TextPainter.width(candidate, font) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
