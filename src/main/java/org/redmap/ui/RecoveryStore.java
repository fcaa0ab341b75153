package org.redmap.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redmap.io.AtomicFiles;
import org.redmap.project.Project;
import org.redmap.project.ProjectFile;

/**
 * Recovery files: the unsaved project as it was a moment ago, so that a crash or a kill loses at
 * most the last second or two of work. Each lives in a folder of its own under the redmap home,
 * {@code recovery/}, {@code recovery-2/}, {@code recovery-3/} …, as two files:
 * {@code unsaved.redmap.json}, an ordinary project file with absolute data paths (so it opens from
 * anywhere), and {@code recovery.json}, which says when it was written, the project's title and
 * which project file, if any, it belongs to. Both are written atomically, the project first; the
 * project decides whether a folder holds anything to recover. Every method does file I/O: call
 * them off the UI thread.
 *
 * <p>The rule that keeps work: a folder that holds a recovery nobody restored is never written to
 * or emptied, except by an explicit {@link #discard}. This session writes to its own folder, the
 * first that holds no recovery and no other window is using, so a new session writes beside the
 * work of an earlier one. {@link #delete} (after a save, Don't Save or a clean close) empties only
 * that folder. An earlier session's recovery becomes this session's own only once it has been
 * restored on screen ({@link #adopt}).
 *
 * <p>Each running window holds a lock ({@code recovery.lock}) on the folder it writes to and on
 * each earlier recovery it is offering, so no two windows ever write to one folder, or offer,
 * restore or delete one another's work. A killed window's locks go with its process, so the next
 * window to start offers its work. On a file system without locks, a folder is used unlocked.
 */
final class RecoveryStore implements AutoCloseable {

    static final String FOLDER = "recovery";
    static final String PROJECT = "unsaved" + ProjectFile.EXTENSION;
    static final String META = "recovery.json";
    static final String LOCK = "recovery.lock";
    /** A bound on the folders looked at, so a broken file system cannot make the search endless. */
    static final int MAX_FOLDERS = 1000;
    private static final Pattern FOLDER_NAME = Pattern.compile(Pattern.quote(FOLDER) + "(-[1-9][0-9]{0,8})?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A recovery left by a session that did not close cleanly.
     *
     * @param project     its {@code unsaved.redmap.json}
     * @param projectFile the project file the work belongs to; empty for an untitled project
     * @param savedAt     when it was written
     * @param title       the map's title then; empty when the note does not say
     */
    record Recovered(Path project, Optional<Path> projectFile, Instant savedAt, String title) {

        Path folder() {
            return project.getParent();
        }
    }

    /** A folder this store uses, and its lock while it holds one. */
    private record Slot(Path folder, FileChannel channel, FileLock lock) {

        void release() {
            try {
                if (lock != null) lock.release();
                if (channel != null) channel.close();
            } catch (IOException e) {
                // Closing the process releases it anyway.
            }
        }
    }

    private final Path home;
    /** Where this session writes; null until the first write. */
    private Slot own;
    /** Earlier sessions' recoveries on offer in this window, by folder. */
    private final Map<Path, Slot> offered = new LinkedHashMap<>();
    /** After {@link #close}: a late task of the closing window must not take a lock no one would let go. */
    private boolean closed;

    RecoveryStore(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** Where this session's recovery is, or will be: no I/O, for messages. */
    synchronized Path location() {
        return own != null ? own.folder() : home.resolve(FOLDER);
    }

    /** The folder this session writes to, chosen (and locked) on first use. */
    synchronized Path folder() throws IOException {
        if (closed) throw new IOException("the recovery of this window is closed");
        if (own == null) own = claim();
        return own.folder();
    }

    private Slot claim() throws IOException {
        for (int i = 1; i <= MAX_FOLDERS; i++) {
            Path candidate = slotFolder(i);
            if (offered.containsKey(candidate)) continue;
            Slot slot = lock(candidate);
            if (slot == null) continue;
            // Work nobody restored: not this session's to overwrite.
            if (holdsProject(candidate)) {
                slot.release();
                continue;
            }
            return slot;
        }
        throw new IOException("no free recovery folder in " + home + ": the first " + MAX_FOLDERS
                + " are in use by other windows or hold unsaved work");
    }

    private Path slotFolder(int i) {
        return home.resolve(i == 1 ? FOLDER : FOLDER + "-" + i);
    }

    /** The folder's lock, or null when another window (in this process or another) holds it. */
    private static Slot lock(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // A read-only lock file or a file system without locks: used as it is.
            return new Slot(folder, null, null);
        }
        try {
            FileLock taken = channel.tryLock();
            if (taken != null) return new Slot(folder, channel, taken);
        } catch (OverlappingFileLockException heldInThisProcess) {
            // Another window of this process.
        } catch (IOException e) {
            channel.close();
            return new Slot(folder, null, null);
        }
        channel.close();
        return null;
    }

    private static boolean holdsProject(Path folder) {
        return Files.isRegularFile(folder.resolve(PROJECT));
    }

    /** Lets other windows use this session's folder and the recoveries it was offering. */
    @Override
    public synchronized void close() {
        closed = true;
        if (own != null) own.release();
        own = null;
        offered.values().forEach(Slot::release);
        offered.clear();
    }

    /** This session's recovery file (it may not exist yet). */
    Path projectPath() throws IOException {
        return folder().resolve(PROJECT);
    }

    /** Writes this session's project and what it belongs to, replacing this session's earlier recovery. */
    synchronized void write(Project project, Optional<Path> projectFile, Instant at) throws IOException {
        Path folder = folder();
        Files.createDirectories(folder);
        // No file to be relative to: the data paths are written absolute.
        byte[] bytes = ProjectFile.bytes(project, null);
        AtomicFiles.write(folder.resolve(PROJECT), out -> out.write(bytes));
        ObjectNode meta = JSON.createObjectNode();
        meta.put("format", "redmap-recovery");
        meta.put("version", 1);
        meta.put("saved_at", at.toString());
        if (projectFile.isPresent()) meta.put("project_file", projectFile.get().toAbsolutePath().normalize().toString());
        else meta.putNull("project_file");
        meta.put("title", project.title());
        byte[] metaBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta);
        AtomicFiles.write(folder.resolve(META), out -> out.write(metaBytes));
    }

    /** Removes this session's recovery (saved, discarded, or closed cleanly); never another's. */
    synchronized void delete() throws IOException {
        if (own == null) return;
        Files.deleteIfExists(own.folder().resolve(PROJECT));
        Files.deleteIfExists(own.folder().resolve(META));
    }

    /**
     * Every recovery left by a session that is not running any more, newest first; each is locked
     * for this window until it is {@linkplain #adopt restored}, {@linkplain #discard discarded} or
     * {@linkplain #release released}. Recoveries already on offer here are listed again.
     */
    synchronized List<Recovered> unrestored() throws IOException {
        if (closed) return List.of();
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(home)) {
            try (DirectoryStream<Path> in = Files.newDirectoryStream(home, p -> FOLDER_NAME.matcher(p.getFileName().toString()).matches())) {
                in.forEach(folders::add);
            }
        }
        List<Recovered> found = new ArrayList<>();
        for (Path folder : folders) {
            if (own != null && own.folder().equals(folder)) continue;
            if (!holdsProject(folder)) continue;
            if (!offered.containsKey(folder)) {
                Slot slot = lock(folder);
                if (slot == null) continue;
                // Written or cleaned up by its window just before that window let go.
                if (!holdsProject(folder)) {
                    slot.release();
                    continue;
                }
                offered.put(folder, slot);
            }
            found.add(read(folder));
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    private static Recovered read(Path folder) {
        Path project = folder.resolve(PROJECT);
        Optional<Path> belongsTo = Optional.empty();
        String title = "";
        Instant at;
        try {
            at = Files.getLastModifiedTime(project).toInstant();
        } catch (IOException e) {
            at = Instant.now();
        }
        try {
            JsonNode meta = JSON.readTree(folder.resolve(META).toFile());
            JsonNode file = meta.path("project_file");
            if (file.isTextual() && !file.asText().isBlank()) belongsTo = Optional.of(Path.of(file.asText()));
            if (meta.path("saved_at").isTextual()) at = Instant.parse(meta.path("saved_at").asText());
            if (meta.path("title").isTextual()) title = meta.path("title").asText();
        } catch (IOException | RuntimeException e) {
            // A lost or damaged note only costs the link to the project file: the work itself is kept.
        }
        return new Recovered(project, belongsTo, at, title);
    }

    /** The recovery as it is on disk now (for a retry after the analyst fixed something). */
    synchronized Recovered reread(Recovered r) {
        return read(r.folder());
    }

    /**
     * The analyst chose to throw an earlier session's work away: its files go and its folder is
     * free again.
     */
    synchronized void discard(Recovered r) throws IOException {
        Slot slot = offered.get(r.folder());
        if (slot == null) throw new IOException(r.project() + " is not on offer in this window (another window may be using it)");
        Files.deleteIfExists(r.folder().resolve(PROJECT));
        Files.deleteIfExists(r.folder().resolve(META));
        offered.remove(r.folder());
        slot.release();
    }

    /**
     * The recovery was restored on screen: its folder becomes this session's, so later autosaves
     * bring it up to date and a save, Don't Save or clean close removes it. The folder this session
     * wrote to before is let go; any work still in it stays there for the next start.
     */
    synchronized void adopt(Recovered r) {
        Slot slot = offered.remove(r.folder());
        if (slot == null) throw new IllegalStateException(r.project() + " is not on offer in this window");
        if (own != null) own.release();
        own = slot;
    }

    /** Stops offering these recoveries in this window, so another window may offer them. */
    synchronized void release(List<Recovered> rs) {
        for (Recovered r : rs) {
            Slot slot = offered.remove(r.folder());
            if (slot != null) slot.release();
        }
    }

    /** Stops offering every earlier recovery in this window. */
    synchronized void releaseOffered() {
        offered.values().forEach(Slot::release);
        offered.clear();
    }
}
