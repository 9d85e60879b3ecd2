package org.synoptic.model;

import java.util.List;

/** Everything one pipeline run produced, in deterministic order. */
public record Report(
        List<Article> articles,
        List<Entity> entities,
        List<Timex> timexes,
        List<Quote> quotes,
        List<Reuse> reuse,
        List<Story> stories,
        List<Fact> timeline,
        List<Input.Failure> failures) {
    public Report {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        reuse = List.copyOf(reuse);
        stories = List.copyOf(stories);
        timeline = List.copyOf(timeline);
        failures = List.copyOf(failures);
    }
}
