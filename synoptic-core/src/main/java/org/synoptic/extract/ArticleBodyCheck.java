package org.synoptic.extract;

import java.util.Arrays;

/**
 * How much of a page's own JSON-LD {@code articleBody} the extracted text holds: the share of the
 * body's word 4-grams (lower-cased runs of letters and digits) that also occur in the text. The
 * publisher's articleBody is the article as its own system stores it, so a low share means the
 * extraction missed part of it. Bounded: only the first {@value #MAX_TOKENS} words of each are
 * compared; cost is linear in that.
 */
final class ArticleBodyCheck {

    static final int MAX_TOKENS = 20_000;
    private static final int N = 4;

    /** The comparison; {@code coverage} is NaN when the body has no 4-gram. */
    record Result(double coverage, int bodyChars, int textChars) {}

    private ArticleBodyCheck() {}

    static Result compare(String articleBody, String text) {
        long[] body = shingles(articleBody);
        long[] found = shingles(text);
        if (body.length == 0) {
            return new Result(Double.NaN, articleBody.length(), text.length());
        }
        int shared = 0;
        for (int i = 0, j = 0; i < body.length && j < found.length; ) {
            if (body[i] == found[j]) {
                shared++;
                i++;
                j++;
            } else if (body[i] < found[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new Result((double) shared / body.length, articleBody.length(), text.length());
    }

    /**
     * The distinct 4-grams, sorted, each as a 64-bit hash of its words' hashes: collisions are
     * negligible at these sizes.
     */
    private static long[] shingles(String text) {
        int[] tokens = new int[Math.min(MAX_TOKENS, text.length() / 2 + 1)];
        int count = 0;
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length() && count < tokens.length; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            // ASCII first: the Unicode tables cost more than the rest of the loop.
            boolean wordChar = c < 128 ? (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10 : Character.isLetterOrDigit(c);
            if (wordChar) {
                hash = 31 * hash + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
                inWord = true;
            } else if (inWord) {
                tokens[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        long[] out = new long[Math.max(0, count - N + 1)];
        for (int i = 0; i < out.length; i++) {
            long shingle = 0;
            for (int j = i; j < i + N; j++) {
                shingle = shingle * 1_000_003L + tokens[j];
            }
            out[i] = shingle;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }
}
