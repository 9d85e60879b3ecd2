package org.synoptic.model;

import java.util.List;

/**
 * One statement of the merged timeline with every source sentence behind it.
 *
 * @param date      ISO date (day, month or year precision) the statement is about
 * @param statement the wording of the first-published source
 */
public record Fact(String date, String statement, String story, List<Span> sources, List<Contradiction> contradictions) {
    public Fact {
        sources = List.copyOf(sources);
        contradictions = List.copyOf(contradictions);
    }
}
