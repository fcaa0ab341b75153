package org.redmap.analysis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.redmap.io.Excerpt;
import org.redmap.io.InputFileException;
import org.redmap.io.InputFiles;
import org.redmap.io.InputKind;

/**
 * Reads a coverage table: a CSV with a header row, one row per region. The rules, also in
 * data/README.md:
 *
 * <ul>
 *   <li>UTF-8 (a byte-order mark is skipped). The separator is the most frequent of {@code ,} {@code ;}
 *       and tab in the header line. RFC 4180 quoting; a quote that is never closed is an error naming
 *       the line and column where it opened.</li>
 *   <li>Columns are found by header name, ignoring case, accents, spaces and punctuation: the id column is
 *       the first of {@link #ID_NAMES}, the coverage column the first of {@link #COVERAGE_NAMES},
 *       optional {@link #DATE_NAMES} and {@link #SOURCE_NAMES}. Other columns are ignored and listed in
 *       the report. No id or coverage column: an error.</li>
 *   <li>Coverage is a fraction 0..1, unless the cell ends with {@code %} ("57%") or the column header
 *       says percent ({@code %}, "pct", "percent", "porcentaje": "coverage_pct", "coverage (%)"): then it
 *       is a percentage 0..100. A plain 57 in a fraction column is out of range, never guessed to be 57 %.
 *       Numbers use a decimal point; a decimal comma is accepted only when the separator is {@code ;}.
 *       NaN, infinity and thousands separators are not numbers.</li>
 *   <li>Dates are ISO: YYYY, YYYY-MM or YYYY-MM-DD.</li>
 * </ul>
 *
 * Problems with single cells or rows go into the table's problem list with their line; the reader
 * throws only when the file as a whole is unusable.
 */
public final class CoverageTableReader {

    public static final List<String> ID_NAMES = List.of("regionid", "id", "stateid", "iso", "iso31662", "code", "region");
    public static final List<String> COVERAGE_NAMES = List.of("coverage", "coveragepct", "coveragepercent",
            "coverageshare", "coveragefraction", "cobertura", "value", "share", "pct", "percent", "porcentaje");
    public static final List<String> DATE_NAMES = List.of("date", "fecha", "asof", "year");
    public static final List<String> SOURCE_NAMES = List.of("source", "sources", "fuente");
    private static final Set<String> PERCENT_WORDS = Set.of("pct", "percent", "porcentaje");
    /** Plain decimal numbers only: Double.parseDouble would also take "NaN", "1e400", "0x1p3" and "5d". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private final CsvFactory csv = new CsvFactory();
    private final InputFiles files;

    public CoverageTableReader() {
        this(InputFiles.ofRuntime());
    }

    /** @param files what opens the table, with the memory it may take */
    public CoverageTableReader(InputFiles files) {
        this.files = files;
    }

    /**
     * Reads the table. A file that is missing, not a regular file, too big for the memory or of
     * which no row can be used is a {@link CoverageTableException} naming it.
     */
    public CoverageTable read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CoverageTable table;
        try {
            table = files.read(file, InputKind.CSV, in -> {
                byte[] bytes = in.readAllBytes();
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    throw new CoverageTableException(name, -1, -1, "is not UTF-8 text (save it as \"CSV UTF-8\")", e);
                }
                return read(text, name);
            });
        } catch (InputFileException e) {
            throw new CoverageTableException(name, -1, -1, e.reason(), e);
        } catch (NoSuchFileException e) {
            throw new CoverageTableException(name, -1, -1, "no such file: " + file.toAbsolutePath().normalize(), e);
        }
        return table;
    }

    /** @param sourceName what the report and errors call the input */
    public CoverageTable read(String text, String sourceName) throws CoverageTableException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        char separator = separator(text);
        List<List<Cell>> rows = parse(text, separator, sourceName);
        if (rows.isEmpty() || rows.get(0).stream().allMatch(c -> c.text().isBlank())) {
            throw new CoverageTableException(sourceName, 1, -1, "the file has no header row", null);
        }
        List<Cell> header = rows.get(0);
        int idCol = find(header, ID_NAMES);
        int valueCol = find(header, COVERAGE_NAMES);
        if (idCol < 0) {
            throw new CoverageTableException(sourceName, 1, -1, "no region id column; name one of "
                    + String.join(", ", ID_NAMES) + " (case, spaces and punctuation do not matter)", null);
        }
        if (valueCol < 0) {
            throw new CoverageTableException(sourceName, 1, -1, "no coverage column; name one of "
                    + String.join(", ", COVERAGE_NAMES) + " (add % or pct to the name for percentages)", null);
        }
        int dateCol = find(header, DATE_NAMES);
        int sourceCol = find(header, SOURCE_NAMES);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != idCol && i != valueCol && i != dateCol && i != sourceCol) ignored.add(header.get(i).text().trim());
        }
        boolean percentColumn = isPercentHeader(header.get(valueCol).text());
        boolean percentFromValues = !percentColumn && percentByValues(rows, header.size(), valueCol, separator);
        CoverageColumns columns = new CoverageColumns(header.get(idCol).text().trim(), header.get(valueCol).text().trim(),
                percentColumn, dateCol < 0 ? "" : header.get(dateCol).text().trim(),
                sourceCol < 0 ? "" : header.get(sourceCol).text().trim(), ignored, percentFromValues);
        boolean percent = columns.percent();

        List<CoverageRow> out = new ArrayList<>();
        List<JoinProblem> problems = new ArrayList<>();
        int blank = 0;
        for (List<Cell> row : rows.subList(1, rows.size())) {
            int line = row.get(0).line();
            if (row.size() == 1 && row.get(0).text().isBlank()) {
                blank++;
                continue;
            }
            if (row.size() != header.size()) {
                problems.add(new JoinProblem(JoinProblem.Kind.WRONG_CELL_COUNT, List.of(line), "", joined(row, separator), "",
                        "line " + line + " has " + row.size() + " cells, the header has " + header.size()
                                + (separator == ',' ? " (a decimal comma or an unquoted comma splits a cell)" : "")));
                continue;
            }
            String id = row.get(idCol).text().trim();
            if (id.isEmpty()) {
                problems.add(new JoinProblem(JoinProblem.Kind.EMPTY_ID, List.of(line), columns.id(), "", "",
                        "line " + line + " has no region id"));
                continue;
            }
            Cell valueCell = row.get(valueCol);
            OptionalDouble value = value(valueCell, percent, separator, columns.coverage(), id, problems);
            Optional<PartialDate> date = Optional.empty();
            if (dateCol >= 0 && !row.get(dateCol).text().isBlank()) {
                Cell d = row.get(dateCol);
                try {
                    date = Optional.of(PartialDate.parse(d.text().trim()));
                } catch (IllegalArgumentException e) {
                    problems.add(new JoinProblem(JoinProblem.Kind.BAD_DATE, List.of(d.line()), columns.date(),
                            d.text(), id, "line " + d.line() + ", column " + d.column() + " (" + Excerpt.of(columns.date()) + "): "
                            + e.getMessage() + "; the value is kept without a date"));
                }
            }
            String source = sourceCol < 0 ? "" : row.get(sourceCol).text().trim();
            out.add(new CoverageRow(line, id, value, valueCell.text(), date, source));
        }
        return new CoverageTable(sourceName, columns, out, problems, rows.size() - 1 - blank, blank);
    }

    /**
     * Whether a column whose header does not say percent holds percentages all the same: plain
     * numbers of which some are above 1, none is below 0 or above 100, and none is a fraction
     * between 0 and 1 (72.5, 88, 41.2, 0). A fraction column never holds such numbers, and reading
     * them as out of range would leave the map empty. A column that mixes fractions with numbers
     * above 1, or has one above 100, stays a fraction column, so the mistake is reported.
     */
    private static boolean percentByValues(List<List<Cell>> rows, int columns, int valueCol, char separator) {
        boolean aboveOne = false;
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.size() != columns) continue;
            String text = row.get(valueCol).text().trim();
            if (text.isEmpty() || text.endsWith("%")) continue;
            if (separator == ';') text = text.replace(',', '.');
            if (!NUMBER.matcher(text).matches()) continue;
            double number = Double.parseDouble(text);
            if (number < 0 || number > 100 || (number > 0 && number < 1)) return false;
            if (number > 1) aboveOne = true;
        }
        return aboveOne;
    }

    private static OptionalDouble value(Cell cell, boolean percentColumn, char separator, String column, String id,
                                        List<JoinProblem> problems) {
        String raw = cell.text();
        String where = "line " + cell.line() + ", column " + cell.column() + " (" + Excerpt.of(column) + ")";
        String text = raw.trim();
        if (text.isEmpty()) {
            problems.add(new JoinProblem(JoinProblem.Kind.EMPTY_VALUE, List.of(cell.line()), column, raw, id,
                    where + ": no coverage value for '" + id + "'"));
            return OptionalDouble.empty();
        }
        boolean percent = percentColumn;
        if (text.endsWith("%")) {
            percent = true;
            text = text.substring(0, text.length() - 1).trim();
        }
        if (separator == ';') text = text.replace(',', '.');
        if (!NUMBER.matcher(text).matches()) {
            problems.add(new JoinProblem(JoinProblem.Kind.NOT_A_NUMBER, List.of(cell.line()), column, raw, id,
                    where + ": " + Excerpt.quoted(raw) + " is not a number"));
            return OptionalDouble.empty();
        }
        double number = Double.parseDouble(text);
        double max = percent ? 100 : 1;
        if (number < 0 || number > max) {
            String hint = !percent && number > 1 && number <= 100
                    ? "; fractions must be 0..1: write " + Excerpt.of(text) + "% or name the column coverage_pct for percentages"
                    : "; " + (percent ? "percentages must be 0..100" : "fractions must be 0..1");
            problems.add(new JoinProblem(JoinProblem.Kind.OUT_OF_RANGE, List.of(cell.line()), column, raw, id,
                    where + ": " + Excerpt.quoted(raw) + " is out of range" + hint));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(percent ? number / 100 : number);
    }

    /** Reads every row as cells with their positions. */
    private List<List<Cell>> parse(String text, char separator, String sourceName) throws CoverageTableException {
        List<List<Cell>> rows = new ArrayList<>();
        try (CsvParser parser = csv.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"'));
            List<Cell> row = null;
            int rowLine = 1;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (t == JsonToken.VALUE_STRING) {
                    JsonLocation at = parser.currentTokenLocation();
                    row.add(new Cell(parser.getText(), at.getLineNr(), at.getColumnNr()));
                } else if (t == JsonToken.END_ARRAY) {
                    if (row.isEmpty()) row.add(new Cell("", rowLine, 1));
                    rows.add(row);
                    rowLine = row.get(row.size() - 1).line() + 1;
                }
            }
        } catch (StreamReadException e) {
            int[] open = unclosedQuote(text, separator);
            if (open != null) {
                throw new CoverageTableException(sourceName, open[0], open[1],
                        "a quoted cell opened here is never closed (check for a missing or extra \")", e);
            }
            JsonLocation at = e.getLocation();
            throw new CoverageTableException(sourceName, at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), "broken CSV: " + Excerpt.inMessage(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new CoverageTableException(sourceName, -1, -1, "could not be read: " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * Where the last quoted cell that is never closed opens, as {line, column}, or null. The parser
     * reports such errors at the end of the file, which is no help in finding them.
     */
    static int[] unclosedQuote(String text, char separator) {
        int line = 1;
        int column = 0;
        boolean atCellStart = true;
        boolean quoted = false;
        int[] opened = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                        column++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && atCellStart) {
                quoted = true;
                opened = new int[] {line, column};
            }
            if (c == '\n') {
                line++;
                column = 0;
                atCellStart = !quoted;
            } else if (!quoted) {
                atCellStart = c == separator;
            }
        }
        return quoted ? opened : null;
    }

    /** The most frequent candidate separator outside quotes in the header line; comma when none. */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        if (semicolon > comma && semicolon >= tab) return ';';
        if (tab > comma && tab > semicolon) return '\t';
        return ',';
    }

    private static int find(List<Cell> header, List<String> names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (fold(header.get(i).text()).equals(name) || fold(header.get(i).text()).equals(name + "%")) return i;
            }
        }
        return -1;
    }

    /** Lower case, no accents, letters, digits and % only: "Coverage (%)" → "coverage%", "región_id" → "regionid". */
    static String fold(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]", "");
    }

    static boolean isPercentHeader(String header) {
        String f = fold(header);
        if (f.contains("%")) return true;
        for (String word : PERCENT_WORDS) if (f.contains(word)) return true;
        return false;
    }

    private static String joined(List<Cell> row, char separator) {
        StringBuilder s = new StringBuilder();
        for (Cell c : row) {
            if (s.length() > 0) s.append(separator);
            s.append(c.text());
        }
        return s.toString();
    }

    private record Cell(String text, int line, int column) {
    }
}
