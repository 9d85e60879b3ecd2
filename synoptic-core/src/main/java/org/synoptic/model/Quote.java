package org.synoptic.model;

import java.util.Optional;

/**
 * A quoted passage and, where found, the entity who said it.
 *
 * @param start offset of the first quoted character (inside the quotation marks)
 * @param speaker the speaker's entity id, empty when the speaker could not be resolved
 */
public record Quote(String article, int start, int end, String text, Optional<String> speaker) {
    public Span span() {
        return new Span(article, start, end);
    }
}
