package org.synoptic.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** ISO 8601 value strings at the precisions the tagger emits. */
final class Iso {

    /** Four-digit Gregorian years read as dates; outside this range a number is more likely a count. */
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2100;

    private Iso() {}

    static boolean plausibleYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String month(int year, int month) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }

    static String month(LocalDate date) {
        return month(date.getYear(), date.getMonthValue());
    }

    static String year(int year) {
        return String.format(java.util.Locale.ROOT, "%04d", year);
    }

    /** The ISO week holding {@code date}, e.g. {@code 2021-W09}. */
    static String week(LocalDate date) {
        return String.format(java.util.Locale.ROOT, "%04d-W%02d",
                date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A decade such as {@code 199X} from its first year (1990). */
    static String decade(int firstYear) {
        return year(firstYear).substring(0, 3) + "X";
    }
}
