package org.synoptic.model;

import java.util.Objects;

/**
 * Whether a page is the whole article. Pages that are not ({@link Verdict#TEASER},
 * {@link Verdict#NOT_ARTICLE}, {@link Verdict#BLOCKED}) are kept out of stories and the timeline,
 * and the report says why.
 */
public record Completeness(Verdict verdict, String reason) {

    public enum Verdict {
        COMPLETE, PARTIAL, TEASER, NOT_ARTICLE, BLOCKED;

        /** The contract's spelling: {@code complete}, {@code not-article}, ... */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** Whether articles with this verdict may take part in stories and the timeline. */
        public boolean reconcilable() {
            return this == COMPLETE || this == PARTIAL;
        }
    }

    public Completeness {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
