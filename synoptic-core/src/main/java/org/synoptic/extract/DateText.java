package org.synoptic.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in human text: ISO ("2024-10-15", "2024/10/15", "2023.11.02."),
 * day-first and month-first names in English, German, French, Spanish, Italian, Portuguese and
 * Dutch ("3. März 2021", "1er mars 2021", "3 de marzo de 2021", "March 3, 2021", "Juli 12, 2017"),
 * dotted d.m.y ("03.03.2021"), CJK ("2020年07月03日", "2023년 11월 2일"), slash or dash dates when
 * the order is certain, and Solar Hijri dates with month names ("Bahman 20, 1399", "۲۰ بهمن ۱۳۹۹"),
 * converted by {@link SolarHijri}.
 *
 * <p>Slash dates such as 10/11/2024 are ambiguous between day-first and month-first: they count
 * only when one part exceeds 12, both parts are equal, or the caller states the page's order.
 * Impossible days (Feb 30) are no dates. Digits glued to letters, dots or commas ("v2.3.2021",
 * "2,021.50") are not dates either. Two-digit years are never read.
 */
final class DateText {

    /** How to read an ambiguous n/n/yyyy date. */
    enum SlashOrder { UNKNOWN, DAY_FIRST, MONTH_FIRST }

    /** A date found at {@code [start, end)}, with the clock time (no zone) that follows it, if any. */
    record Found(int start, int end, LocalDate day, Optional<LocalTime> time) {}

    private static final String YEAR = "((?:19|20)\\d{2})(?!\\p{N})";
    /** A word in month position; {@link MonthNames} decides whether it is one (faster than an alternation of some 360 names). */
    private static final String MONTH = "(\\p{L}{3,12})(?!\\p{L})\\.?";
    /** How far around a year a date written with it can reach: "Wednesday 14th of September, 2022" fits. */
    private static final int BEFORE_YEAR = 40;
    private static final int AFTER_YEAR = 24;
    private static final String NO_GLUE = "(?<![\\p{L}\\p{N}.,/:-])";

    private static final Pattern ISO = Pattern.compile(NO_GLUE + "((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\p{N})(?![-/]\\d)");
    private static final Pattern CJK = Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\p{N})");
    static final Pattern DAY_NAME = Pattern.compile(NO_GLUE + "(\\d{1,2})(?i:st|nd|rd|th|er)?[º°ª]?\\.?\\s*(?:(?i:de|of)\\s+|-)?"
            + MONTH + "(?:\\s*,|\\s+(?i:de)|-)?\\s*" + YEAR);
    static final Pattern NAME_DAY = Pattern.compile("(?<!\\p{L})" + MONTH + "\\s*(\\d{1,2})(?i:st|nd|rd|th)?(?!\\p{N}),?\\s+" + YEAR);
    static final Pattern DOTTED = Pattern.compile(NO_GLUE + "(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?" + YEAR + "(?!\\.\\d)");
    static final Pattern SLASHED = Pattern.compile(NO_GLUE + "(\\d{1,2})([/-])(\\d{1,2})\\2" + YEAR + "(?![/-]\\d)");
    private static final String SOLAR_YEAR = "(1[34]\\p{Nd}{2}|[۱١][۳۴٣٤]\\p{Nd}{2})(?!\\p{N})";
    private static final Pattern SOLAR_NAME_DAY = Pattern.compile("(?<!\\p{L})(\\p{L}{2,11})(?!\\p{L})\\s+(\\p{Nd}{1,2}),?\\s+" + SOLAR_YEAR);
    private static final Pattern SOLAR_DAY_NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Nd}{1,2})\\s+(\\p{L}{2,11})(?!\\p{L}),?\\s+" + SOLAR_YEAR);
    private static final Pattern TIME_AFTER = Pattern.compile("^[\\s,|–—-]{0,4}(?:(?:um|à|a las|alle|às|om|at|kl\\.?)\\s+)?"
            + "(\\d{1,2})[:h.](\\d{2})(?!\\d)(?:\\s*([ap])\\.?m\\b)?", Pattern.CASE_INSENSITIVE);

    private DateText() {}

    /** The first date written in {@code text}, reading ambiguous slash dates as no date. */
    static Optional<LocalDate> find(String text) {
        List<Found> all = all(text, SlashOrder.UNKNOWN);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).day());
    }

    /** Every date written in {@code text}, in order of position, overlaps resolved to the earlier match. */
    static List<Found> all(String text, SlashOrder slashOrder) {
        int[] runs = fourDigitRuns(text);
        if (runs.length == 0) {
            return List.of();
        }
        int[] gregorian = opening(text, runs, true);
        int[] solar = opening(text, runs, false);
        List<Found> found = new ArrayList<>();
        // Gates, each exact: a pattern is tried only where a match could end at or start with this
        // year. A match reaching past it to another year is found again from that year.
        boolean han = text.indexOf('年') >= 0 || text.indexOf('년') >= 0;
        for (int year : gregorian) {
            int after = Math.min(text.length(), year + AFTER_YEAR);
            int before = Math.max(0, year - BEFORE_YEAR);
            int end = year + 4;
            if (end < text.length() && "-/.".indexOf(text.charAt(end)) >= 0) {
                scan(ISO.matcher(text), text, year, after, found, m -> of(m.group(1), m.group(3), m.group(4)));
            }
            if (han) {
                scan(CJK.matcher(text), text, year, after, found, m -> of(m.group(1), m.group(2), m.group(3)));
            }
            if (hasDigit(text, before, year, false)) {
                // Each pattern only where the character before the year can end its part before
                // the year; a match ending at an earlier year of the window is found from that year.
                if (mayEndBeforeYear(DAY_NAME, text, year) && namesMonth(text, before, year)) {
                    scan(DAY_NAME.matcher(text), text, before, end, found, m -> ofName(m.group(3), m.group(2), m.group(1)));
                    if (mayEndBeforeYear(NAME_DAY, text, year)) {
                        scan(NAME_DAY.matcher(text), text, before, end, found, m -> ofName(m.group(3), m.group(1), m.group(2)));
                    }
                }
                if (mayEndBeforeYear(DOTTED, text, year)) {
                    scan(DOTTED.matcher(text), text, before, end, found, m -> of(m.group(3), m.group(2), m.group(1)));
                }
                if (mayEndBeforeYear(SLASHED, text, year)) {
                    scan(SLASHED.matcher(text), text, before, end, found, m -> slashed(m.group(1), m.group(3), m.group(4), slashOrder));
                }
            }
        }
        for (int year : solar) {
            int before = Math.max(0, year - BEFORE_YEAR);
            if (hasDigit(text, before, year, true)) {
                scan(SOLAR_NAME_DAY.matcher(text), text, before, year + 4, found, m -> solar(m.group(3), m.group(1), m.group(2)));
                scan(SOLAR_DAY_NAME.matcher(text), text, before, year + 4, found, m -> solar(m.group(3), m.group(2), m.group(1)));
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> out = new ArrayList<>();
        int reached = -1;
        for (Found f : found) {
            if (f.start() >= reached) {
                out.add(f);
                reached = f.end();
            }
        }
        return out;
    }

    /**
     * Whether a run of letters starting in {@code text[from, to)} is a month name, whole or after
     * an ordinal suffix ("7thMarch"): {@link #DAY_NAME} and {@link #NAME_DAY} read a date only
     * where one is, and finding out costs less than running them.
     */
    static boolean namesMonth(String text, int from, int to) {
        // A run begun before the window holds no month either pattern can read there.
        return TextClean.anyLetterRun(text, from, to, (start, end) ->
                isMonth(text, start, end) || end - start > 2 && isOrdinalSuffix(text, start) && isMonth(text, start + 2, end));
    }

    private static boolean isMonth(String text, int start, int end) {
        return end - start >= 3 && end - start <= 12 && MonthNames.gregorian(text.substring(start, end)).isPresent();
    }

    private static boolean isOrdinalSuffix(String text, int at) {
        String two = text.substring(at, at + 2).toLowerCase(Locale.ROOT);
        return two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th") || two.equals("er");
    }

    /**
     * Whether {@code pattern} can have a match whose year starts at {@code year}, by the character
     * before it: white space for {@link #NAME_DAY}; also a comma, hyphen, full stop or letter
     * (a month's end, "de") for {@link #DAY_NAME}; a full stop, perhaps and a space, for
     * {@link #DOTTED}; a slash or hyphen for {@link #SLASHED}.
     */
    static boolean mayEndBeforeYear(Pattern pattern, String text, int year) {
        if (year == 0) {
            return false;
        }
        char previous = text.charAt(year - 1);
        boolean space = isPatternSpace(previous);
        if (pattern == NAME_DAY) {
            return space;
        }
        if (pattern == DAY_NAME) {
            return space || previous == ',' || previous == '-' || previous == '.' || Character.isLetter(previous);
        }
        if (pattern == DOTTED) {
            return previous == '.' || space && year > 1 && text.charAt(year - 2) == '.';
        }
        return previous == '/' || previous == '-';
    }

    /** {@code \\s} of the patterns (not Unicode white space). */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether {@code text[from, to)} holds a digit: ASCII only, or of any script. */
    private static boolean hasDigit(String text, int from, int to, boolean anyScript) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || anyScript && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private interface Reader {
        Optional<LocalDate> read(Matcher m);
    }

    /**
     * Every match inside {@code [from, to)} that reads as a real date; after one that does not, the
     * search resumes one character on. Lookarounds see past the window.
     */
    private static void scan(Matcher m, String text, int from, int to, List<Found> out, Reader reader) {
        m.useTransparentBounds(true);
        int at = from;
        while (at < to) {
            m.region(at, to);
            if (!m.find()) {
                return;
            }
            Optional<LocalDate> day = reader.read(m);
            if (day.isPresent()) {
                out.add(new Found(m.start(), m.end(), day.get(), timeAfter(text, m.end())));
            }
            at = day.isPresent() ? m.end() : m.start() + 1;
        }
    }

    private static Optional<LocalTime> timeAfter(String text, int from) {
        Matcher t = TIME_AFTER.matcher(text).region(from, text.length());
        if (!t.lookingAt()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        if (t.group(3) != null && hour <= 12) {
            hour = hour % 12 + (t.group(3).equalsIgnoreCase("p") ? 12 : 0);
        }
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static Optional<LocalDate> slashed(String first, String second, String year, SlashOrder order) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (a > 12 || a == b || order == SlashOrder.DAY_FIRST) {
            return of(year, second, first);
        }
        if (b > 12 || order == SlashOrder.MONTH_FIRST) {
            return of(year, first, second);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> ofName(String year, String month, String day) {
        OptionalInt number = MonthNames.gregorian(month);
        return number.isEmpty() ? Optional.empty() : of(year, Integer.toString(number.getAsInt()), day);
    }

    private static Optional<LocalDate> solar(String year, String month, String day) {
        OptionalInt number = MonthNames.solarHijri(month);
        return number.isEmpty() ? Optional.empty()
                : SolarHijri.toGregorian(Integer.parseInt(year), number.getAsInt(), Integer.parseInt(day));
    }

    static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Where runs of exactly four digits (any script's) start: the only places a year can be.
     * One pass, comparing ASCII characters by range, as most texts hold few digits or none.
     */
    static int[] fourDigitRuns(String text) {
        int[] out = null;
        int count = 0;
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && isDigit(text.charAt(i));
            if (digit && runStart < 0) {
                runStart = i;
            } else if (!digit && runStart >= 0) {
                if (i - runStart == 4) {
                    if (out == null) {
                        out = new int[4];
                    } else if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = runStart;
                }
                runStart = -1;
            }
        }
        return out == null ? new int[0] : Arrays.copyOf(out, count);
    }

    /** {@link Character#isDigit}, by range for ASCII. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** The runs that open a year: 19xx or 20xx when {@code gregorian}, else 13xx or 14xx (Solar Hijri). */
    private static int[] opening(String text, int[] runs, boolean gregorian) {
        int[] out = new int[runs.length];
        int count = 0;
        for (int run : runs) {
            if (opensYear(text, run, gregorian)) {
                out[count++] = run;
            }
        }
        return count == runs.length ? out : Arrays.copyOf(out, count);
    }

    /** Whether the text has a run of exactly four digits opening a year of either calendar: a gate before any pattern. */
    static boolean mayHoldDate(String text) {
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && isDigit(text.charAt(i));
            if (digit && runStart < 0) {
                runStart = i;
            } else if (!digit && runStart >= 0) {
                if (i - runStart == 4 && (opensYear(text, runStart, true) || opensYear(text, runStart, false))) {
                    return true;
                }
                runStart = -1;
            }
        }
        return false;
    }

    private static boolean opensYear(String text, int at, boolean gregorian) {
        int first = Character.digit(text.charAt(at), 10);
        int second = Character.digit(text.charAt(at + 1), 10);
        return gregorian ? (first == 1 && second == 9) || (first == 2 && second == 0)
                : first == 1 && (second == 3 || second == 4);
    }
}
