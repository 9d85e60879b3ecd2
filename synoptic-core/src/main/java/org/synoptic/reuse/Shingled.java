package org.synoptic.reuse;

import java.util.List;
import org.synoptic.internal.Words;
import org.synoptic.model.Article;

/** An article's word tokens and the hash of each word n-gram starting at each token. */
record Shingled(List<Words.Token> tokens, long[] hashes) {

    static Shingled of(Article article, int n) {
        List<Words.Token> tokens = Words.tokens(article.text());
        int count = Math.max(0, tokens.size() - n + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < n; k++) {
                h = 31 * h + tokens.get(i + k).text().hashCode();
                h ^= (h >>> 29);
            }
            hashes[i] = h;
        }
        return new Shingled(tokens, hashes);
    }
}
