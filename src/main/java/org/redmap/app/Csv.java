package org.redmap.app;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), made safe to open in a spreadsheet: a cell that would
 * start a formula ({@code = + - @}, or a tab or carriage return) gets a leading single quote.
 */
final class Csv {

    static final String LINE_END = "\r\n";

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells.get(i)));
        }
        return sb.append(LINE_END).toString();
    }

    /** One field, defused against formula injection, then quoted if it needs to be. */
    static String cell(String value) {
        String text = defuse(value == null ? "" : value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Prefixes a single quote to text a spreadsheet would run as a formula. */
    static String defuse(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
