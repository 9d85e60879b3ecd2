package org.synoptic.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hijri year written alone: "1399 SH", "the Iranian year 1399", "1445 AH", or "in 1399" in
 * an article already found to write dates in that calendar (so it must run after
 * {@link HijriRules} for the same calendar). Without such a marker "in 1400" stays unread:
 * it could as well be a Gregorian year of history. The value is the Gregorian year holding the
 * first day of the Hijri year's seventh month, i.e. most of the Hijri year: 1399 SH → 2020.
 */
final class HijriYearRules implements Rule {

    private static final Set<String> PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "of", "from",
            "year", "early", "late", "during", "before", "after", "through", "throughout");

    private final HijriCalendar calendar;
    private final Pattern pattern;

    HijriYearRules(HijriCalendar calendar) {
        this.calendar = calendar;
        this.pattern = Pattern.compile(
                "\\b(?:(?<pre>" + calendar.yearPrefix() + ")\\s+)?"
                        + "(?<![\\d$£€.,:/-])(?<y>1[34]\\d\\d)\\b(?![.,:/-]?\\d|%)"
                        + "(?:\\s*(?<sfx>" + calendar.yearSuffix() + ")\\b\\.?)?",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void find(Scan scan, List<Candidate> out) {
        boolean calendarInUse = out.stream().anyMatch(c -> c.calendar() == calendar.kind());
        Matcher m = pattern.matcher(scan.text());
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            boolean marked = m.group("pre") != null || m.group("sfx") != null;
            boolean implied = calendarInUse && PREPOSITIONS.contains(scan.wordBefore(m.start("y")));
            if ((marked || implied) && year >= calendar.minYear() && year <= calendar.maxYear()) {
                int end = m.group("sfx") != null ? m.end() : m.end("y");
                calendar.toGregorian(year, 7, 1).ifPresent(middle -> out.add(new Candidate(
                        m.start("y"), end, Iso.year(middle.getYear()), calendar.kind(), false)));
            }
        }
    }
}
