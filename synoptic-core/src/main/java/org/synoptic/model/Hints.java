package org.synoptic.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Metadata a container states about a document before its content is read: a JSONL line's
 * fields, an RSS item's elements, a WARC record's target URI and date. Extraction prefers these to
 * what it infers from the content, since the container's publisher stated them on purpose.
 * {@code fetched} is when the document was fetched (a WARC record's {@code WARC-Date}, a JSONL
 * line's {@code fetched}): no date on the page can be later, so it bounds the publication date
 * where the clock's now would otherwise.
 */
public record Hints(
        Optional<String> id,
        Optional<String> url,
        Optional<String> title,
        Optional<String> author,
        Optional<String> outlet,
        Optional<LocalDate> published,
        Optional<Instant> fetched) {

    public static final Hints NONE = new Hints(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Hints without a fetch time, as feeds and most callers have none. */
    public Hints(Optional<String> id, Optional<String> url, Optional<String> title, Optional<String> author,
                 Optional<String> outlet, Optional<LocalDate> published) {
        this(id, url, title, author, outlet, published, Optional.empty());
    }

    public Hints withUrl(String value) {
        return new Hints(id, Optional.of(value), title, author, outlet, published, fetched);
    }

    public Hints withFetched(Instant value) {
        return new Hints(id, url, title, author, outlet, published, Optional.of(value));
    }
}
