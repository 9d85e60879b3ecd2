package org.synoptic.names;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;

/**
 * The names stage: finds names in every article and folds the mentions of one real-world
 * entity, across spellings, titles and short forms, into one {@link Entity}.
 */
public interface NameResolver {

    /** Entities over all the given articles, sorted by id; the result does not depend on input order. */
    List<Entity> resolve(List<Article> articles);

    static NameResolver create() {
        return new CapitalisedNameResolver();
    }
}
