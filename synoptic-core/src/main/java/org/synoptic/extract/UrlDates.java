package org.synoptic.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a URL's path: a whole day ("/2021/03/07/", "/2021-03-07/", "/20210307/",
 * "story-20210307.html", "/2019/nov/18/") or only a month ("/2021/03/", "/2021-03/"). Only the path
 * is read (hosts and query strings carry ids and cache-busters, not dates), and a number glued to
 * more digits is an id, not a date.
 */
final class UrlDates {

    private static final Pattern DAY = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])"
                    + "|(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern NAMED = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\p{L}{3,9})/(\\d{1,2})(?:/|$)");
    private static final Pattern MONTH = Pattern.compile("/((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])(?:/|$)");

    private UrlDates() {}

    static Optional<LocalDate> day(String url) {
        String path = path(url);
        if (!mayHoldYear(path)) {
            return Optional.empty();
        }
        Matcher m = DAY.matcher(path);
        while (m.find()) {
            Optional<LocalDate> day = m.group(1) != null ? DateText.of(m.group(1), m.group(3), m.group(4))
                    : DateText.of(m.group(5), m.group(6), m.group(7));
            if (day.isPresent()) {
                return day;
            }
        }
        Matcher named = NAMED.matcher(path);
        if (named.find()) {
            OptionalInt month = MonthNames.gregorian(named.group(2));
            if (month.isPresent()) {
                return DateText.of(named.group(1), Integer.toString(month.getAsInt()), named.group(3));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the path has 19xx or 20xx after a non-digit: where every day either pattern reads
     * starts. Most paths hold none, and this costs less than trying the patterns.
     */
    static boolean mayHoldYear(String path) {
        for (int i = 0; i + 4 <= path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '1' && path.charAt(i + 1) == '9' || c == '2' && path.charAt(i + 1) == '0')
                    && isDigit(path.charAt(i + 2)) && isDigit(path.charAt(i + 3)) && (i == 0 || !isDigit(path.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The month of a "/2021/03/" path; ask only when the URL names no whole day ({@link #day}). */
    static Optional<YearMonth> month(String url) {
        Matcher m = MONTH.matcher(path(url));
        return m.find() ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    /** The path of a URL (or of a bare path): after the host, before the query or fragment. */
    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop, start);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return url.substring(start, end);
    }
}
