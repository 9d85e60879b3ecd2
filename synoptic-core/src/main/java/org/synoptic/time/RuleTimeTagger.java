package org.synoptic.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synoptic.internal.Validate;
import org.synoptic.model.Article;
import org.synoptic.model.Timex;

/**
 * Rule-based date tagger for English news, in the spirit of HeidelTime but much smaller.
 *
 * <p><b>What.</b> Finds date expressions in an article's text and normalises each to an ISO 8601
 * Gregorian value (day, month, year, decade {@code 199X}, ISO week for "last week"): month-name
 * dates, ISO and unambiguous numeric dates, years in clear year contexts, decades, relative
 * expressions anchored on the publication date, Solar Hijri dates (month names, "1399 SH",
 * agencies' {@code HJ/13991216...} story codes) and Lunar Hijri dates (Umm al-Qura tables).
 *
 * <p><b>Why this way.</b> Each family of forms is one precompiled pattern in its own small
 * {@link Rule}; every rule scans the text once and proposes {@link Candidate}s, then the longest
 * candidate wins each overlap ("Tuesday, October 15, 2024" beats "Tuesday"). Rules are
 * conservative: a number or a capitalised "May" is a date only in a clear date context, since a
 * false date misplaces a fact on the timeline while a missed one only leaves it undated.
 * Anything resolved against the publication date is marked {@code relative}; with no
 * publication date those expressions are skipped, and the system clock is never read.
 *
 * <p><b>Bounds.</b> Only the first {@link #MAX_CHARS} characters are read, and at most
 * {@link #MAX_TIMEXES} expressions are returned. Time is linear in the text length per rule
 * (about ten rules); overlap resolution is O(n log n) in the candidates. Stateless and
 * thread-safe: patterns are compiled once, ICU calendars are created per conversion.
 *
 * <p><b>Not yet.</b> Durations ("three years"), times of day, sets ("every Monday"), quarters
 * and seasons, "now"/"recently", expressions anchored on another date in the text ("a day
 * later"), tense-aware weekday resolution (a bare weekday is always read as past), and
 * languages other than English.
 */
final class RuleTimeTagger implements TimeTagger {

    static final int MAX_CHARS = 1_000_000;
    static final int MAX_TIMEXES = 10_000;

    private static final SolarHijri SOLAR = new SolarHijri();
    private static final LunarHijri LUNAR = new LunarHijri();

    /** Hijri year rules come after the month rules of their calendar: they look at what those found. */
    private static final List<Rule> RULES = List.of(
            new MonthDateRules(),
            new NumericDateRules(),
            new YearRules(),
            new RelativeRules(),
            new HijriRules(SOLAR),
            new SolarHijriCodes(),
            new HijriYearRules(SOLAR),
            new HijriRules(LUNAR),
            new HijriYearRules(LUNAR));

    /** Longest first; among equals the earliest, then a fixed calendar order, then the value. */
    private static final Comparator<Candidate> PRIORITY = Comparator
            .comparingInt(Candidate::length).reversed()
            .thenComparingInt(Candidate::start)
            .thenComparing(Candidate::calendar)
            .thenComparing(Candidate::value);

    @Override
    public List<Timex> tag(Article article) {
        Validate.notNull(article, "article");
        String text = article.text().length() > MAX_CHARS ? article.text().substring(0, MAX_CHARS) : article.text();
        Scan scan = new Scan(text, article.published());
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.find(scan, candidates);
        }
        return resolve(candidates).stream()
                .limit(MAX_TIMEXES)
                .map(c -> new Timex(article.id(), c.start(), c.end(), text.substring(c.start(), c.end()),
                        c.value(), c.calendar(), c.relative()))
                .toList();
    }

    /** Keeps the best candidate of every overlapping group, in text order. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        TreeMap<Integer, Candidate> kept = new TreeMap<>();
        candidates.stream().sorted(PRIORITY).forEach(c -> {
            Map.Entry<Integer, Candidate> before = kept.lowerEntry(c.end());
            if (before == null || !before.getValue().overlaps(c)) {
                kept.put(c.start(), c);
            }
        });
        return List.copyOf(kept.values());
    }
}
