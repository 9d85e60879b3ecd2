package org.synoptic.time;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Timex;

/**
 * The time stage: finds date expressions in an article and normalises each to an ISO value,
 * anchoring relative ones ("on Saturday") to the article's publication date.
 */
public interface TimeTagger {

    /** Time expressions in text order. */
    List<Timex> tag(Article article);

    static TimeTagger create() {
        return new RuleTimeTagger();
    }
}
