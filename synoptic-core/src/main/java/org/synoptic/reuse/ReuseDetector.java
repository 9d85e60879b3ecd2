package org.synoptic.reuse;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Reuse;

/** The reuse stage: passages shared between articles, verbatim or paraphrased, with copy direction. */
public interface ReuseDetector {

    /** One {@link Reuse} per article pair that shares text, sorted by (from, to). */
    List<Reuse> detect(List<Article> articles);

    static ReuseDetector create() {
        return new ShingleReuseDetector();
    }
}
