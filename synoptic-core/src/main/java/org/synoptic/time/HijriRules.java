package org.synoptic.time;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in a Hijri calendar with a transliterated month name: "Bahman 20, 1399",
 * "20 Bahman 1399", "Bahman 1399", "15 Sha'ban 1442", "Ramadan 1445 AH", and with the anchor
 * "Bahman 20, 99" or "20 Bahman". A month name with no number next to it is never a date
 * ("Mehr News Agency", "during Ramadan"). A month alone takes the Gregorian month holding its
 * 15th day; a two-digit year takes the century that puts it nearest the anchor's own year
 * (never year 99 of the first century).
 */
final class HijriRules implements Rule {

    private final HijriCalendar calendar;
    private final Pattern pattern;

    HijriRules(HijriCalendar calendar) {
        this.calendar = calendar;
        this.pattern = Pattern.compile(
                "\\b(?:(?<![\\d.,$])(?<d1>" + Names.DAY + ")(?:st|nd|rd|th)?(?:\\s+of)?\\s+)?"
                        + "(?<m>" + calendar.monthPattern() + ")"
                        + "(?:\\s+(?<d2>" + Names.DAY + ")(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d))?"
                        + "(?:,?\\s+(?<y>\\d{4}|\\d{2})(?![\\d%]|[.,:]\\d))?"
                        + "(?:\\s*(?:" + calendar.yearSuffix() + ")\\b\\.?)?",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void find(Scan scan, List<Candidate> out) {
        Matcher m = pattern.matcher(scan.text());
        while (m.find()) {
            if (Names.capitalised(m.group("m"))) {
                read(scan, m).ifPresent(out::add);
            }
        }
    }

    private Optional<Candidate> read(Scan scan, Matcher m) {
        int month = monthOf(m);
        // With a leading day, a trailing number belongs to the next phrase ("on 3 Bahman 15 people").
        boolean tailIgnored = m.group("d1") != null && m.group("d2") != null;
        String dayGroup = m.group("d1") != null ? "d1" : m.group("d2") != null ? "d2" : null;
        String yearText = tailIgnored ? null : m.group("y");
        if (dayGroup == null && yearText == null) {
            return Optional.empty();
        }
        Integer day = dayGroup == null ? null : Integer.valueOf(m.group(dayGroup));
        int start = dayGroup != null && dayGroup.equals("d1") ? m.start("d1") : m.start("m");
        int end = tailIgnored ? m.end("m") : m.end();
        if (yearText == null) {
            return scan.anchor().flatMap(anchor -> YearInference.nearest(anchor, calendar.yearOf(anchor),
                            y -> calendar.toGregorian(y, month, day)))
                    .map(date -> candidate(start, end, Iso.day(date), true));
        }
        boolean twoDigits = yearText.length() == 2;
        if (twoDigits && scan.anchor().isEmpty()) {
            return Optional.empty();
        }
        int year = twoDigits ? expand(Integer.parseInt(yearText), calendar.yearOf(scan.anchor().get()))
                : Integer.parseInt(yearText);
        if (year < calendar.minYear() || year > calendar.maxYear()) {
            return Optional.empty();
        }
        if (day != null) {
            return calendar.toGregorian(year, month, day).map(date -> candidate(start, end, Iso.day(date), twoDigits));
        }
        return calendar.toGregorian(year, month, 15).map(date -> candidate(start, end, Iso.month(date), twoDigits));
    }

    private Candidate candidate(int start, int end, String value, boolean relative) {
        return new Candidate(start, end, value, calendar.kind(), relative);
    }

    /** The year ending in {@code twoDigits} nearest {@code anchorYear}: 99 near 1401 is 1399. */
    static int expand(int twoDigits, int anchorYear) {
        int century = anchorYear - Math.floorMod(anchorYear, 100);
        int best = century + twoDigits;
        for (int candidate : new int[] {best - 100, best + 100}) {
            if (Math.abs(candidate - anchorYear) < Math.abs(best - anchorYear)) {
                best = candidate;
            }
        }
        return best;
    }

    private static int monthOf(Matcher m) {
        for (int i = 1; i <= 12; i++) {
            if (m.group("m" + i) != null) {
                return i;
            }
        }
        throw new IllegalStateException("month pattern matched without a month group");
    }
}
