package org.redmap.io;

import java.io.IOException;

/**
 * A vendor-assignments file that cannot be used. The message always names the file, the JSON
 * pointer of the offending value ("/regions/3/vendor") and, when known, its line and column, so
 * that someone editing the file by hand can go straight to the mistake.
 */
public final class AssignmentFileException extends IOException {

    private final String file;
    private final String pointer;
    private final int line;
    private final int column;

    /**
     * @param pointer JSON pointer of the offending value, "" for the whole document
     * @param line    1-based, or -1 when unknown
     */
    public AssignmentFileException(String file, String pointer, int line, int column, String problem) {
        super(format(file, pointer, line, column, problem));
        this.file = file;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    public AssignmentFileException(String file, String pointer, int line, int column, String problem,
                                   Throwable cause) {
        this(file, pointer, line, column, problem);
        initCause(cause);
    }

    private static String format(String file, String pointer, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file).append(": ");
        sb.append(pointer.isEmpty() ? "(document)" : pointer);
        if (line > 0) sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public String pointer() {
        return pointer;
    }

    /** 1-based line of the offending value, or -1 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
