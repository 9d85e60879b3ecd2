package org.synoptic.reuse;

import java.util.List;
import java.util.Locale;
import org.synoptic.internal.Words;
import org.synoptic.model.Article;

/**
 * An article's word tokens, as offsets into its text, and the hash of each word n-gram starting
 * at each token. Offsets rather than token strings: the detector holds every article's shingles
 * at once, and a token's lower-cased word is only needed again where a passage is checked.
 */
final class Shingled {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final long[] hashes;

    private Shingled(String text, int[] starts, int[] ends, long[] hashes) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
    }

    static Shingled of(Article article, int n) {
        List<Words.Token> tokens = Words.tokens(article.text());
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
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
        return new Shingled(article.text(), starts, ends, hashes);
    }

    /** The hash of the n-gram starting at each token that starts one. */
    long[] hashes() {
        return hashes;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** The token's word as {@link Words#tokens} gives it: lower-cased. */
    String word(int token) {
        return text.substring(starts[token], ends[token]).toLowerCase(Locale.ROOT);
    }
}
