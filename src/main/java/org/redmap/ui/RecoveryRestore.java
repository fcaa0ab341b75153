package org.redmap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.redmap.project.MapSource;
import org.redmap.project.OpenedProject;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;
import org.redmap.project.ProjectHash;

/**
 * One attempt at restoring a recovery: the recovery file read again from disk and opened whole
 * with its data, like File → Open, or the reason it could not be and the data files that are not
 * where it says. Nothing is changed on disk either way. No JavaFX: run it in the background.
 */
final class RecoveryRestore {

    private RecoveryRestore() {
    }

    /** What an attempt gave. */
    sealed interface Attempt permits Restored, Failed {
        RecoveryStore.Recovered from();
    }

    /**
     * @param saved     the project file it belongs to as saved, or null when there is none or it cannot be read
     *                  (then the restored work stays modified until saved)
     * @param savedHash the hash of that file's bytes, or null
     */
    record Restored(RecoveryStore.Recovered from, OpenedProject opened, Project saved, ProjectHash savedHash)
            implements Attempt {
    }

    /** @param missing the data files the recovery names (after the moves) that are not there */
    record Failed(RecoveryStore.Recovered from, Exception error, List<MovedDataFiles.Missing> missing) implements Attempt {
    }

    static Attempt attempt(RecoveryStore.Recovered r, MapSource source, MovedDataFiles moved) {
        // Data paths in a recovery are absolute; the project's folder names them in messages as its file does.
        Path folder = r.projectFile().map(Path::getParent).orElse(r.folder());
        OpenedProject opened;
        try {
            opened = ProjectFile.open(r.project(), folder, source, moved::apply);
        } catch (Exception e) {
            return new Failed(r, e, missing(r, moved));
        }
        Project saved = null;
        ProjectHash hash = null;
        if (r.projectFile().isPresent() && Files.isRegularFile(r.projectFile().get())) {
            try {
                byte[] bytes = Files.readAllBytes(r.projectFile().get());
                saved = ProjectFile.read(r.projectFile().get());
                hash = ProjectHash.ofFile(bytes);
            } catch (IOException unreadable) {
                // Then nothing on disk matches the restored work: it stays modified until saved.
                saved = null;
                hash = null;
            }
        }
        return new Restored(r, opened, saved, hash);
    }

    private static List<MovedDataFiles.Missing> missing(RecoveryStore.Recovered r, MovedDataFiles moved) {
        try {
            return moved.missing(ProjectFile.read(r.project()).data());
        } catch (IOException | RuntimeException unreadable) {
            // The recovery file itself is at fault: no data file to locate.
            return List.of();
        }
    }
}
