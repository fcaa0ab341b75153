package org.redmap.io;

/**
 * A vendor-assignments file that cannot be used. The message names the file, the JSON pointer of
 * the offending value ("/regions/3/vendor") and, when known, its line and column, so that someone
 * editing the file by hand can go straight to the mistake.
 */
public final class AssignmentFileException extends JsonFileException {

    public AssignmentFileException(String file, String pointer, int line, int column, String problem) {
        super(file, pointer, line, column, problem, null);
    }

    public AssignmentFileException(String file, String pointer, int line, int column, String problem, Throwable cause) {
        super(file, pointer, line, column, problem, cause);
    }
}
