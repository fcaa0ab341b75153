package org.redmap.project;

import java.nio.file.Path;
import java.util.List;
import org.redmap.io.JsonFileException;

/**
 * A project naming data outside its folder and the allowed ones: refused before any of its data
 * is read, located at the project value naming the first such file. The window asks whether to
 * allow the {@link #folders()}; the command line says which {@code --allow-data-dir} would.
 */
public final class DataOutsideProjectException extends JsonFileException {

    private final List<Path> folders;

    DataOutsideProjectException(JsonFileException at, List<Path> folders) {
        super(at.file(), at.pointer(), at.line(), at.column(), at.reason(), null);
        this.folders = List.copyOf(folders);
    }

    /** The folders that would have to be allowed for the project to open. */
    public List<Path> folders() {
        return folders;
    }
}
