package org.redmap.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.redmap.io.AtomicFiles;
import org.redmap.io.LeftoverTemps;
import org.redmap.io.InputFileException;
import org.redmap.io.InputFiles;
import org.redmap.io.InputKind;

/**
 * Project files ({@code *.redmap.json}, format {@code redmap-project}, documented in data/README.md):
 * save atomically, read strictly, open whole.
 *
 * <p>What the window calls: {@link #open} for File → Open (nothing is returned, and so nothing is
 * shown, unless the file, every data file and every reference into them are good),
 * {@link #save} for File → Save, {@link ProjectHash#ofUnsaved} for exporting an unsaved state.
 */
public final class ProjectFile {

    /** What project files are called: {@code briefing.redmap.json}. */
    public static final String EXTENSION = ".redmap.json";

    private ProjectFile() {
    }

    /**
     * Writes the project to {@code file} atomically: a temporary file in the same folder, flushed
     * and forced to disk, then renamed over the target, so a crash or a full disk leaves the old file
     * whole. Data paths are stored relative to the file's folder where possible.
     *
     * @return the hash of the bytes written, which exports of the saved project record
     */
    public static ProjectHash save(Project project, Path file) throws IOException {
        return save(project, file, (bytes, out) -> out.write(bytes));
    }

    /** As {@link #save(Project, Path)}, with what writes the bytes replaceable, so tests can fail it halfway. */
    static ProjectHash save(Project project, Path file, BytesWriter writer) throws IOException {
        byte[] bytes = bytes(project, file);
        AtomicFiles.write(file, out -> writer.write(bytes, out));
        return ProjectHash.ofFile(bytes);
    }

    @FunctionalInterface
    interface BytesWriter {
        void write(byte[] bytes, java.io.OutputStream out) throws IOException;
    }

    /** The bytes {@link #save} writes for this project at this place (null: no place yet, absolute paths). */
    public static byte[] bytes(Project project, Path file) {
        return ProjectWriter.bytes(project, file);
    }

    /**
     * Reads and checks the project file alone, without its data files: for tools that only look at
     * a project. Use {@link #open} to show or export one.
     */
    public static Project read(Path file) throws IOException {
        return parse(file, readBytes(file)).project();
    }

    /**
     * Reads the project, loads every data file it names, applies its overrides, weights and
     * annotations to them, and only then returns. Any problem is a {@link ProjectException} naming the
     * file, the JSON pointer, line and column of the value at fault, and what is wrong, for example
     * {@code briefing.redmap.json: /data/regions (line 5, column 23): the regions file ../x.geojson named
     * by the project does not exist}.
     */
    public static OpenedProject open(Path file, MapSource source) throws IOException {
        return open(file, source, null);
    }

    /**
     * As {@link #open(Path, MapSource)}, and first checks that every data file lies under the
     * project's folder or one of {@code folders}: a project naming {@code ../../etc/passwd} is a
     * {@link DataOutsideProjectException} before any data is read. The command line and File → Open
     * call this; the two-argument form is for project files redmap wrote itself (recovery).
     *
     * @param folders the folders allowed besides the project's; null checks nothing
     */
    public static OpenedProject open(Path file, MapSource source, DataFolders folders) throws IOException {
        return open(file, folder(file), source, folders, UnaryOperator.identity());
    }

    /**
     * As {@link #open(Path, MapSource)}, for a file kept apart from its project (the window's
     * recovery file, which redmap wrote itself): data files are named relative to {@code folder},
     * the project's own, and those the analyst located elsewhere are put in by {@code relocate}
     * before anything is read. Problems are still located in {@code file}.
     */
    public static OpenedProject open(Path file, Path folder, MapSource source, UnaryOperator<DataFiles> relocate)
            throws IOException {
        return open(file, folder, source, null, relocate);
    }

    private static OpenedProject open(Path file, Path folder, MapSource source, DataFolders folders,
                                      UnaryOperator<DataFiles> relocate) throws IOException {
        // Opening a project is redmap's start in its folder: the half-files of a save or export killed there go.
        LeftoverTemps.clean(folder(file));
        byte[] bytes = readBytes(file);
        ProjectReader.Parsed parsed = ProjectReader.read(bytes, name(file), folder);
        if (folders != null) checkFolders(parsed, folders, folder);
        Project project = parsed.project().withData(relocate.apply(parsed.project().data()));
        try {
            ProjectSession session = ProjectSession.load(project, source, folder);
            return new OpenedProject(file.toAbsolutePath().normalize(), project, session, ProjectHash.ofFile(bytes));
        } catch (ProjectProblem p) {
            throw parsed.locations().error(p.pointer(), p.reason(), p);
        }
    }

    private static void checkFolders(ProjectReader.Parsed parsed, DataFolders folders, Path projectFolder)
            throws DataOutsideProjectException {
        List<DataFolders.Outside> outside = folders.outside(parsed.project().data(), projectFolder);
        if (outside.isEmpty()) return;
        DataFolders.Outside first = outside.get(0);
        List<Path> allow = DataFolders.foldersOf(outside);
        String reason = "the " + first.what() + " " + first.file() + " lies outside the project's folder " + projectFolder
                + (outside.size() > 1 ? " (and " + (outside.size() - 1) + " more data file(s))" : "")
                + "; redmap reads a project's data only from its folder or a folder you allow: "
                + allow.stream().map(f -> "--allow-data-dir " + f).collect(Collectors.joining(" "));
        throw new DataOutsideProjectException(parsed.locations().error(first.pointer(), reason), allow);
    }

    /** SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        return Hashes.sha256(file);
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        return Hashes.sha256(bytes);
    }

    private static ProjectReader.Parsed parse(Path file, byte[] bytes) throws ProjectException {
        return ProjectReader.read(bytes, name(file), folder(file));
    }

    private static byte[] readBytes(Path file) throws ProjectException {
        try {
            if (Files.isDirectory(file)) throw new ProjectException(name(file), "", -1, -1, "is a folder, not a project file", null);
            return InputFiles.ofRuntime().readAllBytes(file, InputKind.PROJECT);
        } catch (NoSuchFileException e) {
            throw new ProjectException(name(file), "", -1, -1, "no such project file (" + file.toAbsolutePath().normalize() + ")", e);
        } catch (ProjectException e) {
            throw e;
        } catch (InputFileException e) {
            throw new ProjectException(name(file), "", -1, -1, e.reason(), e);
        } catch (IOException e) {
            throw new ProjectException(name(file), "", -1, -1, "could not be read: " + e.getMessage(), e);
        }
    }

    private static String name(Path file) {
        return file.toString();
    }

    private static Path folder(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}
