package org.redmap.io;

import java.io.IOException;

/**
 * A JSON file redmap cannot use, located well enough to fix by hand: the file, the JSON pointer of
 * the offending value and, when known, its line and column, then what is wrong:
 * {@code risk-model.json: /factors/1/weight (line 31, column 17): weight must be 0 or more, found -1}.
 * The whole file is refused. One shape of message for every such file (vendor assignments, models,
 * timelines, projects), so an analyst learns to read it once.
 */
public class JsonFileException extends IOException {

    private final String file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param pointer JSON pointer of the offending value; "" or null for the whole document
     * @param line    1-based, or -1 when unknown
     * @param column  1-based, or -1 when unknown
     */
    public JsonFileException(String file, String pointer, int line, int column, String reason, Throwable cause) {
        super(format(file, pointer, line, column, reason), cause);
        this.file = file;
        this.pointer = pointer == null ? "" : pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file's name as the user gave it. */
    public String file() {
        return file;
    }

    /** JSON pointer of the offending value ("" for the whole document). */
    public String pointer() {
        return pointer;
    }

    /** 1-based, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    private static String format(String file, String pointer, int line, int column, String reason) {
        StringBuilder s = new StringBuilder(file).append(": ");
        boolean hasPointer = pointer != null && !pointer.isEmpty();
        if (hasPointer) s.append(pointer);
        if (line > 0) {
            s.append(hasPointer ? " (line " : "line ").append(line);
            if (column > 0) s.append(", column ").append(column);
            if (hasPointer) s.append(')');
        }
        if (hasPointer || line > 0) s.append(": ");
        return s.append(reason).toString();
    }
}
