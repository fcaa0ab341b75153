package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.redmap.io.AssignmentFileException;
import org.redmap.io.AssignmentFileReader;

/** Vendor-assignment files: header, dictionaries and every rule section. */
class AssignmentFileFuzzTest {

    private static final String NAME = "fuzz-assignments.json";

    @FuzzTest
    void readsAssignments(byte[] input) throws IOException {
        if (ReaderContract.tooLarge(input)) return;
        try {
            new AssignmentFileReader().read(input, NAME);
        } catch (AssignmentFileException e) {
            ReaderContract.located(e, NAME, input);
        }
    }
}
