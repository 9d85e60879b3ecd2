package org.synoptic.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Calendar;

/**
 * Bare Gregorian years and decades. A four-digit number is a year only in a clear year context,
 * because news is full of counts ("2000 people", "1,900 billion", "$2025", "1400 GMT"):
 * after a preposition such as "in", "since" or "by"; after a determiner or possessive when a
 * word follows ("the 2015 nuclear deal", "Iran's 2019 budget"); or as a later member of a
 * list or range whose first year was taken ("between 2001 and 2005", "in 1994, 1995 and
 * 1997"). Decades: "the 1990s" → 199X.
 */
final class YearRules implements Rule {

    private static final Pattern YEAR = Pattern.compile(
            "\\b(?<![\\d$£€¥.,:/#-])(?<mid>mid-)?(?<y>1[89]\\d\\d|20\\d\\d|2100)\\b(?![.,:/-]?\\d|%)");

    private static final Pattern DECADE = Pattern.compile(
            "\\b(?<![\\w'$-])(?:the\\s+)?(?:(?:early|late|mid)(?:\\s+|-))?(?<y>1[89]\\d0|20\\d0)s\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "of", "from",
            "year", "early", "late", "mid", "during", "before", "after", "through", "throughout", "fiscal",
            "circa", "around", "between", "for", "into", "due", "both");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "that", "whose", "s");

    private static final Set<String> RANGE_LINKS = Set.of("and", "to", "through", "-", "–", ",", "or");

    /** Words that follow a count, never a year; also clock-time zones ("1400 GMT"). */
    private static final Set<String> COUNT_WORDS = Set.of("people", "persons", "men", "women", "children",
            "soldiers", "troops", "workers", "jobs", "cases", "deaths", "units", "shares", "points", "votes",
            "dollars", "euros", "pounds", "yen", "rials", "tomans", "rupees", "barrels", "tons", "tonnes",
            "acres", "miles", "kilometres", "kilometers", "km", "feet", "meters", "metres", "homes", "houses",
            "cars", "vehicles", "students", "employees", "members", "families", "residents", "patients",
            "refugees", "migrants", "times", "years", "days", "hours", "minutes", "seconds", "pieces", "copies",
            "flights", "passengers", "percent", "per", "billion", "million", "trillion", "thousand", "hundred",
            "gmt", "utc", "est", "edt", "bst", "cet", "hrs", "local");

    @Override
    public void find(Scan scan, List<Candidate> out) {
        int lastYearEnd = -1;
        Matcher m = YEAR.matcher(scan.text());
        while (m.find()) {
            String next = scan.wordAfter(m.end());
            if (COUNT_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String before = scan.wordBefore(m.start());
            boolean ok = m.group("mid") != null
                    || PREPOSITIONS.contains(before)
                    || DETERMINERS.contains(before) && nounFollows(scan, m.end(), next)
                    || continuesRange(scan, lastYearEnd, m.start());
            if (ok) {
                out.add(new Candidate(m.start(), m.end(), m.group("y"), Calendar.GREGORIAN, false));
                lastYearEnd = m.end();
            }
        }
        Matcher d = DECADE.matcher(scan.text());
        while (d.find()) {
            String decade = Iso.decade(Integer.parseInt(d.group("y")));
            out.add(new Candidate(d.start(), d.end(), decade, Calendar.GREGORIAN, false));
        }
    }

    /** True when a word follows after one space ("the 2015 nuclear deal", "the 2000 Olympics"). */
    private static boolean nounFollows(Scan scan, int pos, String next) {
        return scan.charAt(pos) == ' ' && !next.isEmpty() && scan.charAt(pos + 1) == next.charAt(0);
    }

    private static boolean continuesRange(Scan scan, int previousEnd, int start) {
        if (previousEnd < 0 || start - previousEnd > 12) {
            return false;
        }
        String link = scan.text().substring(previousEnd, start).strip().toLowerCase(Locale.ROOT);
        return RANGE_LINKS.contains(link);
    }
}
