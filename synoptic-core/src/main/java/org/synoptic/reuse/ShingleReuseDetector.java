package org.synoptic.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Passage;
import org.synoptic.model.Reuse;
import org.synoptic.model.ReuseKind;

/**
 * Finds text shared between articles in two passes and orients each shared pair.
 *
 * <p><b>Verbatim</b>: every article is cut into overlapping word {@value #SHINGLE}-grams
 * (lower-cased letters and digits only, so punctuation and quote styles do not matter). An
 * inverted index maps each shingle found more than once to the articles containing it; shingles in
 * more than {@link #MAX_DOCUMENT_FREQUENCY} articles are dropped before pairing, as in passim's
 * {@code maxDF}, because a run found everywhere is boilerplate, not reuse, and because it bounds
 * the pairwise blow-up. Matching shingle positions of a pair are chained along diagonals into
 * passages; a passage of at least {@value #MIN_PASSAGE_WORDS} words counts.
 *
 * <p><b>Paraphrase</b>: sentences outside verbatim passages are compared by their content terms
 * ({@link SentencePairs}): a pair that shares most of its terms is a reworded passage.
 *
 * <p><b>Direction</b>: the article published first is the source. When either date is unknown,
 * its evidence rates it low (contradicted by the page's other signals, or read from loose text),
 * or both are the same day, the pair is left undirected, in id order: nothing in the text says
 * reliably who copied whom, and a wrong arrow is worse than none.
 *
 * <p>Cost: linear in total words for indexing, plus one sort of all shingle hashes to find the
 * repeated ones (the rest, most of them, never enter the index); pairing is bounded by the
 * document-frequency cap. Memory: 16 bytes per word for every article's shingles and offsets.
 * Not done yet: translation-level reuse, multi-source (A and B both from an unseen C) reasoning.
 */
final class ShingleReuseDetector implements ReuseDetector {

    static final int SHINGLE = 6;
    static final int MIN_PASSAGE_WORDS = 15;
    static final int MAX_DOCUMENT_FREQUENCY = 50;

    @Override
    public List<Reuse> detect(List<Article> input) {
        List<Article> articles = input.stream().sorted(Comparator.comparing(Article::id)).toList();
        List<Shingled> shingled = articles.stream().map(a -> Shingled.of(a, SHINGLE)).toList();
        // Only a shingle found twice can pair two places, and most are found once: the index
        // holds just the repeated ones, a small share of the corpus's shingles.
        long[] repeated = repeatedHashes(shingled);
        Map<Long, List<int[]>> postings = new HashMap<>();
        for (int doc = 0; doc < shingled.size(); doc++) {
            long[] hashes = shingled.get(doc).hashes();
            for (int pos = 0; pos < hashes.length; pos++) {
                if (Arrays.binarySearch(repeated, hashes[pos]) >= 0) {
                    postings.computeIfAbsent(hashes[pos], h -> new ArrayList<>()).add(new int[] {doc, pos});
                }
            }
        }
        Map<Long, List<int[]>> matchesByPair = new TreeMap<>();
        for (List<int[]> list : postings.values()) {
            if (distinctDocuments(list) > MAX_DOCUMENT_FREQUENCY) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int[] a = list.get(i);
                    int[] b = list.get(j);
                    if (a[0] != b[0]) {
                        long key = ((long) a[0] << 32) | b[0];
                        matchesByPair.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {a[1], b[1]});
                    }
                }
            }
        }
        List<Reuse> out = new ArrayList<>();
        Map<Long, List<Passage>> verbatim = new TreeMap<>();
        for (Map.Entry<Long, List<int[]>> entry : matchesByPair.entrySet()) {
            int a = (int) (entry.getKey() >>> 32);
            int b = (int) (long) entry.getKey();
            List<Passage> passages = Chains.passages(entry.getValue(), shingled.get(a), shingled.get(b), SHINGLE, MIN_PASSAGE_WORDS);
            if (!passages.isEmpty()) {
                verbatim.put(entry.getKey(), passages);
                out.add(oriented(articles.get(a), articles.get(b), ReuseKind.VERBATIM, passages));
            }
        }
        for (SentencePairs.Match match : SentencePairs.paraphrases(articles, verbatim, MAX_DOCUMENT_FREQUENCY)) {
            out.add(oriented(articles.get(match.a()), articles.get(match.b()), ReuseKind.PARAPHRASE, match.passages()));
        }
        out.sort(Comparator.comparing(Reuse::from).thenComparing(Reuse::to).thenComparing(Reuse::kind));
        return List.copyOf(out);
    }

    /** The hashes found more than once in all the articles, sorted. */
    private static long[] repeatedHashes(List<Shingled> shingled) {
        long[] all = new long[shingled.stream().mapToInt(s -> s.hashes().length).sum()];
        int filled = 0;
        for (Shingled s : shingled) {
            System.arraycopy(s.hashes(), 0, all, filled, s.hashes().length);
            filled += s.hashes().length;
        }
        Arrays.sort(all);
        int kept = 0;
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1] && (kept == 0 || all[kept - 1] != all[i])) {
                all[kept++] = all[i];
            }
        }
        return Arrays.copyOf(all, kept);
    }

    private static int distinctDocuments(List<int[]> postings) {
        int count = 0;
        int last = -1;
        for (int[] p : postings) {
            if (p[0] != last) {
                count++;
                last = p[0];
            }
        }
        return count;
    }

    /** Orients a pair whose passages are given as (a-range, b-range). */
    static Reuse oriented(Article a, Article b, ReuseKind kind, List<Passage> passages) {
        if (isSurelyDated(a) && isSurelyDated(b) && !a.published().equals(b.published())) {
            if (a.published().get().isBefore(b.published().get())) {
                return new Reuse(a.id(), b.id(), kind, true, passages);
            }
            return new Reuse(b.id(), a.id(), kind, true, swapped(passages));
        }
        return new Reuse(a.id(), b.id(), kind, false, passages);
    }

    /** A publication day whose evidence, where the article has any, does not rate it low. */
    private static boolean isSurelyDated(Article article) {
        Evidence evidence = article.details().evidence().get("published");
        return article.published().isPresent() && (evidence == null || evidence.confidence() != Evidence.Confidence.LOW);
    }

    private static List<Passage> swapped(List<Passage> passages) {
        return passages.stream()
                .map(p -> new Passage(p.toStart(), p.toEnd(), p.fromStart(), p.fromEnd()))
                .sorted(Comparator.comparingInt(Passage::fromStart))
                .toList();
    }
}
