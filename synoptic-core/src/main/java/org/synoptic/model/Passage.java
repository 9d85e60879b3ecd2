package org.synoptic.model;

/** One passage found in both articles of a {@link Reuse}: its range in each. */
public record Passage(int fromStart, int fromEnd, int toStart, int toEnd) {}
