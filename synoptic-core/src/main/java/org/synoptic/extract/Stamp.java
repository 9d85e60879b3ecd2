package org.synoptic.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a page states it: the day as written, the full timestamp when the page gives a time
 * with its zone, and the clock time when it gives one without a zone (then only the day is
 * certain, but the time can still show which instant it is: see {@link DateChoice}).
 *
 * <p>{@link #parse} reads machine-written values (JSON-LD, meta contents, {@code datetime}
 * attributes): ISO 8601 with or without separators, seconds, fractions or zone ("2020-12-05T23:15:0Z"
 * and "20200414T00:38:07Z" occur in the wild), RFC 1123 ("Tue, 03 Mar 2020 10:00:00 GMT"), and
 * falls back to {@link DateText} for human wording. The day is the one written: a timestamp's
 * offset is not applied, since the writer's local day is the publication day.
 */
record Stamp(LocalDate day, Optional<OffsetDateTime> time, Optional<LocalTime> zonelessTime) {

    private static final Pattern UTC_NAME = Pattern.compile("(?i)Z|UTC|GMT");

    private static final Pattern ISO = Pattern.compile("^\\s*(?<y>(?:19|20)\\d{2})"
            + "(?:(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})|(?<cm>\\d{2})(?<cd>\\d{2}))"
            + "(?:[T\\s]+(?<h>\\d{1,2}):(?<min>\\d{1,2})(?::(?<s>\\d{1,2})(?:[.,]\\d+)?)?\\s*(?<zone>Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?"
            + "(?![\\d:])", Pattern.CASE_INSENSITIVE);
    private static final Pattern RFC_1123 = Pattern.compile("^\\s*[A-Za-z]{3},\\s+\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{4}\\s+\\d");
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    static Stamp ofDay(LocalDate day) {
        return new Stamp(day, Optional.empty(), Optional.empty());
    }

    /** The stamp of a machine-written date value, or of the first date in its wording. */
    static Optional<Stamp> parse(String value) {
        if (isStrictIso(value)) {
            return strictIso(value);
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            Optional<LocalDate> day = m.group("m") != null ? DateText.of(m.group("y"), m.group("m"), m.group("d"))
                    : DateText.of(m.group("y"), m.group("cm"), m.group("cd"));
            if (day.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(m.group("h") == null ? ofDay(day.get()) : withTime(day.get(), m));
        }
        if (RFC_1123.matcher(value).find()) {
            try {
                OffsetDateTime time = OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(new Stamp(time.toLocalDate(), Optional.of(time), Optional.empty()));
            } catch (DateTimeParseException e) {
                // Not quite RFC 1123 ("Tue, 3 Mar 2020"): its wording still names the day.
            }
        }
        return DateText.find(value).map(Stamp::ofDay);
    }

    /**
     * Whether the value has the form nearly every machine writes, "2021-03-07" or
     * "2021-03-07T21:54:00" with an optional fraction and "Z" or "+01:00", and nothing else: then
     * {@link #strictIso} reads it as {@link #ISO} would, without running the pattern (pages carry
     * many such values).
     */
    private static boolean isStrictIso(String value) {
        int length = value.length();
        if (length < 10 || !TextClean.isAsciiDigits(value, 0, 4) || value.charAt(4) != '-'
                || !TextClean.isAsciiDigits(value, 5, 7) || value.charAt(7) != '-' || !TextClean.isAsciiDigits(value, 8, 10)
                || !(value.startsWith("19") || value.startsWith("20"))) {
            return false;
        }
        if (length == 10) {
            return true;
        }
        if (length < 19 || value.charAt(10) != 'T' || !TextClean.isAsciiDigits(value, 11, 13)
                || value.charAt(13) != ':' || !TextClean.isAsciiDigits(value, 14, 16)
                || value.charAt(16) != ':' || !TextClean.isAsciiDigits(value, 17, 19)) {
            return false;
        }
        int zone = fractionEnd(value);
        if (zone < 0 || zone == length) {
            return zone == length;
        }
        char sign = value.charAt(zone);
        return sign == 'Z' ? zone + 1 == length
                : (sign == '+' || sign == '-') && length - zone == 6 && TextClean.isAsciiDigits(value, zone + 1, zone + 3)
                        && value.charAt(zone + 3) == ':' && TextClean.isAsciiDigits(value, zone + 4, zone + 6);
    }

    /** Where the seconds' fraction, if any, ends (at index 19 without one); -1 for a separator without digits. */
    private static int fractionEnd(String value) {
        if (value.length() == 19 || (value.charAt(19) != '.' && value.charAt(19) != ',')) {
            return 19;
        }
        int end = 20;
        while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
            end++;
        }
        return end == 20 ? -1 : end;
    }

    /** A value of {@link #isStrictIso}'s form. */
    private static Optional<Stamp> strictIso(String value) {
        LocalDate day;
        try {
            day = LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (value.length() == 10) {
            return Optional.of(ofDay(day));
        }
        return Optional.of(at(day, number(value, 11, 13), number(value, 14, 16), number(value, 17, 19),
                value.substring(fractionEnd(value))));
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    private static Stamp withTime(LocalDate day, Matcher m) {
        try {
            return at(day, Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")), m.group("zone") == null ? "" : m.group("zone"));
        } catch (NumberFormatException e) {
            return ofDay(day);
        }
    }

    /**
     * The day at a clock time, in {@code zone} ("Z", "UTC", "+01:00") or, when it is "", without
     * one; the day alone when the time or the zone is impossible.
     */
    private static Stamp at(LocalDate day, int hour, int minute, int second, String zone) {
        try {
            LocalDateTime local = day.atTime(hour, minute, second);
            if (zone.isEmpty()) {
                return new Stamp(day, Optional.empty(), Optional.of(local.toLocalTime()));
            }
            ZoneOffset offset = UTC_NAME.matcher(zone).matches() ? ZoneOffset.UTC : ZoneOffset.of(zone);
            return new Stamp(day, Optional.of(OffsetDateTime.of(local, offset)), Optional.empty());
        } catch (DateTimeException e) {
            return ofDay(day);
        }
    }

    /** The full ISO 8601 timestamp ("2024-10-15T14:20:00+03:30"), or "" at day precision. */
    String iso() {
        return time.map(Stamp::iso).orElse("");
    }

    /**
     * As {@link #ISO_SECONDS} writes it, by hand for four-digit years: evidence lists dozens of
     * candidates per page, and a formatter costs more than the rest of choosing a date.
     */
    static String iso(OffsetDateTime time) {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return ISO_SECONDS.format(time);
        }
        StringBuilder out = new StringBuilder(25);
        digits(out, year, 4).append('-');
        digits(out, time.getMonthValue(), 2).append('-');
        digits(out, time.getDayOfMonth(), 2).append('T');
        digits(out, time.getHour(), 2).append(':');
        digits(out, time.getMinute(), 2).append(':');
        digits(out, time.getSecond(), 2);
        int offset = time.getOffset().getTotalSeconds();
        int minutes = Math.abs(offset) / 60;
        if (minutes == 0) {
            return out.append('Z').toString();
        }
        out.append(offset < 0 ? '-' : '+');
        digits(out, minutes / 60, 2).append(':');
        return digits(out, minutes % 60, 2).toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }

    /** Whether the timestamp is given in UTC, which may not be the publisher's local day. */
    boolean utc() {
        return time.isPresent() && time.get().getOffset().equals(ZoneOffset.UTC);
    }

    /** How the evidence shows it: the timestamp, or the day with a note on a zoneless time. */
    String describe() {
        if (time.isPresent()) {
            return iso();
        }
        return zonelessTime.isPresent() ? day + " " + zonelessTime.get() + " (time without zone: day precision)" : day.toString();
    }
}
