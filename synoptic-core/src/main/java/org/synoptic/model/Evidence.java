package org.synoptic.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a metadata value came from: the signal that decided it ("json-ld", "meta:article:published_time",
 * "url", "byline", "news-code", ...), how sure the choice is, and the other candidates it beat, each
 * with why it lost.
 */
public record Evidence(String signal, String value, Confidence confidence, List<Candidate> beaten) {

    /** A candidate that was not chosen, and why ("lower priority", "after the fetch time", ...). */
    public record Candidate(String signal, String value, String reason) {}

    /**
     * How sure a choice is, from what the page's other signals say about it: {@code HIGH} where
     * another independent signal agrees and none that counts disagrees; {@code LOW} where one
     * disagrees and none agrees; {@code MEDIUM} otherwise, most often a single deliberate signal
     * that nothing contradicts. A value resting on a weak signal (a date from loose page text, an
     * update date standing in for the publication) is at most {@code MEDIUM}, and {@code LOW} unless
     * another signal confirms it and none contradicts it.
     */
    public enum Confidence {
        HIGH, MEDIUM, LOW;

        /** Lower case, as the JSON output writes it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The level for a choice that {@code agreeing} other signals confirm and {@code conflicting} contradict. */
        public static Confidence of(int agreeing, int conflicting, boolean weak) {
            boolean confirmed = agreeing > 0 && conflicting == 0;
            if (agreeing == 0 && conflicting > 0 || weak && !confirmed) {
                return LOW;
            }
            return confirmed && !weak ? HIGH : MEDIUM;
        }
    }

    public Evidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(confidence, "confidence");
        beaten = List.copyOf(beaten);
    }
}
