package org.redmap.io;

import java.io.IOException;

/**
 * A file refused before (or while) it was read: not a regular file, too big for its kind or for
 * the memory Java may use. The message names the file as the user gave it: {@code
 * regions.geojson: is not a regular file (a named pipe); redmap reads only regular files}.
 */
public class InputFileException extends IOException {

    private final String file;
    private final String reason;

    public InputFileException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
