package org.redmap.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a text the analyst types may hold, in one place for the command line, the window and the
 * project reader: a length limit per kind of text, and no control characters. A title of 100,000
 * characters helps nobody on a briefing page and only makes layout slow; a control character is not
 * allowed in XML at all, so one in a title would make the SVG unreadable.
 */
public enum TextRules {
    TITLE("title", 1_000, false),
    SUBTITLE("subtitle", 1_000, false),
    AUTHOR("author", 1_000, false),
    MARKING("marking", 200, false),
    /** A map label the analyst renames: two lines at most make sense, but a line break is allowed. */
    LABEL("label", 200, true),
    /** An annotation's entry in the legend: one line beside a symbol, wrapped if it must be. */
    LEGEND_LABEL("legend label", 120, false),
    /** Annotation texts (labels, callouts, pin notes) and override notes: several lines allowed. */
    NOTE("note", 10_000, true);

    private final String label;
    private final int limit;
    private final boolean multiline;

    TextRules(String label, int limit, boolean multiline) {
        this.label = label;
        this.limit = limit;
        this.multiline = multiline;
    }

    public int limit() {
        return limit;
    }

    public String label() {
        return label;
    }

    /** What is wrong with the text's length, if anything: "title is 100,000 characters; at most 1,000". */
    public Optional<String> lengthProblem(String text) {
        int length = text.codePointCount(0, text.length());
        if (length <= limit) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "%s is %,d characters; at most %,d", label, length, limit));
    }

    /** The first character the text may not hold, as U+0007, if there is one. */
    public Optional<String> forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) return Optional.of(codePoint(c));
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** The problem with a text typed on the command line or in a dialog, if any. */
    public Optional<String> problem(String text) {
        Optional<String> length = lengthProblem(text);
        if (length.isPresent()) return length;
        return forbiddenCharacter(text).map(c -> label + " holds the control character " + c + ", which no export can carry");
    }

    /** The text without the characters it may not hold. */
    public String strip(String text) {
        return withoutControls(text, multiline);
    }

    /**
     * The text without characters that XML, and so SVG, cannot carry, nor a PDF show: C0 and C1
     * controls, lone surrogates, U+FFFE and U+FFFF. Tabs stay; line breaks stay when
     * {@code keepLineBreaks}, and become spaces otherwise. The last defence before any writer: the
     * readers and the dialogs refuse or report such characters earlier.
     */
    public static String withoutControls(String text, boolean keepLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            boolean drop = forbidden(c);
            boolean change = drop || (lineBreak && !keepLineBreaks);
            if (change && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null && !drop) {
                if (lineBreak && !keepLineBreaks) out.append(' ');
                else out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    private static boolean forbidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r') return false;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) return true;
        return c == 0xFFFE || c == 0xFFFF;
    }

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
