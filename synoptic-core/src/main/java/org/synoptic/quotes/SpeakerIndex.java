package org.synoptic.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Mention;

/**
 * The named mentions of one article, in text order, with the entity each belongs to, and the
 * role words written around each person ("Speaker of Parliament X", "X, the special aide to
 * ..."), so "the speaker said" can find its person.
 */
final class SpeakerIndex {

    /** How far before a name its title may start, in characters. */
    static final int ROLE_WINDOW = 60;
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "for", "in", "on", "at", "with", "from", "and");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

    record Named(int start, int end, String entity, EntityType type) {}

    private final String text;
    private final List<Named> named;

    /** @param named the article's mentions, from {@link #byArticle} */
    SpeakerIndex(String text, List<Named> named) {
        this.text = text;
        this.named = named.stream().filter(n -> n.end() <= text.length()).toList();
    }

    /** Every entity mention grouped by article, each list in text order. */
    static Map<String, List<Named>> byArticle(List<Entity> entities) {
        Map<String, List<Named>> out = new HashMap<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                out.computeIfAbsent(mention.article(), k -> new ArrayList<>())
                        .add(new Named(mention.start(), mention.end(), entity.id(), entity.type()));
            }
        }
        Comparator<Named> order = Comparator.comparingInt(Named::start).thenComparingInt(Named::end).thenComparing(Named::entity);
        out.replaceAll((article, named) -> named.stream().sorted(order).toList());
        return Map.copyOf(out);
    }

    /** The first mention that overlaps [from, to). */
    Optional<Named> firstIn(int from, int to) {
        return named.stream().filter(n -> n.end() > from && n.start() < to).findFirst();
    }

    /** The last mention that overlaps [from, to). */
    Optional<Named> lastIn(int from, int to) {
        return named.stream().filter(n -> n.end() > from && n.start() < to).reduce((a, b) -> b);
    }

    /** The most recent person named in [from, before). */
    Optional<Named> lastPerson(int from, int before) {
        return named.stream()
                .filter(n -> n.type() == EntityType.PERSON && n.start() >= from && n.end() <= before)
                .reduce((a, b) -> b);
    }

    /** The most recent person before the offset whose title or apposition holds the role word. */
    Optional<Named> lastPersonWithRole(String role, int before) {
        String wanted = role.toLowerCase(Locale.ROOT);
        return named.stream()
                .filter(n -> n.type() == EntityType.PERSON && n.end() <= before && roleWords(n).contains(wanted))
                .reduce((a, b) -> b);
    }

    /**
     * Lower-case words of the title before the name (back to a comma, a stop or another person's
     * name) and the head of an apposition after it (", the special aide to ..." gives "special aide").
     */
    List<String> roleWords(Named name) {
        List<String> out = new ArrayList<>();
        // Another person's name closes the window: "Ambassador X met Y" gives Y no title.
        int floor = named.stream()
                .filter(n -> n.type() == EntityType.PERSON && n.end() <= name.start())
                .mapToInt(Named::end).max().orElse(0);
        int from = name.start();
        while (from > floor && name.start() - from < ROLE_WINDOW && ",.;:!?\n\u201C\u201D\"".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        words(text.substring(from, name.start()), out);
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + ROLE_WINDOW));
        var apposition = Pattern.compile("^\\s*,\\s*(?:the|a|an)\\s+([^,.;]*)").matcher(after);
        if (apposition.find()) {
            List<String> head = new ArrayList<>();
            words(apposition.group(1), head);
            for (String word : head) {
                if (PREPOSITIONS.contains(word)) {
                    break;
                }
                out.add(word);
            }
        }
        return out;
    }

    private static void words(String text, List<String> out) {
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            out.add(matcher.group().toLowerCase(Locale.ROOT));
        }
    }
}
