package org.redmap.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.redmap.export.AtomicFiles;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;

/**
 * The recovery file: the unsaved project as it was a moment ago, so that a crash or a kill loses
 * at most the last second or two of work. Two files in {@code <redmap home>/recovery/}:
 * {@code unsaved.redmap.json}, an ordinary project file with absolute data paths (so it opens from
 * anywhere), and {@code recovery.json}, which says when it was written and which project file, if
 * any, it belongs to. Both are written atomically, the project first; the project decides whether
 * there is anything to recover. Every method does file I/O: call them off the UI thread.
 *
 * <p>Each running window holds a lock on the folder it uses ({@code recovery.lock}), so a second
 * window takes {@code recovery-2/}, a third {@code recovery-3/}, and none offers back or deletes the
 * work of a window still running. A killed window's lock goes with its process, so the next window
 * to start takes its folder and offers its work.
 */
final class RecoveryStore implements AutoCloseable {

    static final String FOLDER = "recovery";
    static final String PROJECT = "unsaved" + ProjectFile.EXTENSION;
    static final String META = "recovery.json";
    static final String LOCK = "recovery.lock";
    /** More windows than this at once share the last folder, unlocked, rather than not autosaving. */
    static final int MAX_FOLDERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was found at start-up. */
    record Recovered(Path project, Optional<Path> projectFile, Instant savedAt) {
    }

    private final Path home;
    private Path folder;
    private FileChannel lockChannel;
    private FileLock lock;

    RecoveryStore(Path home) {
        this.home = home;
    }

    /** The folder this window uses, chosen (and locked) on first use. */
    synchronized Path folder() {
        if (folder == null) folder = claim();
        return folder;
    }

    private Path claim() {
        for (int i = 1; i <= MAX_FOLDERS; i++) {
            Path candidate = home.resolve(i == 1 ? FOLDER : FOLDER + "-" + i);
            try {
                Files.createDirectories(candidate);
                FileChannel channel = FileChannel.open(candidate.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock taken;
                try {
                    taken = channel.tryLock();
                } catch (OverlappingFileLockException heldInThisJvm) {
                    taken = null;
                }
                if (taken != null) {
                    lockChannel = channel;
                    lock = taken;
                    return candidate;
                }
                channel.close();
            } catch (IOException e) {
                // A folder that cannot be locked (a file system without locks) is used as it is.
                return candidate;
            }
        }
        return home.resolve(FOLDER + "-" + MAX_FOLDERS);
    }

    /** Lets another window use the folder. */
    @Override
    public synchronized void close() {
        try {
            if (lock != null) lock.release();
            if (lockChannel != null) lockChannel.close();
        } catch (IOException e) {
            // Closing the process releases it anyway.
        }
        lock = null;
        lockChannel = null;
    }

    Path projectPath() {
        return folder().resolve(PROJECT);
    }

    /** Writes the project and what it belongs to, replacing any earlier recovery. */
    void write(Project project, Optional<Path> projectFile, Instant at) throws IOException {
        Path folder = folder();
        Files.createDirectories(folder);
        // No file to be relative to: the data paths are written absolute.
        byte[] bytes = ProjectFile.bytes(project, null);
        AtomicFiles.write(projectPath(), out -> out.write(bytes));
        ObjectNode meta = JSON.createObjectNode();
        meta.put("format", "redmap-recovery");
        meta.put("version", 1);
        meta.put("saved_at", at.toString());
        if (projectFile.isPresent()) meta.put("project_file", projectFile.get().toAbsolutePath().normalize().toString());
        else meta.putNull("project_file");
        byte[] metaBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta);
        AtomicFiles.write(folder.resolve(META), out -> out.write(metaBytes));
    }

    /** The recovery left by a run that did not close cleanly, if there is one. */
    Optional<Recovered> find() {
        Path project = projectPath();
        if (!Files.isRegularFile(project)) return Optional.empty();
        Optional<Path> belongsTo = Optional.empty();
        Instant at;
        try {
            at = Files.getLastModifiedTime(project).toInstant();
        } catch (IOException e) {
            at = Instant.now();
        }
        try {
            JsonNode meta = JSON.readTree(folder().resolve(META).toFile());
            JsonNode file = meta.path("project_file");
            if (file.isTextual() && !file.asText().isBlank()) belongsTo = Optional.of(Path.of(file.asText()));
            if (meta.path("saved_at").isTextual()) at = Instant.parse(meta.path("saved_at").asText());
        } catch (IOException | RuntimeException e) {
            // A lost or damaged note only costs the link to the project file: the work itself is kept.
        }
        return Optional.of(new Recovered(project, belongsTo, at));
    }

    /** Removes the recovery: saved, discarded, or closed cleanly. */
    void delete() throws IOException {
        Files.deleteIfExists(projectPath());
        Files.deleteIfExists(folder().resolve(META));
    }
}
