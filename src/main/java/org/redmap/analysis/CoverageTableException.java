package org.redmap.analysis;

import java.io.IOException;

/**
 * A coverage table that cannot be read at all (broken quoting, no header, no id or coverage column),
 * located by line and column: {@code coverage.csv: line 4, column 12: a quoted cell opened here is
 * never closed}. Problems with single rows are not exceptions; they go into the join report.
 */
public class CoverageTableException extends IOException {

    private final String file;
    private final int line;
    private final int column;

    public CoverageTableException(String file, int line, int column, String reason, Throwable cause) {
        super(file + ": " + (line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "") + reason,
                cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based, or -1 when unknown. */
    public int column() {
        return column;
    }
}
