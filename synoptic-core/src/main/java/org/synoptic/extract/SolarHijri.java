package org.synoptic.extract;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the news codes Iranian agencies print under a story ("CWS/14030724000412",
 * "HJ/13991216000915"): an agency tag, a slash, then the Solar Hijri date as yyyymmdd and a
 * serial number. The date is converted to Gregorian with ICU4J's Persian calendar (obtained
 * through {@code @calendar=persian}, since the PersianCalendar constructors are deprecated).
 */
final class SolarHijri {

    private static final Pattern NEWS_CODE = Pattern.compile("\\b[A-Z]{2,6}/(1[34]\\d{2})(\\d{2})(\\d{2})\\d{0,12}\\b");
    private static final Pattern CODE_LINE = Pattern.compile("\\s*(?:news code:?\\s*)?" + NEWS_CODE.pattern() + "\\s*", Pattern.CASE_INSENSITIVE);
    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");

    private SolarHijri() {}

    /** The Gregorian date of the first news code in {@code text}, if it is a real Solar Hijri date. */
    static Optional<LocalDate> fromNewsCode(String text) {
        Matcher m = NEWS_CODE.matcher(text);
        return m.find() ? toGregorian(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : Optional.empty();
    }

    /** True when the whole line is only a news code (it is then metadata, not text). */
    static boolean isCodeLine(String line) {
        return CODE_LINE.matcher(line).matches();
    }

    static Optional<LocalDate> toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            return Optional.empty();
        }
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
        calendar.clear();
        calendar.setLenient(false);
        calendar.set(year, month - 1, day);
        try {
            long julianDay = calendar.get(Calendar.JULIAN_DAY);
            return Optional.of(LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
