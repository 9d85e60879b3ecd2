package org.synoptic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceTest {

    @ParameterizedTest
    @CsvSource({
        // agreeing, conflicting, weak signal: level
        "1, 0, false, HIGH",
        "3, 0, false, HIGH",
        "0, 0, false, MEDIUM",
        "1, 1, false, MEDIUM",
        "0, 1, false, LOW",
        "1, 0, true, MEDIUM",
        "0, 0, true, LOW",
        "1, 1, true, LOW",
    })
    void confidenceFollowsWhatOtherSignalsSay(int agreeing, int conflicting, boolean weak, Evidence.Confidence level) {
        assertEquals(level, Evidence.Confidence.of(agreeing, conflicting, weak));
    }
}
