package org.synoptic.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synoptic.internal.Words;
import org.synoptic.model.Timex;

/**
 * Numbers a sentence states and what they count: "six pages", "70 countries", "six-page". Digits
 * inside date expressions are not quantities. Number words are English cardinals up to twenty
 * and the tens, enough for the counts news sentences spell out.
 */
final class Quantities {

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("hundred", 100L));

    /** Words that make a number a part, not a total: "the other two subjects", "a further three". */
    private static final java.util.Set<String> PARTIAL = java.util.Set.of(
            "other", "another", "further", "additional", "remaining", "more", "first", "last", "next", "latest", "top");

    private Quantities() {}

    /** {@code tokens} are the sentence's, with offsets relative to {@code sentenceStart}. */
    static List<Statements.Quantity> of(List<Words.Token> tokens, List<Timex> timexes, int sentenceStart) {
        List<Statements.Quantity> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Words.Token token = tokens.get(i);
            Long value = value(token.text());
            if (value == null || insideTimex(sentenceStart + token.start(), timexes)
                    || i > 0 && PARTIAL.contains(tokens.get(i - 1).text())) {
                continue;
            }
            Words.Token next = tokens.get(i + 1);
            String unit = Words.term(next.text());
            if (unit.isEmpty() || Character.isDigit(unit.charAt(0)) || value(next.text()) != null) {
                continue;
            }
            out.add(new Statements.Quantity(value, unit, token.text() + " " + next.text()));
        }
        return List.copyOf(out);
    }

    private static Long value(String token) {
        if (!token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() <= 12) {
            return Long.parseLong(token);
        }
        return WORDS.get(token);
    }

    private static boolean insideTimex(int offset, List<Timex> timexes) {
        for (Timex t : timexes) {
            if (offset >= t.start() && offset < t.end()) {
                return true;
            }
        }
        return false;
    }
}
