package org.synoptic.reuse;

import java.util.ArrayList;
import java.util.Arrays;
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
        Map<String, Postings> index = new HashMap<>();
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
                    index.computeIfAbsent(term, t -> new Postings()).add(id);
                }
            }
        }
        Map<Long, List<Sentence[]>> byPair = new TreeMap<>();
        // Shared-term counts per later sentence, kept in arrays and cleared after each sentence:
        // a map per sentence cost more than the comparison itself.
        int[] shared = new int[sentences.size()];
        int[] touched = new int[sentences.size()];
        for (int id = 0; id < sentences.size(); id++) {
            Sentence s = sentences.get(id);
            int touchedCount = 0;
            for (String term : s.terms()) {
                if (documentFrequency.get(term) > maxDocumentFrequency) {
                    continue;
                }
                Postings postings = index.get(term);
                for (int k = postings.firstAfter(id); k < postings.size; k++) {
                    int other = postings.ids[k];
                    if (sentences.get(other).doc() != s.doc() && shared[other]++ == 0) {
                        touched[touchedCount++] = other;
                    }
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                int count = shared[touched[t]];
                shared[touched[t]] = 0;
                Sentence o = sentences.get(touched[t]);
                int smaller = Math.min(s.terms().size(), o.terms().size());
                if (count >= MIN_SHARED && count >= MIN_COVERAGE * smaller) {
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

    /** The sentences holding a term, by id in ascending order (they are added so). */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** The first place holding an id above {@code id}. */
        int firstAfter(int id) {
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (ids[mid] <= id) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
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
