package org.synoptic.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as containers write them: ISO 8601 (JSON Lines, Atom, Dublin Core) and
 * RFC 822 (RSS {@code pubDate}). The result is the calendar date in the writer's own offset, as
 * the outlet printed it, not converted to UTC. Anything unreadable is simply no date.
 */
final class Dates {

    /** Strict, so 31 February is no date rather than the 29th. */
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    /**
     * What RFC 1123 parsing refuses but feeds write anyway: no or misspelt weekday, full month
     * names, two-digit years, zone names such as EST. The time and zone are not needed for the
     * date in its own offset, so only day, month and year are read.
     */
    private static final Pattern LOOSE_RFC_822 =
            Pattern.compile("(?:[a-z]+,?\\s+)?(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{4}|\\d{2})(?:\\s.*)?");

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {}

    static Optional<LocalDate> parse(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return date(() -> LocalDate.parse(iso.group(1)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, RFC_1123).toLocalDate());
        } catch (DateTimeException strict) {
            return loose(value.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A moment as containers record it: an ISO 8601 date and time with its offset (WARC-Date,
     * "2019-03-04T10:15:00Z"), or a bare ISO date, taken as the start of that day in UTC.
     */
    static Optional<Instant> instant(String text) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException notDateTime) {
            return value.length() == 10 && ISO.matcher(value).matches()
                    ? date(() -> LocalDate.parse(value)).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant())
                    : Optional.empty();
        }
    }

    private static Optional<LocalDate> loose(String value) {
        Matcher rfc = LOOSE_RFC_822.matcher(value);
        if (!rfc.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(rfc.group(2)) + 1;
        int year = Integer.parseInt(rfc.group(3));
        int fullYear = rfc.group(3).length() == 2 ? 2000 + year : year;
        int day = Integer.parseInt(rfc.group(1));
        return month == 0 ? Optional.empty() : date(() -> LocalDate.of(fullYear, month, day));
    }

    private static Optional<LocalDate> date(Supplier<LocalDate> supplier) {
        try {
            return Optional.of(supplier.get());
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
