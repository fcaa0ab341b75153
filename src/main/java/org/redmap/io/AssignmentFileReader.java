package org.redmap.io;

import java.io.IOException;
import java.nio.file.Path;
import org.redmap.tagging.AssignmentBook;

/**
 * Reads a {@code redmap-vendor-assignments} file (format described in data/README.md) into an
 * {@link AssignmentBook}. Validation is strict, because the file is hand-edited and a silently
 * skipped rule would show a region as "unassigned" or, worse, a guess as a report: any problem
 * fails the whole read with an {@link AssignmentFileException} naming the file, the JSON pointer
 * and the line and column. Unknown keys are rejected for the same reason (a misspelt
 * {@code "confidance"} must not vanish); a file with a newer {@code version} is rejected before
 * its keys are looked at, with a message saying it was made by a newer redmap.
 */
public final class AssignmentFileReader {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "redmap-vendor-assignments";
    /** The newest format version this reader understands. */
    public static final int VERSION = 1;

    public AssignmentBook read(Path file) throws IOException {
        return read(InputFiles.ofRuntime().readAllBytes(file, InputKind.JSON_CONFIG), file.getFileName().toString());
    }

    /** @param fileName used in error messages only */
    public AssignmentBook read(byte[] json, String fileName) throws IOException {
        StrictJson<AssignmentFileException> parsed = StrictJson.parse(json, fileName, AssignmentFileException::new);
        return new AssignmentParser(new JsonFields(parsed)).parse(parsed.root());
    }
}
