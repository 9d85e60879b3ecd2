package org.synoptic.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.synoptic.internal.Sentences;
import org.synoptic.internal.Words;
import org.synoptic.model.Article;
import org.synoptic.model.Passage;

/**
 * Reworded passages: pairs of sentences, in different articles, whose content terms mostly
 * coincide although no long word run is shared. Candidates come from an inverted index over
 * terms; terms found in more articles than the reuse stage's document-frequency cap are skipped,
 * as for shingles, so a sentence every article repeats is boilerplate and only sentences sharing
 * rare-enough words are compared. A pair counts when it shares at least {@link #MIN_SHARED}
 * such terms covering {@link #MIN_COVERAGE} of the shorter sentence's terms.
 */
final class SentencePairs {

    static final int MIN_SHARED = 6;
    static final double MIN_COVERAGE = 0.6;

    record Match(int a, int b, List<Passage> passages) {}

    private record Sentence(int doc, int start, int end, Set<String> terms) {}

    private SentencePairs() {}

    /** Paraphrase passages per article pair (a < b), skipping sentences inside verbatim passages. */
    static List<Match> paraphrases(List<Article> articles, Map<Long, List<Passage>> verbatim, int maxDocumentFrequency) {
        List<Sentence> sentences = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int doc = 0; doc < articles.size(); doc++) {
            String text = articles.get(doc).text();
            new HashSet<>(Words.terms(text)).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            for (int[] range : Sentences.split(text)) {
                Set<String> terms = new HashSet<>(Words.terms(text.substring(range[0], range[1])));
                if (terms.size() < MIN_SHARED) {
                    continue;
                }
                int id = sentences.size();
                sentences.add(new Sentence(doc, range[0], range[1], terms));
                for (String term : terms) {
                    index.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
                }
            }
        }
        Map<Long, List<Passage>> byPair = new TreeMap<>();
        for (int id = 0; id < sentences.size(); id++) {
            Sentence s = sentences.get(id);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String term : s.terms()) {
                if (documentFrequency.get(term) > maxDocumentFrequency) {
                    continue;
                }
                List<Integer> postings = index.get(term);
                for (int other : postings) {
                    if (other > id && sentences.get(other).doc() != s.doc()) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : new TreeMap<>(shared).entrySet()) {
                Sentence o = sentences.get(e.getKey());
                int smaller = Math.min(s.terms().size(), o.terms().size());
                if (e.getValue() >= MIN_SHARED && e.getValue() >= MIN_COVERAGE * smaller) {
                    Sentence first = s.doc() < o.doc() ? s : o;
                    Sentence second = first == s ? o : s;
                    long key = ((long) first.doc() << 32) | second.doc();
                    Passage p = new Passage(first.start(), first.end(), second.start(), second.end());
                    if (!insideVerbatim(p, verbatim.getOrDefault(key, List.of()))) {
                        byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        List<Match> out = new ArrayList<>();
        byPair.forEach((key, passages) -> {
            passages.sort(java.util.Comparator.comparingInt(Passage::fromStart).thenComparingInt(Passage::toStart));
            out.add(new Match((int) (key >>> 32), (int) (long) key, passages));
        });
        return out;
    }

    private static boolean insideVerbatim(Passage p, List<Passage> verbatim) {
        for (Passage v : verbatim) {
            boolean overlapsFrom = p.fromStart() < v.fromEnd() && v.fromStart() < p.fromEnd();
            boolean overlapsTo = p.toStart() < v.toEnd() && v.toStart() < p.toEnd();
            if (overlapsFrom && overlapsTo) {
                return true;
            }
        }
        return false;
    }
}
