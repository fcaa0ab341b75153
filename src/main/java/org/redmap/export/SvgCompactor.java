package org.redmap.export;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes JFreeSVG's output smaller without changing the picture. Two rewrites, both exact:
 * <ul>
 * <li>path data in relative coordinates with implicit repeated commands: the absolute values are
 * already rounded to hundredths, so the differences are exact and nothing drifts;</li>
 * <li>a long path drawn more than once (filled and then stroked, or filled and then used as the
 * clip of its hatching) is written once and referenced with {@code <use>}.</li>
 * </ul>
 * Together they roughly halve a map. Only output of the form JFreeSVG 5 writes is rewritten:
 * single-quoted attributes, path data in absolute M, L, Q, C and Z.
 */
final class SvgCompactor {

    /** Paths shorter than this are left alone: a reference would save little. */
    private static final int MIN_SHARED_LENGTH = 400;
    private static final Pattern PATH_DATA = Pattern.compile(" d='([^']*)'");
    private static final Pattern PATH = Pattern.compile("<path ([^>]*?)/>");
    private static final String ID_PREFIX = "redmap-shape-";

    private SvgCompactor() {
    }

    static String compact(String svg) {
        String relative = relativePaths(svg);
        return shareRepeatedPaths(relative);
    }

    static String relativePaths(String svg) {
        Matcher m = PATH_DATA.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            String compacted = relative(m.group(1));
            m.appendReplacement(out, "");
            out.append(" d='").append(compacted).append('\'');
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Rewrites absolute path data (M, L, Q, C, Z with decimal numbers) as relative data. Data it
     * does not understand is returned unchanged.
     */
    static String relative(String data) {
        try {
            return new PathRewriter(data).rewrite();
        } catch (IllegalArgumentException e) {
            return data;
        }
    }

    /**
     * Body paths drawn more than once get an id on their first drawing and a {@code <use>} after;
     * clip paths (in the defs, before the body) refer forward to the drawn path when there is one.
     */
    static String shareRepeatedPaths(String svg) {
        int defsEnd = svg.indexOf("</defs>");
        int bodyStart = defsEnd < 0 ? 0 : defsEnd + "</defs>".length();
        String defs = svg.substring(0, bodyStart);
        String body = svg.substring(bodyStart);

        Map<String, Integer> count = new HashMap<>();
        Matcher counter = PATH.matcher(body);
        while (counter.find()) {
            String attrs = counter.group(1);
            if (attrs.length() >= MIN_SHARED_LENGTH) count.merge(attrs, 1, Integer::sum);
        }
        Matcher inDefs = PATH.matcher(defs);
        while (inDefs.find()) {
            String attrs = inDefs.group(1);
            if (count.containsKey(attrs)) count.merge(attrs, 1, Integer::sum);
        }

        Map<String, String> ids = new HashMap<>();
        StringBuilder newBody = new StringBuilder(body.length());
        Matcher m = PATH.matcher(body);
        while (m.find()) {
            String attrs = m.group(1);
            m.appendReplacement(newBody, "");
            if (count.getOrDefault(attrs, 0) < 2) {
                newBody.append(m.group());
            } else if (ids.containsKey(attrs)) {
                newBody.append("<use xlink:href='#").append(ids.get(attrs)).append("'/>");
            } else {
                String id = ID_PREFIX + (ids.size() + 1);
                ids.put(attrs, id);
                newBody.append("<path id='").append(id).append("' ").append(attrs).append("/>");
            }
        }
        m.appendTail(newBody);

        StringBuilder newDefs = new StringBuilder(defs.length());
        Matcher d = PATH.matcher(defs);
        while (d.find()) {
            d.appendReplacement(newDefs, "");
            String id = ids.get(d.group(1));
            if (id == null) {
                newDefs.append(d.group());
            } else {
                newDefs.append("<use xlink:href='#").append(id).append("'/>");
            }
        }
        d.appendTail(newDefs);
        return newDefs.append(newBody).toString();
    }

    /** Parses absolute path data into hundredths and writes it back relative. */
    private static final class PathRewriter {
        private final String data;
        private int pos;
        private final StringBuilder out;
        private long x;
        private long y;
        private long startX;
        private long startY;
        /** The last command letter written, so a repeated one can be left implicit. */
        private char last;
        /** Whether the text written so far ends in a number, which a following number must be separated from. */
        private boolean afterNumber;

        PathRewriter(String data) {
            this.data = data;
            this.out = new StringBuilder(data.length());
        }

        String rewrite() {
            boolean first = true;
            while (true) {
                skipSeparators();
                if (pos >= data.length()) break;
                char command = data.charAt(pos++);
                switch (command) {
                    case 'M' -> {
                        long nx = number();
                        long ny = number();
                        if (first) {
                            command('M');
                            coordinate(nx);
                            coordinate(ny);
                        } else {
                            command('m');
                            coordinate(nx - x);
                            coordinate(ny - y);
                        }
                        x = startX = nx;
                        y = startY = ny;
                        // Pairs after a moveto are implicit linetos, relative only after a relative one:
                        // after the absolute first M a relative lineto needs its letter.
                        last = first ? 'L' : 'l';
                    }
                    case 'L' -> {
                        long nx = number();
                        long ny = number();
                        command('l');
                        coordinate(nx - x);
                        coordinate(ny - y);
                        x = nx;
                        y = ny;
                    }
                    case 'Q' -> {
                        long[] p = numbers(4);
                        command('q');
                        for (int i = 0; i < 4; i += 2) {
                            coordinate(p[i] - x);
                            coordinate(p[i + 1] - y);
                        }
                        x = p[2];
                        y = p[3];
                    }
                    case 'C' -> {
                        long[] p = numbers(6);
                        command('c');
                        for (int i = 0; i < 6; i += 2) {
                            coordinate(p[i] - x);
                            coordinate(p[i + 1] - y);
                        }
                        x = p[4];
                        y = p[5];
                    }
                    case 'Z', 'z' -> {
                        out.append('z');
                        last = 'z';
                        afterNumber = false;
                        x = startX;
                        y = startY;
                    }
                    default -> throw new IllegalArgumentException("path command " + command);
                }
                first = false;
            }
            return out.toString();
        }

        private void command(char c) {
            if (c != last) {
                out.append(c);
                afterNumber = false;
            }
            last = c;
        }

        private void coordinate(long hundredths) {
            String text = format(hundredths);
            if (afterNumber && text.charAt(0) != '-') out.append(' ');
            out.append(text);
            afterNumber = true;
        }

        private long[] numbers(int n) {
            long[] values = new long[n];
            for (int i = 0; i < n; i++) values[i] = number();
            return values;
        }

        private void skipSeparators() {
            while (pos < data.length() && (data.charAt(pos) == ',' || data.charAt(pos) == ' ')) pos++;
        }

        /** A decimal number in hundredths; more digits than two are an error (not JFreeSVG-at-2dp output). */
        private long number() {
            skipSeparators();
            int start = pos;
            boolean negative = false;
            if (pos < data.length() && data.charAt(pos) == '-') {
                negative = true;
                pos++;
            }
            long whole = 0;
            int digits = 0;
            while (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                whole = whole * 10 + (data.charAt(pos++) - '0');
                digits++;
            }
            long fraction = 0;
            int fractionDigits = 0;
            if (pos < data.length() && data.charAt(pos) == '.') {
                pos++;
                while (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                    if (++fractionDigits > 2) throw new IllegalArgumentException("more than two decimals");
                    fraction = fraction * 10 + (data.charAt(pos++) - '0');
                    digits++;
                }
                if (fractionDigits == 1) fraction *= 10;
            }
            if (digits == 0 || digits > 15) throw new IllegalArgumentException("not a number at " + start);
            long value = whole * 100 + fraction;
            return negative ? -value : value;
        }

        /** Hundredths as the shortest decimal: 150 is "1.5", -5 is "-.05", 0 is "0". */
        private static String format(long hundredths) {
            if (hundredths == 0) return "0";
            StringBuilder b = new StringBuilder(8);
            long v = hundredths;
            if (v < 0) {
                b.append('-');
                v = -v;
            }
            long whole = v / 100;
            long fraction = v % 100;
            if (whole != 0) b.append(whole);
            if (fraction != 0) {
                b.append('.');
                if (fraction < 10) {
                    b.append('0').append(fraction);
                } else if (fraction % 10 == 0) {
                    b.append(fraction / 10);
                } else {
                    b.append(fraction);
                }
            }
            return b.toString();
        }
    }
}
