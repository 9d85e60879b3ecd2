package org.synoptic.model;

/** One occurrence of a name in an article: the span and the surface text (titles stripped). */
public record Mention(String article, int start, int end, String text) {
    public Span span() {
        return new Span(article, start, end);
    }
}
