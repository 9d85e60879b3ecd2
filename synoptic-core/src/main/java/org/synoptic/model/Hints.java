package org.synoptic.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Metadata a container states about a document before its content is read: a JSONL line's
 * fields, an RSS item's elements, a WARC record's target URI. Extraction prefers these to what
 * it infers from the content, since the container's publisher stated them on purpose.
 */
public record Hints(
        Optional<String> id,
        Optional<String> url,
        Optional<String> title,
        Optional<String> author,
        Optional<String> outlet,
        Optional<LocalDate> published) {

    public static final Hints NONE =
            new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Hints withUrl(String value) {
        return new Hints(id, Optional.of(value), title, author, outlet, published);
    }
}
