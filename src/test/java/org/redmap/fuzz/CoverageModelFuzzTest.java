package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.redmap.analysis.CoverageModelReader;
import org.redmap.analysis.DataFileException;

/** Coverage model files, read strictly. */
class CoverageModelFuzzTest {

    private static final String NAME = "fuzz-coverage-model.json";

    @FuzzTest
    void readsCoverageModel(byte[] input) {
        if (ReaderContract.tooLarge(input)) return;
        try {
            new CoverageModelReader().read(input, NAME);
        } catch (DataFileException e) {
            ReaderContract.located(e, NAME, input);
        }
    }
}
