package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import org.redmap.analysis.CoverageTableException;
import org.redmap.analysis.CoverageTableReader;

/** Coverage CSVs, from the file's bytes (encoding, separator, quoting, numbers, dates). */
class CoverageTableFuzzTest {

    private static final String NAME = "fuzz.csv";

    @FuzzTest
    void readsCoverageTable(byte[] input) throws IOException {
        if (ReaderContract.tooLarge(input)) return;
        Path file = ReaderContract.file(NAME, input);
        try {
            new CoverageTableReader().read(file);
        } catch (CoverageTableException e) {
            ReaderContract.located(e, NAME, input);
        } finally {
            ReaderContract.delete(file);
        }
    }
}
