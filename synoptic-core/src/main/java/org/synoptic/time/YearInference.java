package org.synoptic.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Chooses the year of a date written without one ("February 8", "in December"): of the
 * anchor's year and its two neighbours, the one that puts the date nearest the publication date.
 * News looks back more than ahead, so a future date counts {@link #FUTURE_WEIGHT} times its
 * distance and ties go to the past: a past date up to about seven months back beats the same
 * date in the coming year. (On TempEval-3's TBAQ texts weights 1.0 to 2.0 differ by under 1%.)
 */
final class YearInference {

    /** How much further a future date counts than a past one at the same distance. */
    static final double FUTURE_WEIGHT = 1.5;

    private YearInference() {}

    /** The month-day nearest the anchor; empty when it exists in none of the three years (Feb 29). */
    static Optional<LocalDate> day(int month, int day, LocalDate anchor) {
        return nearest(anchor, anchor.getYear(), year -> safeDate(year, month, day));
    }

    /** The month nearest the anchor, measured from its 15th. */
    static YearMonth month(int month, LocalDate anchor) {
        return nearest(anchor, anchor.getYear(), year -> Optional.of(LocalDate.of(year, month, 15)))
                .map(YearMonth::from).orElseThrow();
    }

    /**
     * Nearest to the anchor of the dates {@code dateInYear} gives for {@code year} (the anchor's
     * year in the caller's own calendar, Gregorian or Hijri) and its two neighbours.
     */
    static Optional<LocalDate> nearest(LocalDate anchor, int year, IntFunction<Optional<LocalDate>> dateInYear) {
        List<LocalDate> options = new ArrayList<>(3);
        for (int y = year - 1; y <= year + 1; y++) {
            dateInYear.apply(y).ifPresent(options::add);
        }
        return options.stream().min(Comparator
                .comparingDouble((LocalDate d) -> cost(d, anchor))
                .thenComparing(Comparator.naturalOrder()));
    }

    private static double cost(LocalDate date, LocalDate anchor) {
        long days = ChronoUnit.DAYS.between(anchor, date);
        return days > 0 ? days * FUTURE_WEIGHT : -days;
    }

    static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
