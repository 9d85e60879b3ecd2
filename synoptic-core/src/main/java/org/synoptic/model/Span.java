package org.synoptic.model;

/**
 * A character range {@code [start, end)} of one article's text.
 */
public record Span(String article, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + article);
        }
    }
}
