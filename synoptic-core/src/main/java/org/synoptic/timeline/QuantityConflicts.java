package org.synoptic.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts of one thing that articles of a story give differently, although their sentences are
 * otherwise worded apart ("the letter, which runs to four pages" / "the document runs to six
 * pages"). Two statements conflict when they count the same unit with different values, come
 * from different articles, and share at least one content term besides the unit, so that "two
 * countries" in one context and "three countries" in another do not. Units that news uses for
 * everything (years, days, people, percent) are left out: their differences are rarely the same
 * claim.
 */
final class QuantityConflicts {

    private static final Set<String> GENERIC_UNITS = Set.of(
            "year", "month", "week", "day", "hour", "minute", "time", "people", "person", "percent", "per",
            "country", "side", "nation", "decade", "century", "million", "billion", "thousand", "hundred",
            "point", "step", "way", "man", "men", "woman", "women", "leader", "official");

    private QuantityConflicts() {}

    /** Groups of two statements that conflict and are not already in one group. */
    static List<List<Statements.Statement>> find(List<Statements.Statement> statements, List<List<Statements.Statement>> groups) {
        Map<Statements.Statement, Integer> groupOf = new java.util.HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Statements.Statement s : groups.get(g)) {
                groupOf.put(s, g);
            }
        }
        Map<String, List<Statements.Statement>> byUnit = new TreeMap<>();
        for (Statements.Statement s : statements) {
            for (Statements.Quantity q : s.quantities()) {
                if (!GENERIC_UNITS.contains(singular(q.surface()))) {
                    byUnit.computeIfAbsent(q.unit(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        List<List<Statements.Statement>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        byUnit.forEach((unit, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Statements.Statement a = list.get(i);
                    Statements.Statement b = list.get(j);
                    if (a.article().equals(b.article()) || groupOf.get(a).equals(groupOf.get(b))
                            || value(a, unit) == value(b, unit) || !shareBesides(a, b, unit)
                            || !seen.add(a.article() + a.start() + "|" + b.article() + b.start())) {
                        continue;
                    }
                    out.add(List.of(a, b));
                }
            }
        });
        return out;
    }

    /** The counted word of a quantity's surface, singular: "six pages" gives "page". */
    private static String singular(String surface) {
        String word = surface.substring(surface.indexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static long value(Statements.Statement s, String unit) {
        return s.quantities().stream().filter(q -> q.unit().equals(unit)).findFirst().orElseThrow().value();
    }

    private static boolean shareBesides(Statements.Statement a, Statements.Statement b, String unit) {
        for (String term : a.terms()) {
            if (!term.equals(unit) && b.terms().contains(term)) {
                return true;
            }
        }
        return false;
    }
}
