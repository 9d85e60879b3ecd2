package org.synoptic.model;

import java.util.List;

/**
 * Sources that report the same fact differently: another date, another number.
 *
 * @param detail a one-line, human explanation ("2024-11-02 vs 2024-11-03")
 */
public record Contradiction(Kind kind, String detail, List<Span> sources) {
    public enum Kind { DATE, NUMBER }

    public Contradiction {
        sources = List.copyOf(sources);
    }
}
