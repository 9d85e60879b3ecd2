package org.synoptic.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days a page gives relative to when it was read ("3 hours ago", "vor 2 Tagen", "il y a 5 jours",
 * "hace 2 horas", "2 giorni fa", "há 3 dias", "4 uur geleden"), in English, German, French,
 * Spanish, Italian, Portuguese and Dutch. They are resolved against the fetch time a container
 * states, and only then: against the clock's now, a page saved last year would be dated today.
 * Minutes, hours, days and weeks; a month or a year ago is too coarse to name a day. The day is
 * the UTC day of the moment so found, which may be a day off the publisher's own.
 */
final class RelativeDates {

    private static final String AMOUNT = "(\\d{1,3}|an?|one|einer?|einem|une?|una?|uma|een)";
    private static final Pattern AGO = Pattern.compile("(?iu)\\b(?:"
            + AMOUNT + "\\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago"
            + "|vor\\s+" + AMOUNT + "\\s+(minuten?|stunden?|tag(?:en)?|wochen?)"
            + "|il\\s+y\\s+a\\s+" + AMOUNT + "\\s+(minutes?|heures?|jours?|semaines?)"
            + "|hace\\s+" + AMOUNT + "\\s+(minutos?|horas?|d[ií]as?|semanas?)"
            + "|" + AMOUNT + "\\s+(minut[oi]|or[ae]|giorn[oi]|settiman[ae])\\s+fa"
            + "|há\\s+" + AMOUNT + "\\s+(minutos?|horas?|dias?|semanas?)"
            + "|" + AMOUNT + "\\s+(minuut|minuten|uur|dagen|dag|weken|week)\\s+geleden"
            + ")\\b");
    /** Words one of the patterns needs, in lower case: most texts hold none. */
    private static final List<String> GATE = List.of("ago", "vor ", "il y a", "hace", " fa", "há", "geleden");

    private RelativeDates() {}

    /** Whether the text holds a word one of the patterns needs: most texts hold none. */
    static boolean mayHold(String text) {
        for (String word : GATE) {
            if (TextClean.containsIgnoreCase(text, word)) {
                return true;
            }
        }
        return false;
    }

    /** The days the text names relative to {@code fetched}, where it names them, in text order. */
    static List<DateText.Found> all(String text, Instant fetched) {
        if (!mayHold(text)) {
            return List.of();
        }
        List<DateText.Found> days = new ArrayList<>();
        Matcher m = AGO.matcher(text);
        while (m.find()) {
            // Each language is one alternative of two groups: the amount, then the unit.
            for (int group = 1; group < m.groupCount(); group += 2) {
                if (m.group(group) != null) {
                    LocalDate day = fetched.minus(span(amount(m.group(group)), m.group(group + 1))).atOffset(ZoneOffset.UTC).toLocalDate();
                    days.add(new DateText.Found(m.start(), m.end(), day, Optional.empty()));
                    break;
                }
            }
        }
        return days;
    }

    private static int amount(String text) {
        char first = text.charAt(0);
        return first >= '0' && first <= '9' ? Integer.parseInt(text) : 1;
    }

    /** The span a unit word names, by how its languages start it. */
    private static Duration span(int amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("min")) {
            return Duration.ofMinutes(amount);
        }
        if (u.startsWith("h") || u.startsWith("st") || u.startsWith("or") || u.equals("uur")) {
            return Duration.ofHours(amount);
        }
        if (u.startsWith("w") || u.startsWith("se")) {
            return Duration.ofDays(7L * amount);
        }
        return Duration.ofDays(amount);
    }
}
