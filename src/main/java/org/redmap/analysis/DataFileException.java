package org.redmap.analysis;

import java.io.IOException;

/**
 * A model or timeline file (coverage-model.json, risk-model.json, coverage-timeline.json) that
 * cannot be used, located well enough to fix by hand:
 * {@code risk-model.json: /factors/1/weight (line 31, column 17): weight must be 0 or more, found -1}.
 * The whole file is refused: a silently skipped factor would change every score without a word.
 */
public class DataFileException extends IOException {

    private final String file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;

    public DataFileException(String file, String pointer, int line, int column, String reason) {
        this(file, pointer, line, column, reason, null);
    }

    public DataFileException(String file, String pointer, int line, int column, String reason, Throwable cause) {
        super(format(file, pointer, line, column, reason), cause);
        this.file = file;
        this.pointer = pointer == null ? "" : pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

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

    public String reason() {
        return reason;
    }

    private static String format(String file, String pointer, int line, int column, String reason) {
        StringBuilder s = new StringBuilder(file).append(": ");
        boolean hasPointer = pointer != null && !pointer.isEmpty();
        if (hasPointer) s.append(pointer);
        if (line > 0) {
            s.append(hasPointer ? " (" : "(").append("line ").append(line);
            if (column > 0) s.append(", column ").append(column);
            s.append(')');
        }
        if (hasPointer || line > 0) s.append(": ");
        return s.append(reason).toString();
    }
}
