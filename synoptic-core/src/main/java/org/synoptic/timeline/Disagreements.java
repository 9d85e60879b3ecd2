package org.synoptic.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Span;

/**
 * What the sources of one statement disagree on, and the date they agree on most.
 * Two dates disagree only at the same precision (a day and another day); "February" and
 * "February 8" agree. Numbers disagree when two articles count the same thing differently.
 */
final class Disagreements {

    private Disagreements() {}

    /** The day most sources give (ties: earliest), else the most given month, else empty. */
    static String date(List<Statements.Statement> statements) {
        Map<String, Integer> days = new TreeMap<>();
        Map<String, Integer> months = new TreeMap<>();
        for (Statements.Statement s : statements) {
            if (s.date().length() == 10) {
                days.merge(s.date(), 1, Integer::sum);
            } else if (s.date().length() == 7) {
                months.merge(s.date(), 1, Integer::sum);
            }
        }
        Map<String, Integer> pick = days.isEmpty() ? months : days;
        return pick.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /** Days further apart than this are different happenings, not one reported two ways. */
    static final long MAX_DISPUTED_DAYS = 7;

    /**
     * Statements outside the group, similar enough to a member to have joined it, that date the
     * same thing a different day within {@link #MAX_DISPUTED_DAYS}; an article whose statement in
     * the group gives the group's own day cannot also dissent.
     */
    static List<Statements.Statement> dissenters(List<Statements.Statement> group,
                                                 Map<Statements.Statement, List<Statements.Statement>> similar) {
        String date = date(group);
        if (date.length() != 10) {
            return List.of();
        }
        java.time.LocalDate day = java.time.LocalDate.parse(date);
        Set<String> articles = new TreeSet<>();
        group.stream().filter(s -> s.date().equals(date)).forEach(s -> articles.add(s.article()));
        Map<String, Statements.Statement> out = new TreeMap<>();
        for (Statements.Statement member : group) {
            for (Statements.Statement other : similar.getOrDefault(member, List.of())) {
                if (other.date().length() == 10 && !other.date().equals(date) && !articles.contains(other.article())
                        && !group.contains(other)
                        && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, java.time.LocalDate.parse(other.date())))
                                <= MAX_DISPUTED_DAYS) {
                    out.putIfAbsent(other.article() + "@" + String.format("%09d", other.start()), other);
                }
            }
        }
        return List.copyOf(out.values());
    }

    static List<Contradiction> of(List<Statements.Statement> statements, List<Statements.Statement> dissenters) {
        List<Contradiction> out = new ArrayList<>();
        Map<String, List<Span>> byDay = new TreeMap<>();
        for (Statements.Statement s : statements) {
            if (s.date().length() == 10) {
                byDay.computeIfAbsent(s.date(), k -> new ArrayList<>()).add(span(s));
            }
        }
        for (Statements.Statement s : dissenters) {
            byDay.computeIfAbsent(s.date(), k -> new ArrayList<>()).add(span(s));
        }
        if (byDay.size() > 1) {
            out.add(new Contradiction(Contradiction.Kind.DATE, describe(byDay), flatten(byDay)));
        }
        Map<String, Map<String, List<Span>>> byUnit = new TreeMap<>();
        Map<String, Set<String>> articlesByUnit = new TreeMap<>();
        for (Statements.Statement s : statements) {
            for (Statements.Quantity q : s.quantities()) {
                byUnit.computeIfAbsent(q.unit(), k -> new TreeMap<>())
                        .computeIfAbsent(q.surface(), k -> new ArrayList<>()).add(span(s));
                articlesByUnit.computeIfAbsent(q.unit(), k -> new TreeSet<>()).add(s.article());
            }
        }
        byUnit.forEach((unit, variants) -> {
            long values = statements.stream().flatMap(s -> s.quantities().stream())
                    .filter(q -> q.unit().equals(unit)).map(Statements.Quantity::value).distinct().count();
            if (values > 1 && articlesByUnit.get(unit).size() > 1) {
                out.add(new Contradiction(Contradiction.Kind.NUMBER, describe(variants), flatten(variants)));
            }
        });
        return out;
    }

    private static Span span(Statements.Statement s) {
        return new Span(s.article(), s.start(), s.end());
    }

    private static String describe(Map<String, List<Span>> variants) {
        Map<String, String> parts = new LinkedHashMap<>();
        variants.forEach((value, spans) -> {
            long n = spans.stream().map(Span::article).distinct().count();
            parts.put(value, value + " (" + n + (n == 1 ? " source)" : " sources)"));
        });
        return String.join(" vs ", parts.values());
    }

    private static List<Span> flatten(Map<String, List<Span>> variants) {
        List<Span> out = new ArrayList<>();
        variants.values().forEach(out::addAll);
        return out;
    }
}
