package org.redmap.io;

/**
 * How a message quotes what it read from a file: at most {@value #MAX} characters, control and
 * other invisible characters escaped as {@code \\uXXXX}, and "…" where it was cut. A message that
 * quotes its input whole could carry a file's secrets (a project may name any file) or break the
 * terminal and the log it is shown in.
 */
public final class Excerpt {

    /** The longest excerpt, in characters of the input. */
    public static final int MAX = 40;

    private Excerpt() {
    }

    /** The excerpt in single quotes: {@code 'abc…'}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }

    /** The excerpt without quotes. */
    public static String of(String text) {
        if (text == null) return "";
        StringBuilder s = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < text.length(); ) {
            if (taken == MAX) return s.append('…').toString();
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            taken++;
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE || c == '\u2028' || c == '\u2029') {
                s.append(String.format("\\u%04X", c & 0xFFFF));
            } else {
                s.appendCodePoint(c);
            }
        }
        return s.toString();
    }

    /**
     * A parser's message with every single-quoted excerpt of the input in it (Jackson quotes
     * unrecognised tokens whole, up to 256 characters) cut down to an {@link #quoted excerpt}.
     */
    public static String inMessage(String message) {
        if (message == null) return "";
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            int open = message.indexOf('\'', i);
            int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
            if (close < 0) {
                // an opening quote never closed: what follows may be input, so it too is kept short
                String rest = message.substring(i);
                s.append(open < 0 ? plain(rest) : plain(rest.substring(0, open - i)) + "'" + of(rest.substring(open - i + 1)));
                break;
            }
            s.append(plain(message.substring(i, open))).append(quoted(message.substring(open + 1, close)));
            i = close + 1;
        }
        return s.toString();
    }

    /** Outside quotes a parser's message is its own text; only the control characters are escaped. */
    private static String plain(String text) {
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\n') s.append(String.format("\\u%04X", c));
            else s.appendCodePoint(c);
        });
        return s.toString();
    }
}
