package org.synoptic.names;

import java.util.Optional;
import org.synoptic.internal.Hashing;
import org.synoptic.model.Article;

/** Builds test articles: only the id and text matter to the names and quotes stages. */
public final class Articles {

    private Articles() {}

    public static Article article(String id, String text) {
        return new Article(id, "test:" + id, "", "", "", "", "", "", Optional.empty(), "en", text, Hashing.sha256(text));
    }
}
