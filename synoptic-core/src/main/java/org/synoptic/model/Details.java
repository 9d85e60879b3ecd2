package org.synoptic.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Metadata of an article beyond its core fields, each with where it came from.
 *
 * @param authors       person names, in byline order ({@link Article#author()} is them joined by ", ")
 * @param publishedTime the publication timestamp with its zone offset (ISO 8601) when the page
 *                      gives one, else empty; {@link Article#published()} is its day
 * @param modified      the last update's day, kept apart from the original publication
 * @param modifiedTime  the update's timestamp with zone, when given
 * @param evidence      per field ("published", "modified", "title", "authors", "outlet", "license"),
 *                      the signal that decided it and the candidates it beat
 */
public record Details(
        List<String> authors,
        String publishedTime,
        Optional<LocalDate> modified,
        String modifiedTime,
        Map<String, Evidence> evidence,
        Completeness completeness) {

    /** For articles built without extraction (tests, API callers with clean text). */
    public static final Details UNJUDGED = new Details(List.of(), "", Optional.empty(), "", Map.of(),
            new Completeness(Completeness.Verdict.COMPLETE, "not judged: built without extraction"));

    public Details {
        authors = List.copyOf(authors);
        Objects.requireNonNull(publishedTime, "publishedTime");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(modifiedTime, "modifiedTime");
        evidence = java.util.Collections.unmodifiableMap(new TreeMap<>(evidence));
        Objects.requireNonNull(completeness, "completeness");
    }
}
