package org.synoptic.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Calendar;

/**
 * Gregorian dates built around a month name: "March 7, 2021", "7 March 2021", "Mar. 7",
 * "Tuesday, October 15, 2024", "the 15th of October", "February 2021", "April next year",
 * "early March", "last February", "in May". One pattern covers every form; the groups present
 * decide the precision. Dates without a year take it from the anchor (see {@link YearInference}).
 */
final class MonthDateRules implements Rule {

    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?<wd>" + Names.WEEKDAY + ")\\.?,?\\s+)?"
                    + "(?:(?<mod>early|late|mid|last|next|this)(?:\\s+|-))?"
                    + "(?:(?<![\\d.,$£€])(?<d1>" + Names.DAY + ")(?:st|nd|rd|th)?(?:\\s+of)?\\s+)?"
                    + "(?<m>" + Names.MONTH + ")"
                    + "(?:\\s+(?<d2>" + Names.DAY + ")(?:st|nd|rd|th)?\\b(?!%|[.,:]\\d))?"
                    + "(?:,?\\s+(?<y>\\d{4})\\b(?![.,:]\\d)|\\s+(?<ry>last|this|next)\\s+year\\b)?",
            Pattern.CASE_INSENSITIVE);

    /** Words before a lone month that make it a date even for "May" and "March" ("the end of May"). */
    private static final Set<String> STRONG_CONTEXT =
            Set.of("in", "since", "until", "till", "during", "throughout", "of");

    private static final Set<String> RELATIVE_MODS = Set.of("last", "next", "this");

    /** A year as found: its number, whether the anchor gave it ("June last year"), and where it ends. */
    private record Year(int value, boolean relative, int end) {}

    @Override
    public void find(Scan scan, List<Candidate> out) {
        Matcher m = DATE.matcher(scan.text());
        while (m.find()) {
            if (Names.capitalised(m.group("m"))) {
                read(scan, m).ifPresent(out::add);
            }
        }
    }

    private static Optional<Candidate> read(Scan scan, Matcher m) {
        int month = Names.month(m.group("m"));
        // With a leading day, a trailing number belongs to the next phrase ("on 3 March 15 people").
        boolean tailIgnored = m.group("d1") != null && m.group("d2") != null;
        String dayGroup = m.group("d1") != null ? "d1" : m.group("d2") != null ? "d2" : null;
        Optional<Year> year = tailIgnored ? Optional.empty() : year(scan, m);
        int end = year.map(Year::end).orElse(m.group("d2") != null && !tailIgnored ? m.end("d2") : m.end("m"));
        if (dayGroup != null) {
            int start = m.group("wd") != null ? m.start("wd") : m.start(dayGroup.equals("d1") ? "d1" : "m");
            int day = Integer.parseInt(m.group(dayGroup));
            if (year.isPresent()) {
                return YearInference.safeDate(year.get().value(), month, day)
                        .map(d -> new Candidate(start, end, Iso.day(d), Calendar.GREGORIAN, year.get().relative()));
            }
            return scan.anchor().flatMap(anchor -> YearInference.day(month, day, anchor))
                    .map(d -> new Candidate(start, end, Iso.day(d), Calendar.GREGORIAN, true));
        }
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (year.isPresent() && RELATIVE_MODS.contains(mod)) {
            mod = ""; // "last March 2020": the year already says which March
        }
        int start = mod.isEmpty() ? m.start("m") : m.start("mod");
        if (year.isPresent()) {
            return Optional.of(new Candidate(start, end, Iso.month(year.get().value(), month), Calendar.GREGORIAN,
                    year.get().relative()));
        }
        return lonelyMonth(scan, start, end, month, m.group("m"), mod);
    }

    private static Optional<Year> year(Scan scan, Matcher m) {
        if (m.group("y") != null) {
            int value = Integer.parseInt(m.group("y"));
            return Iso.plausibleYear(value) ? Optional.of(new Year(value, false, m.end("y"))) : Optional.empty();
        }
        if (m.group("ry") != null && scan.anchor().isPresent()) {
            int offset = switch (m.group("ry").toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return Optional.of(new Year(scan.anchor().get().getYear() + offset, true, m.end()));
        }
        return Optional.empty();
    }

    private static Optional<Candidate> lonelyMonth(Scan scan, int start, int end, int month, String token, String mod) {
        if (Names.abbreviated(token) || !lonelyMonthIsDate(scan, start, end, token, mod)) {
            return Optional.empty();
        }
        return scan.anchor().map(anchor -> {
            YearMonth resolved = switch (mod) {
                case "last" -> lastBefore(month, anchor);
                case "next" -> lastBefore(month, anchor).plusYears(1);
                case "this" -> YearMonth.of(anchor.getYear(), month);
                default -> YearInference.month(month, anchor);
            };
            return new Candidate(start, end, Iso.month(resolved.getYear(), month), Calendar.GREGORIAN, true);
        });
    }

    private static boolean lonelyMonthIsDate(Scan scan, int start, int end, String token, String mod) {
        boolean strong = !mod.isEmpty() || STRONG_CONTEXT.contains(scan.wordBefore(start));
        if (Names.doubleMeaning(token)) {
            return strong;
        }
        // "June Carter", "August Strindberg": a capitalised word right after makes it a name.
        return strong || scan.charAt(end) != ' ' || !Names.capitalised(scan.wordAfter(end));
    }

    /** The latest such month strictly before the anchor's month ("last February"). */
    private static YearMonth lastBefore(int month, LocalDate anchor) {
        YearMonth candidate = YearMonth.of(anchor.getYear(), month);
        return candidate.isBefore(YearMonth.from(anchor)) ? candidate : candidate.minusYears(1);
    }
}
