package org.synoptic.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * English month and weekday names as regex fragments, and their numbers. Patterns using them are
 * compiled case-insensitively; callers check the first letter is upper case, which keeps the
 * verb "may" and the noun "march" out while still reading all-caps headlines.
 */
final class Names {

    /** Full names first so the engine prefers "June" over "Jun"; only abbreviations take a period. */
    static final String MONTH = "(?:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)";

    /** A day of the month, 1 to 31, so "Bahman 99" leaves 99 to be read as a year. */
    static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])";

    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";

    private static final List<String> MONTH_KEYS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static final List<String> FULL_MONTHS = List.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private static final List<String> DAY_KEYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Names() {}

    /** 1..12 for a token matched by {@link #MONTH}. */
    static int month(String token) {
        return MONTH_KEYS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** True for "Feb", "Sept." and the like: too ambiguous to stand alone without a day or year. */
    static boolean abbreviated(String token) {
        return !FULL_MONTHS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** "May" and "March" are also a verb and a noun: alone they need a preposition to be dates. */
    static boolean doubleMeaning(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.equals("may") || lower.equals("march");
    }

    static DayOfWeek weekday(String token) {
        return DayOfWeek.of(DAY_KEYS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** The count in "a year ago", "two days ago" or "10 days ago". */
    static int number(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("a") || lower.equals("an")) {
            return 1;
        }
        int index = NUMBER_WORDS.indexOf(lower);
        return index >= 0 ? index : Integer.parseInt(lower);
    }
}
