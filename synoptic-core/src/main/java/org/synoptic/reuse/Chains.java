package org.synoptic.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.synoptic.model.Passage;

/**
 * Chains matching shingle positions of two articles into passages. Consecutive matches on one
 * diagonal (same position difference) are one passage, so one changed word splits a passage in
 * two; a hash collision cannot fake a passage because the words of each run are compared.
 */
final class Chains {

    private Chains() {}

    static List<Passage> passages(List<int[]> matches, Shingled a, Shingled b, int n, int minWords) {
        List<int[]> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.<int[]>comparingInt(m -> m[1] - m[0]).thenComparingInt(m -> m[0]));
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int[] first = sorted.get(i);
            int diagonal = first[1] - first[0];
            int end = first[0];
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j)[1] - sorted.get(j)[0] == diagonal && sorted.get(j)[0] == end + 1) {
                end = sorted.get(j)[0];
                j++;
            }
            int words = end - first[0] + n;
            if (words >= minWords && sameWords(a, b, first[0], first[1], words)) {
                out.add(new Passage(
                        a.start(first[0]),
                        a.end(end + n - 1),
                        b.start(first[1]),
                        b.end(first[1] + words - 1)));
            }
            i = j;
        }
        out.sort(Comparator.comparingInt(Passage::fromStart));
        return removeContained(out);
    }

    private static boolean sameWords(Shingled a, Shingled b, int startA, int startB, int words) {
        for (int k = 0; k < words; k++) {
            if (!a.word(startA + k).equals(b.word(startB + k))) {
                return false;
            }
        }
        return true;
    }

    /** A passage repeated inside one article matches on several diagonals; keep the longest. */
    private static List<Passage> removeContained(List<Passage> passages) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) {
            boolean contained = passages.stream().anyMatch(q -> q != p
                    && q.fromStart() <= p.fromStart() && q.fromEnd() >= p.fromEnd()
                    && (q.fromEnd() - q.fromStart() > p.fromEnd() - p.fromStart()));
            if (!contained) {
                out.add(p);
            }
        }
        return out;
    }
}
