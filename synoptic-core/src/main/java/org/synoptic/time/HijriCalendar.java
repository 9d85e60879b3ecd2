package org.synoptic.time;

import java.time.LocalDate;
import java.util.Optional;
import org.synoptic.model.Calendar;

/**
 * A non-Gregorian calendar whose dates news writes with transliterated month names: its month
 * pattern (one named group {@code m1}..{@code m12} per month), its plausible year range, and
 * strict conversion to Gregorian through ICU4J.
 */
sealed interface HijriCalendar permits SolarHijri, LunarHijri {

    /** Julian day number of 1970-01-01, the bridge between ICU and java.time. */
    long EPOCH_JULIAN_DAY = 2_440_588L;

    Calendar kind();

    /** Alternation of month names with groups m1..m12, matched case-insensitively. */
    String monthPattern();

    /** Markers written after a year ("AH", "SH"), as a regex alternation. */
    String yearSuffix();

    /** Words written before a bare year that name this calendar ("Iranian year"), as a regex alternation. */
    String yearPrefix();

    int minYear();

    int maxYear();

    /** A fresh ICU calendar in GMT: ICU calendars are mutable, so one per conversion. */
    com.ibm.icu.util.Calendar newCalendar();

    /** The Gregorian date of a day given in this calendar, empty when the day does not exist. */
    default Optional<LocalDate> toGregorian(int year, int month, int day) {
        com.ibm.icu.util.Calendar c = newCalendar();
        c.clear();
        c.setLenient(false);
        c.set(com.ibm.icu.util.Calendar.EXTENDED_YEAR, year);
        c.set(com.ibm.icu.util.Calendar.MONTH, month - 1);
        c.set(com.ibm.icu.util.Calendar.DAY_OF_MONTH, day);
        try {
            return Optional.of(LocalDate.ofEpochDay(c.get(com.ibm.icu.util.Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** This calendar's year on a Gregorian date. */
    default int yearOf(LocalDate date) {
        com.ibm.icu.util.Calendar c = newCalendar();
        c.clear();
        c.set(com.ibm.icu.util.Calendar.JULIAN_DAY, Math.toIntExact(date.toEpochDay() + EPOCH_JULIAN_DAY));
        return c.get(com.ibm.icu.util.Calendar.EXTENDED_YEAR);
    }
}
