package org.synoptic.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Fact;
import org.synoptic.model.Reuse;
import org.synoptic.model.Span;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/**
 * Builds one merged timeline from the sentences of each story's articles.
 *
 * <p>Every sentence is a candidate statement ({@link Statements}): its content terms, with each
 * name replaced by its entity id so "Seitkali" and "Seytkali" are one word, the date it carries
 * (its first day- or month-precision time expression) and the numbers it states. Sentences of
 * different articles of one story that share most of their terms are one statement
 * ({@link Grouping}). A group becomes a {@link Fact} when at least one sentence dates it, or when
 * two or more articles state it (then it is placed at the first report's publication date).
 *
 * <p>Disagreement is kept, never averaged: a group whose sentences give different days, or
 * different numbers of the same thing ("four pages", "six pages"), carries a
 * {@link org.synoptic.model.Contradiction}; so does a group that a similar statement of another
 * article, dated a different day within a week, could have joined (a
 * {@link org.synoptic.model.Contradiction} naming each variant and its sources
 * ({@link Disagreements}); two statements worded apart that count the same thing differently
 * become a fact of their own for that reason ({@link QuantityConflicts}). The fact's date is the day most sources give (ties: the earliest).
 * The statement is worded as in the first-published source.
 *
 * <p>Cost: per story, an inverted index over terms (terms in more than
 * {@link Grouping#MAX_TERM_SENTENCES} sentences are skipped) keeps comparison near-linear.
 * Not done yet: reprints counted apart from independent sources, event-level merging of facts
 * that are worded entirely differently.
 */
final class SentenceTimelineBuilder implements TimelineBuilder {

    @Override
    public List<Fact> build(List<Story> stories, List<Article> articles, List<Entity> entities,
                            List<Timex> timexes, List<Reuse> reuse) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Statements statements = new Statements(entities, timexes);
        List<Fact> facts = new ArrayList<>();
        for (Story story : stories) {
            List<Statements.Statement> candidates = new ArrayList<>();
            for (String id : story.articles()) {
                Article article = byId.get(id);
                if (article != null) {
                    candidates.addAll(statements.of(article));
                }
            }
            Grouping.Result grouping = Grouping.groups(candidates);
            for (List<Statements.Statement> group : grouping.groups()) {
                fact(story.id(), group, Disagreements.dissenters(group, grouping.similar()), byId).ifPresent(facts::add);
            }
            for (List<Statements.Statement> conflict : QuantityConflicts.find(candidates, grouping.groups())) {
                fact(story.id(), conflict, List.of(), byId).ifPresent(facts::add);
            }
        }
        facts.sort(Comparator.comparing(Fact::date).thenComparing(Fact::statement).thenComparing(Fact::story));
        return List.copyOf(facts);
    }

    private static java.util.Optional<Fact> fact(String story, List<Statements.Statement> group,
                                                 List<Statements.Statement> dissenters, Map<String, Article> byId) {
        Comparator<Statements.Statement> firstReported = Comparator
                .comparing((Statements.Statement s) -> byId.get(s.article()).published().orElse(LocalDate.MAX))
                .thenComparing(Statements.Statement::article)
                .thenComparingInt(Statements.Statement::start);
        List<Statements.Statement> ordered = group.stream().sorted(firstReported).toList();
        long articles = ordered.stream().map(Statements.Statement::article).distinct().count();
        String date = Disagreements.date(ordered);
        if (date.isEmpty()) {
            if (articles < 2) {
                return java.util.Optional.empty();
            }
            date = ordered.stream().flatMap(s -> byId.get(s.article()).published().stream())
                    .min(Comparator.naturalOrder()).map(LocalDate::toString).orElse("");
            if (date.isEmpty()) {
                return java.util.Optional.empty();
            }
        }
        List<Span> sources = ordered.stream().map(s -> new Span(s.article(), s.start(), s.end())).toList();
        return java.util.Optional.of(new Fact(date, ordered.get(0).text(), story, sources, Disagreements.of(ordered, dissenters)));
    }
}
