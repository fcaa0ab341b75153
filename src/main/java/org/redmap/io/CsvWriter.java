package org.redmap.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes RFC 4180 CSV (comma separator, CRLF line ends, cells quoted when they hold a comma, a quote,
 * CR or LF, quotes doubled) that is safe to open in a spreadsheet.
 *
 * <p>Text cells that start with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR get a leading
 * single quote, so a spreadsheet shows them as text instead of running them as formulas (CSV
 * injection: a region or source name in a data file is text someone else wrote). Numbers are written
 * as plain decimals and never escaped, so a negative number stays a number; NaN and infinities are
 * written as empty cells. {@code null} is an empty cell.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one row. */
    public CsvWriter row(Object... cells) throws IOException {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** One cell as written: numbers plain, text escaped against formulas and quoted as RFC 4180 requires. */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) return "";
            return d == 0 ? "0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        return quote(escapeFormula(value.toString()));
    }

    /** Prefixes a single quote to text a spreadsheet would read as a formula. */
    public static String escapeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** RFC 4180 quoting: only when needed. */
    public static String quote(String text) {
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Writes rows to a file atomically (readers see the old file or the whole new one), UTF-8.
     *
     * @param byteOrderMark true to start with a UTF-8 byte-order mark, which Excel needs to show accents
     *                      (Querétaro, Nuevo León) correctly; other tools may show it as a stray character
     */
    public static void write(Path target, List<? extends List<?>> rows, boolean byteOrderMark) throws IOException {
        AtomicFiles.write(target, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            if (byteOrderMark) w.write('\uFEFF');
            CsvWriter csv = new CsvWriter(w);
            for (List<?> row : rows) csv.row(row);
            w.flush();
        });
    }
}
