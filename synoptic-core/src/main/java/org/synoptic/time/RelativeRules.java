package org.synoptic.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Calendar;

/**
 * Expressions that only mean something against the publication date: "today", "yesterday",
 * "tomorrow", weekdays ("on Saturday", "last Friday", "next Monday"), "last week/month/year",
 * "this year", "next month", and "three weeks ago". A bare weekday follows the news convention:
 * the latest such day on or before the publication date, unless the clause before it speaks of
 * the future ("will meet on Wednesday", "is expected to sign on Monday"): then it is the next such
 * day on or after the publication date. Emits nothing without an anchor.
 */
final class RelativeRules implements Rule {

    private static final Pattern DEICTIC =
            Pattern.compile("\\b(?<w>today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>last|past|next|coming|this)\\s+)?(?<wd>" + Names.WEEKDAY + ")", Pattern.CASE_INSENSITIVE);

    private static final Pattern UNIT = Pattern.compile(
            "\\b(?<mod>last|next|this)\\s+(?<unit>week|month|year)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern AGO = Pattern.compile(
            "\\b(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+"
                    + "(?<unit>day|week|month|year)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);

    /** Words before a weekday, in its own clause, that put it in the future. */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|'ll|expected to|due to|scheduled|set to|plans? to|planned|going to|to be held|is to|are to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How far back, at most, the future cue is looked for. */
    private static final int FUTURE_WINDOW = 160;

    /** Capitalised words before a weekday that make it a name: "Good Friday", "USA Today". */
    private static final Set<String> NAME_HEADS = Set.of("good", "black", "cyber", "super", "ash", "palm", "easter",
            "bloody", "holy", "maundy", "usa");

    @Override
    public void find(Scan scan, List<Candidate> out) {
        if (scan.anchor().isEmpty()) {
            return;
        }
        LocalDate anchor = scan.anchor().get();
        Matcher m = DEICTIC.matcher(scan.text());
        while (m.find()) {
            if (!NAME_HEADS.contains(scan.wordBefore(m.start()))) {
                long shift = switch (m.group("w").toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                out.add(relative(m, Iso.day(anchor.plusDays(shift))));
            }
        }
        weekdays(scan, anchor, out);
        m = UNIT.matcher(scan.text());
        while (m.find()) {
            if (Names.capitalised(m.group("unit"))) {
                continue; // "This Week", a television programme
            }
            int step = switch (m.group("mod").toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            out.add(relative(m, unitValue(m.group("unit"), anchor, step)));
        }
        m = AGO.matcher(scan.text());
        while (m.find()) {
            int n = Names.number(m.group("n"));
            out.add(relative(m, unitValue(m.group("unit"), anchor, -n)));
        }
    }

    private static void weekdays(Scan scan, LocalDate anchor, List<Candidate> out) {
        Matcher m = WEEKDAY.matcher(scan.text());
        while (m.find()) {
            String token = m.group("wd");
            String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
            if (!Names.capitalised(token) || mod.isEmpty() && NAME_HEADS.contains(scan.wordBefore(m.start()))) {
                continue;
            }
            DayOfWeek day = Names.weekday(token);
            LocalDate date = switch (mod) {
                case "last", "past" -> anchor.with(TemporalAdjusters.previous(day));
                case "next", "coming" -> anchor.with(TemporalAdjusters.next(day));
                case "this" -> anchor.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
                default -> inFuture(scan.text(), m.start())
                        ? anchor.with(TemporalAdjusters.nextOrSame(day))
                        : anchor.with(TemporalAdjusters.previousOrSame(day));
            };
            out.add(relative(m, Iso.day(date)));
        }
    }

    private static boolean inFuture(String text, int weekday) {
        int from = Math.max(0, weekday - FUTURE_WINDOW);
        for (int i = weekday - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n' || c == '\u201C' || c == '\u201D' || c == '"') {
                from = i + 1;
                break;
            }
        }
        return FUTURE.matcher(text.substring(from, weekday)).find();
    }

    private static String unitValue(String unit, LocalDate anchor, int step) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> Iso.day(anchor.plusDays(step));
            case "week" -> Iso.week(anchor.plusWeeks(step));
            case "month" -> Iso.month(anchor.plusMonths(step));
            default -> Iso.year(anchor.getYear() + step);
        };
    }

    private static Candidate relative(Matcher m, String value) {
        return new Candidate(m.start(), m.end(), value, Calendar.GREGORIAN, true);
    }
}
