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
 * Reworded passages: runs of at least {@link #MIN_RUN} consecutive sentences in one article
 * matched, in the same order, by consecutive sentences of another, each pair sharing most of its
 * content terms although no long word run is shared. A single matching sentence is not reuse:
 * two independent reports of one fact ("the ambassador delivered the reply to the adviser")
 * share their terms too; a reworded paragraph keeps the order of its source. Candidates come from an inverted index over
 * terms; terms found in more articles than the reuse stage's document-frequency cap are skipped,
 * as for shingles, so a sentence every article repeats is boilerplate and only sentences sharing
 * rare-enough words are compared. A pair counts when it shares at least {@link #MIN_SHARED}
 * such terms covering {@link #MIN_COVERAGE} of the shorter sentence's terms.
 */
final class SentencePairs {

    static final int MIN_SHARED = 6;
    static final int MIN_RUN = 2;
    static final double MIN_COVERAGE = 0.6;

    record Match(int a, int b, List<Passage> passages) {}

    private record Sentence(int doc, int ordinal, int start, int end, Set<String> terms) {}

    private SentencePairs() {}

    /** Paraphrase passages per article pair (a < b), skipping sentences inside verbatim passages. */
    static List<Match> paraphrases(List<Article> articles, Map<Long, List<Passage>> verbatim, int maxDocumentFrequency) {
        List<Sentence> sentences = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int doc = 0; doc < articles.size(); doc++) {
            String text = articles.get(doc).text();
            new HashSet<>(Words.terms(text)).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            List<int[]> ranges = Sentences.split(text);
            for (int ordinal = 0; ordinal < ranges.size(); ordinal++) {
                int[] range = ranges.get(ordinal);
                Set<String> terms = new HashSet<>(Words.terms(text.substring(range[0], range[1])));
                if (terms.size() < MIN_SHARED) {
                    continue;
                }
                int id = sentences.size();
                sentences.add(new Sentence(doc, ordinal, range[0], range[1], terms));
                for (String term : terms) {
                    index.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
                }
            }
        }
        Map<Long, List<Sentence[]>> byPair = new TreeMap<>();
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
                    byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(new Sentence[] {first, second});
                }
            }
        }
        List<Match> out = new ArrayList<>();
        byPair.forEach((key, matches) -> {
            List<Passage> passages = new ArrayList<>();
            for (Passage p : runs(matches)) {
                if (!insideVerbatim(p, verbatim.getOrDefault(key, List.of()))) {
                    passages.add(p);
                }
            }
            if (!passages.isEmpty()) {
                out.add(new Match((int) (key >>> 32), (int) (long) key, passages));
            }
        });
        return out;
    }

    /** Merges sentence matches on one diagonal of consecutive ordinals into passages of MIN_RUN or more. */
    private static List<Passage> runs(List<Sentence[]> matches) {
        matches.sort(java.util.Comparator.<Sentence[]>comparingInt(m -> m[1].ordinal() - m[0].ordinal())
                .thenComparingInt(m -> m[0].ordinal()));
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < matches.size()) {
            int j = i + 1;
            while (j < matches.size()
                    && matches.get(j)[0].ordinal() == matches.get(j - 1)[0].ordinal() + 1
                    && matches.get(j)[1].ordinal() == matches.get(j - 1)[1].ordinal() + 1) {
                j++;
            }
            if (j - i >= MIN_RUN) {
                Sentence[] first = matches.get(i);
                Sentence[] last = matches.get(j - 1);
                out.add(new Passage(first[0].start(), last[0].end(), first[1].start(), last[1].end()));
            }
            i = j;
        }
        out.sort(java.util.Comparator.comparingInt(Passage::fromStart).thenComparingInt(Passage::toStart));
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
