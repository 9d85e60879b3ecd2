package org.synoptic.model;

import java.util.List;

/**
 * Text shared between two articles. When {@code directed}, {@code from} was published first and
 * {@code to} took the passages from it; otherwise the two ids are in lexical order.
 */
public record Reuse(String from, String to, ReuseKind kind, boolean directed, List<Passage> passages) {
    public Reuse {
        passages = List.copyOf(passages);
    }
}
