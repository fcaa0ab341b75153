package org.redmap.project;

import java.io.IOException;

/**
 * A project that cannot be opened, located well enough to fix by hand:
 * {@code briefing.redmap.json: /annotations/3/type (line 41, column 15): unknown annotation type 'circle' (...)}.
 * The whole project is refused; nothing of it is opened.
 */
public final class ProjectException extends IOException {

    private final String file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;

    public ProjectException(String file, String pointer, int line, int column, String reason, Throwable cause) {
        super(format(file, pointer, line, column, reason), cause);
        this.file = file;
        this.pointer = pointer == null ? "" : pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The project file's name as the user gave it. */
    public String file() {
        return file;
    }

    /** JSON pointer of the offending value ("" for the whole file). */
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
