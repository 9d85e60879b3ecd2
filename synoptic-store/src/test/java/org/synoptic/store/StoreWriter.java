package org.synoptic.store;

import org.synoptic.model.Article;

/**
 * Test helper run in a separate JVM by {@link CrashSafetyIT}: stores articles one by one and
 * prints each id once its put has returned, until it is killed.
 */
public final class StoreWriter {

    private StoreWriter() {}

    public static void main(String[] args) {
        try (ArticleStore store = ArticleStore.open(java.nio.file.Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                Article article = CrashSafetyIT.numbered(i);
                store.put(article);
                System.out.println(article.id());
                System.out.flush();
            }
        }
    }
}
