package org.redmap.analysis;

import org.redmap.io.JsonFileException;

/**
 * A model or timeline file (coverage-model.json, risk-model.json, coverage-timeline.json) that
 * cannot be used. The whole file is refused: a silently skipped factor would change every score
 * without a word.
 */
public class DataFileException extends JsonFileException {

    public DataFileException(String file, String pointer, int line, int column, String reason) {
        this(file, pointer, line, column, reason, null);
    }

    public DataFileException(String file, String pointer, int line, int column, String reason, Throwable cause) {
        super(file, pointer, line, column, reason, cause);
    }
}
