package org.redmap.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The SHA-256 that ties an export to the project it came from.
 *
 * <p>For a saved, unchanged project it is the hash of the project file's bytes. For an unsaved or
 * changed one it is the hash of the bytes {@link ProjectFile#bytes} would write for it: since the
 * writer is deterministic, that is the hash the file will have once saved, so an export made
 * before saving still names the file that reproduces it.
 *
 * @param sha256 lower-case hex
 * @param saved  true when it is the hash of a file on disk, false for an unsaved state
 */
public record ProjectHash(String sha256, boolean saved) {

    public ProjectHash {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
    }

    /** Of the bytes of a project file as read. */
    public static ProjectHash ofFile(byte[] fileBytes) {
        return new ProjectHash(Hashes.sha256(fileBytes), true);
    }

    /**
     * Of an unsaved state, as the file it would be saved to.
     *
     * @param file where it will be saved (data paths are stored relative to it), or null when it has no file yet
     */
    public static ProjectHash ofUnsaved(Project project, Path file) {
        return new ProjectHash(Hashes.sha256(ProjectWriter.bytes(project, file)), false);
    }
}
