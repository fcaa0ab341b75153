package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.redmap.analysis.RiskModelReader;
import org.redmap.analysis.DataFileException;

/** Risk model files, read strictly. */
class RiskModelFuzzTest {

    private static final String NAME = "fuzz-risk-model.json";

    @FuzzTest
    void readsRiskModel(byte[] input) {
        if (ReaderContract.tooLarge(input)) return;
        try {
            new RiskModelReader().read(input, NAME);
        } catch (DataFileException e) {
            ReaderContract.located(e, NAME, input);
        }
    }
}
