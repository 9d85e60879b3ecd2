package org.synoptic.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.internal.Sentences;
import org.synoptic.internal.Words;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Mention;
import org.synoptic.model.Timex;

/** Cuts articles into candidate statements: one per sentence, with terms, date and numbers. */
final class Statements {

    /** A number stated with the word it counts, e.g. 6 of "page" from "six pages". */
    record Quantity(long value, String unit, String surface) {}

    record Statement(String article, int start, int end, String text, Set<String> terms, String date,
                     List<Quantity> quantities) {}

    static final int MIN_TERMS = 4;

    private final Map<String, List<Mention>> mentionsByArticle = new HashMap<>();
    private final Map<Mention, String> entityOf = new HashMap<>();
    private final Map<String, List<Timex>> timexesByArticle = new HashMap<>();

    Statements(List<Entity> entities, List<Timex> timexes) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                mentionsByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
                entityOf.put(m, e.id());
            }
        }
        for (Timex t : timexes) {
            timexesByArticle.computeIfAbsent(t.article(), k -> new ArrayList<>()).add(t);
        }
    }

    List<Statement> of(Article article) {
        String text = article.text();
        List<Mention> mentions = mentionsByArticle.getOrDefault(article.id(), List.of());
        List<Timex> timexes = timexesByArticle.getOrDefault(article.id(), List.of());
        List<Statement> out = new ArrayList<>();
        for (int[] range : Sentences.split(text)) {
            Set<String> terms = new HashSet<>();
            List<Words.Token> tokens = Words.tokens(text.substring(range[0], range[1]));
            for (Words.Token token : tokens) {
                int at = range[0] + token.start();
                if (covered(at, mentions) || covered(at, timexes) || Character.isDigit(token.text().charAt(0))) {
                    continue;
                }
                String term = Words.term(token.text());
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
            for (Mention m : mentions) {
                if (m.start() >= range[0] && m.end() <= range[1]) {
                    terms.add("@" + entityOf.get(m));
                }
            }
            if (terms.size() < MIN_TERMS) {
                continue;
            }
            String date = timexes.stream()
                    .filter(t -> t.start() >= range[0] && t.end() <= range[1])
                    .filter(t -> t.value().length() == 10 || t.value().length() == 7)
                    .map(Timex::value)
                    .findFirst().orElse("");
            String sentence = text.substring(range[0], range[1]).replaceAll("\\s+", " ");
            out.add(new Statement(article.id(), range[0], range[1], sentence, Set.copyOf(terms), date,
                    Quantities.of(tokens, timexes, range[0])));
        }
        return out;
    }

    private static boolean covered(int offset, List<?> spans) {
        for (Object o : spans) {
            int start = o instanceof Mention m ? m.start() : ((Timex) o).start();
            int end = o instanceof Mention m ? m.end() : ((Timex) o).end();
            if (offset >= start && offset < end) {
                return true;
            }
        }
        return false;
    }
}
