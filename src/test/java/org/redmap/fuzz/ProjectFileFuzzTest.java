package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import org.redmap.project.ProjectException;
import org.redmap.project.ProjectFile;

/**
 * Project files, read and checked on their own: opening one would also read the data files it
 * names, which for fuzzed paths could be any file on the machine.
 */
class ProjectFileFuzzTest {

    private static final String NAME = "fuzz.redmap.json";

    @FuzzTest
    void readsProject(byte[] input) throws IOException {
        if (ReaderContract.tooLarge(input)) return;
        Path file = ReaderContract.file(NAME, input);
        try {
            ProjectFile.read(file);
        } catch (ProjectException e) {
            ReaderContract.located(e, file.toString(), input);
        } finally {
            ReaderContract.delete(file);
        }
    }
}
