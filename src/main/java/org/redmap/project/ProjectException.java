package org.redmap.project;

import org.redmap.io.JsonFileException;

/**
 * A project that cannot be opened:
 * {@code briefing.redmap.json: /annotations/3/type (line 41, column 15): unknown annotation type 'circle' (...)}.
 * The whole project is refused; nothing of it is opened.
 */
public final class ProjectException extends JsonFileException {

    public ProjectException(String file, String pointer, int line, int column, String reason, Throwable cause) {
        super(file, pointer, line, column, reason, cause);
    }
}
