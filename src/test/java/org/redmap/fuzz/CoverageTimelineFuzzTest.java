package org.redmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.redmap.analysis.CoverageTimelineReader;
import org.redmap.analysis.DataFileException;

/** Coverage timeline files, read strictly. */
class CoverageTimelineFuzzTest {

    private static final String NAME = "fuzz-coverage-timeline.json";

    @FuzzTest
    void readsCoverageTimeline(byte[] input) {
        if (ReaderContract.tooLarge(input)) return;
        try {
            new CoverageTimelineReader().read(input, NAME);
        } catch (DataFileException e) {
            ReaderContract.located(e, NAME, input);
        }
    }
}
