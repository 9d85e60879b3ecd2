package org.synoptic.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One extracted article: clean text plus metadata. Absent text fields are empty strings.
 *
 * @param id          stable identifier: a JSONL line's own id, else derived from the content hash
 * @param source      the input path or URL it was read from
 * @param contentHash SHA-256 (hex) of title and text; the store's idempotency key
 * @param details     authors, timestamps, the evidence behind each field and the completeness verdict
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        String outlet,
        String author,
        String license,
        String dateline,
        Optional<LocalDate> published,
        String language,
        String text,
        String contentHash,
        Details details) {

    /** An article with no extraction details (see {@link Details#UNJUDGED}). */
    public Article(String id, String source, String url, String title, String outlet, String author, String license,
                   String dateline, Optional<LocalDate> published, String language, String text, String contentHash) {
        this(id, source, url, title, outlet, author, license, dateline, published, language, text, contentHash,
                Details.UNJUDGED);
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(details, "details");
    }
}
