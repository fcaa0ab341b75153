package org.redmap.render;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.redmap.analysis.DataFileException;
import org.redmap.io.StrictJson;

/**
 * Which banner colours a marking gets (data/marking-colours.json): a US classification level at
 * the start of the banner line, a TLP 2.0 label at its start, or, for anything else, the neutral
 * banner. Every entry's text is legible on its background.
 *
 * @param levels classification levels ("SECRET"), matched when the line is the level alone or the
 *               level followed by "//" and its controls ("SECRET//NOFORN")
 * @param tlp    TLP labels ("TLP:AMBER"), matched when the line starts with the whole label
 * @param other  the neutral banner of any other marking
 */
public record MarkingColours(List<Entry> levels, List<Entry> tlp, Colours other) {

    /** A banner's fill and the colour of its text. */
    public record Colours(Color background, Color text) {
    }

    /** A level or a label, upper case, and its banner. */
    public record Entry(String name, Colours colours) {
    }

    public MarkingColours {
        // Longest first, whatever the file's order: "TLP:AMBER+STRICT" before "TLP:AMBER".
        levels = longestFirst(levels);
        tlp = longestFirst(tlp);
    }

    private static List<Entry> longestFirst(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparingInt((Entry e) -> e.name().length()).reversed()).toList();
    }

    /** The table that ships with redmap. */
    public static MarkingColours bundled() {
        return Bundled.TABLE;
    }

    /** The recognised level or label's banner, or empty for a marking of no known scheme. */
    public Optional<Entry> recognise(String line) {
        String s = normal(line);
        for (Entry e : tlp) {
            if (s.startsWith(e.name()) && endsWord(s, e.name().length())) return Optional.of(e);
        }
        for (Entry e : levels) {
            if (s.startsWith(e.name()) && endsLevel(s, e.name().length())) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The marking as its banner prints: a recognised one in upper case, any other as typed on the neutral banner. */
    public Marking marking(String line) {
        Optional<Entry> e = recognise(line);
        if (e.isEmpty()) return new Marking(line, other.background(), other.text());
        return new Marking(normal(line), e.get().colours().background(), e.get().colours().text());
    }

    /** Trimmed, upper case, runs of white space as one space: how banner lines are compared. */
    static String normal(String line) {
        return line.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    // A level ends the line or starts the controls: "SECRET//NOFORN", "SECRET // NOFORN", never "SECRETARIAT".
    private static boolean endsLevel(String s, int end) {
        return end == s.length() || s.startsWith("//", end) || s.startsWith(" //", end);
    }

    // "TLP:AMBER" is followed by the end or by something that is not part of a label.
    private static boolean endsWord(String s, int end) {
        if (end == s.length()) return true;
        char c = s.charAt(end);
        return !Character.isLetterOrDigit(c) && c != '+';
    }

    private static final class Bundled {
        static final MarkingColours TABLE = load();

        private static MarkingColours load() {
            try {
                return new MarkingColoursReader().read(StrictJson.bundled(MarkingColoursReader.BUNDLED),
                        MarkingColoursReader.BUNDLED);
            } catch (DataFileException e) {
                throw new IllegalStateException("the bundled " + MarkingColoursReader.BUNDLED + " is damaged: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
