package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearInferenceTest {

    private static final LocalDate JAN_5_2021 = LocalDate.of(2021, 1, 5);

    @Test
    void crossesTheNewYearBackwards() {
        assertEquals(Optional.of(LocalDate.of(2020, 12, 20)), YearInference.day(12, 20, JAN_5_2021));
        assertEquals(YearMonth.of(2020, 12), YearInference.month(12, JAN_5_2021));
    }

    @Test
    void pastIsPreferredOverAnEquallyDistantFuture() {
        // 2020-06-10 is 209 days back, 2021-06-10 is 156 days ahead: weighted, the past wins.
        assertEquals(Optional.of(LocalDate.of(2020, 6, 10)), YearInference.day(6, 10, JAN_5_2021));
        // 2021-04-01 is 86 days ahead against 279 back: clearly the coming one.
        assertEquals(Optional.of(LocalDate.of(2021, 4, 1)), YearInference.day(4, 1, JAN_5_2021));
    }

    @Test
    void leapDayOnlyInLeapYears() {
        assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), YearInference.day(2, 29, LocalDate.of(2021, 3, 7)));
        assertEquals(Optional.empty(), YearInference.day(2, 29, LocalDate.of(2022, 6, 1)));
    }

    @Test
    void twoDigitHijriYearsTakeTheNearestCentury() {
        assertEquals(1399, HijriRules.expand(99, 1399));
        assertEquals(1399, HijriRules.expand(99, 1401));
        assertEquals(1402, HijriRules.expand(2, 1399));
    }
}
