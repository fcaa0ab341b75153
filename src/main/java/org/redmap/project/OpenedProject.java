package org.redmap.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A project file opened whole: the project, its session (data loaded and checked), where it is,
 * and the hash of the bytes read, which exports of the unchanged project record.
 */
public record OpenedProject(Path file, Project project, ProjectSession session, ProjectHash hash) {

    public OpenedProject {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(hash, "hash");
    }
}
