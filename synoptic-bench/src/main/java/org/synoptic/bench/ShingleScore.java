package org.synoptic.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ScrapingHub article-extraction benchmark's metric, re-implemented from its description:
 * per page, word 4-gram shingle counts of gold and prediction give tp, fp and fn, which are
 * divided by their sum so every page weighs the same; precision and recall are averaged over
 * pages (macro), and F1 is taken from the two means.
 *
 * <p>Tokens are maximal runs of Unicode letters, numbers and '_' (Python's {@code \w} on str),
 * case kept. A text of fewer than four tokens gives one shorter shingle; an empty text none.
 */
public final class ShingleScore {

    static final int N = 4;

    /** One page's normalised counts. */
    public record Counts(double tp, double fp, double fn) {

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Macro precision, recall and F1 over pages, and the share of pages matched token for token. */
    public record Result(double precision, double recall, double f1, double accuracy, int pages) {}

    private ShingleScore() {}

    public static Counts page(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(tokens(gold));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        Set<List<String>> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int gc = g.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    /** Aggregates pages; {@code exact} counts the pages whose token sequences were equal. */
    public static Result aggregate(List<Counts> pages, int exact) {
        double precision = pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(Counts::precision).average().orElse(Double.NaN);
        double recall = pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(Counts::recall).average().orElse(Double.NaN);
        double f1 = 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, pages.isEmpty() ? Double.NaN : (double) exact / pages.size(), pages.size());
    }

    public static boolean sameTokens(String gold, String predicted) {
        return tokens(gold).equals(tokens(predicted));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                int start = i;
                while (i < n && isWord(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(text.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
