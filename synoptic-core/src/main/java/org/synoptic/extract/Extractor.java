package org.synoptic.extract;

import org.synoptic.model.Article;
import org.synoptic.model.Input;

/**
 * The extract stage: clean main text and metadata from one decoded document. An article whose
 * text comes out empty is still returned; the pipeline decides what to do with it.
 */
public interface Extractor {

    Article extract(Input.Document document);

    static Extractor create(java.time.Clock clock) {
        return new DomExtractor(clock);
    }
}
