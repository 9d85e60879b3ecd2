package org.synoptic.extract;

import org.synoptic.model.Completeness;

/**
 * The completeness verdict of an extracted page. This first version only tells a page with text
 * from one without; teasers, listings and walls are judged by a later version.
 */
final class Verdicts {

    private Verdicts() {}

    static Completeness judge(String text) {
        if (text.isBlank()) {
            return new Completeness(Completeness.Verdict.NOT_ARTICLE, "no article text found");
        }
        return new Completeness(Completeness.Verdict.COMPLETE, "has article text; teasers and walls not yet judged");
    }
}
