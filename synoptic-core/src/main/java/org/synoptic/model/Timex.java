package org.synoptic.model;

/**
 * A time expression in an article, normalised to an ISO 8601 value (day {@code 2021-03-06},
 * month {@code 2021-02} or year {@code 2021}) in the Gregorian calendar.
 *
 * @param relative true when the value was resolved against the publication date ("on Saturday")
 */
public record Timex(String article, int start, int end, String text, String value, Calendar calendar, boolean relative) {
    public Span span() {
        return new Span(article, start, end);
    }
}
