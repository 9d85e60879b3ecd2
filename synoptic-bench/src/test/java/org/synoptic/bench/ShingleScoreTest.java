package org.synoptic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void identicalTextsScoreOne() {
        ShingleScore.Counts c = ShingleScore.page("one two three four five", "one two three four five");
        assertEquals(new ShingleScore.Counts(1, 0, 0), c);
    }

    @Test
    void extraTextLowersPrecisionAndMissingTextLowersRecall() {
        ShingleScore.Counts c = ShingleScore.page("a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, c.tp(), 1e-12);
        assertEquals(1.0 / 3, c.fp(), 1e-12);
        assertEquals(0.0, c.fn(), 1e-12);
        assertEquals(2.0 / 3, c.precision(), 1e-12);
        assertEquals(1.0, c.recall(), 1e-12);
    }

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        assertEquals(List.of("Qalibaf", "s", "1399", "تهران", "snake_case", "Ⅻ"),
                ShingleScore.tokens("Qalibaf’s 1399, تهران! snake_case Ⅻ"));
    }

    @Test
    void shortTextsGiveOneShorterShingleAndEmptyTextNone() {
        assertEquals(new ShingleScore.Counts(1, 0, 0), ShingleScore.page("two words", "two words"));
        ShingleScore.Counts empty = ShingleScore.page("", "");
        assertEquals(new ShingleScore.Counts(0, 0, 0), empty);
    }

    @Test
    void emptyPredictionIsLeftOutOfThePrecisionMeanButCountsAgainstRecall() {
        ShingleScore.Result r = ShingleScore.aggregate(List.of(
                ShingleScore.page("a b c d", "a b c d"),
                ShingleScore.page("e f g h", "")), 1);
        assertEquals(1.0, r.precision(), 1e-12);
        assertEquals(0.5, r.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, r.f1(), 1e-12);
        assertEquals(0.5, r.accuracy(), 1e-12);
        assertTrue(ShingleScore.sameTokens("A, b!", "A b"));
    }
}
