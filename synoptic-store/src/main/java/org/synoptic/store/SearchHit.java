package org.synoptic.store;

/**
 * One article found by {@link ArticleStore#search}.
 *
 * @param snippet a short excerpt of the article text around the matches, matched terms in
 *                guillemets ({@code «term»}), cuts marked with {@code …}
 * @param rank    the FTS5 bm25 score: lower is better (scores are negative), comparable only
 *                within one search
 */
public record SearchHit(String id, String title, String source, String snippet, double rank) {}
