package org.synoptic.quotes;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Quote;

/** The quotes stage: quoted passages in an article and the entity who said each. */
public interface QuoteFinder {

    /** Quotes in text order; {@code entities} are the resolved names (their mentions give speakers). */
    List<Quote> find(Article article, List<Entity> entities);

    static QuoteFinder create() {
        return new PunctuationQuoteFinder();
    }
}
