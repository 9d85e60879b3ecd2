package org.synoptic.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a metadata value came from: the signal that decided it ("json-ld", "meta:article:published_time",
 * "url", "byline", "news-code", ...) and the other candidates it beat, each with why it lost.
 */
public record Evidence(String signal, String value, List<Candidate> beaten) {

    /** A candidate that was not chosen, and why ("lower priority", "after the fetch time", ...). */
    public record Candidate(String signal, String value, String reason) {}

    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(value, "value");
        beaten = List.copyOf(beaten);
    }
}
