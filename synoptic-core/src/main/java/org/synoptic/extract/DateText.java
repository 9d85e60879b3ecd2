package org.synoptic.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written in a string: ISO 8601 (with or without a time), "March 7, 2021",
 * "Oct. 15, 2024", "15 October 2024", "15.10.2024", compact "20241015" in metadata, and
 * year/month/day folders in a URL path. The date is taken as written: a timestamp's offset is
 * not applied, since the writer's local day is the publication day. Slash dates such as
 * 10/11/2024 are skipped as ambiguous between day-first and month-first.
 */
final class DateText {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?iu)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.])");
    private static final Pattern URL_PATH = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|\\.|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern URL_MONTH_NAME = Pattern.compile(
            "(?i)/((?:19|20)\\d{2})/" + MONTH + "/(\\d{1,2})(?:/|$)");

    private DateText() {}

    /** The first date written in {@code text}, in the order ISO, month-first, day-first, dotted. */
    static Optional<LocalDate> find(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT.matcher(text.strip());
        if (compact.find()) {
            return of(compact.group(1), compact.group(2), compact.group(3));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.find()) {
            return ofMonthName(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            return ofMonthName(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.find()) {
            return of(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        return Optional.empty();
    }

    /** A date from the URL path: "/2024/10/15/", "/2024/oct/15/", "/20241015/", "-20241015/". */
    static Optional<LocalDate> fromUrl(String url) {
        Matcher m = URL_PATH.matcher(url);
        if (!m.find()) {
            Matcher named = URL_MONTH_NAME.matcher(url);
            return named.find() ? ofMonthName(named.group(1), named.group(2), named.group(3)) : Optional.empty();
        }
        return m.group(1) != null ? of(m.group(1), m.group(2), m.group(3)) : of(m.group(4), m.group(5), m.group(6));
    }

    private static Optional<LocalDate> ofMonthName(String year, String month, String day) {
        Integer number = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        return number == null ? Optional.empty() : of(year, Integer.toString(number), day);
    }

    static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
