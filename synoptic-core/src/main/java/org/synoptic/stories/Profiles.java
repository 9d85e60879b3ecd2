package org.synoptic.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.internal.Words;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Mention;

/**
 * Per-article TF-IDF term vectors (L2-normalised) and entity sets with IDF weights, computed
 * once over the batch, and the pairwise similarity the clusterer uses. Titles count twice: a
 * headline is the densest statement of what an article is about.
 */
final class Profiles {

    private final Map<String, TermVector> vectors = new HashMap<>();
    private final Map<String, Set<String>> entitySets = new HashMap<>();
    private final Map<String, Double> entityWeights = new HashMap<>();
    /** Each article's summed entity weight, the denominator of every overlap it takes part in. */
    private final Map<String, Double> entityTotals = new HashMap<>();

    private Profiles() {}

    static Profiles of(List<Article> articles, List<Entity> entities) {
        Profiles p = new Profiles();
        int n = articles.size();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> termIds = new HashMap<>();
        for (Article a : articles) {
            Map<String, Integer> tf = new HashMap<>();
            for (String term : Words.terms(a.title())) {
                tf.merge(term, 2, Integer::sum);
            }
            for (String term : Words.terms(a.text())) {
                tf.merge(term, 1, Integer::sum);
            }
            counts.put(a.id(), tf);
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            p.entitySets.put(a.id(), new HashSet<>());
        }
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            Map<String, Double> vector = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> t : e.getValue().entrySet()) {
                double w = (1 + Math.log(t.getValue())) * Math.log(1.0 + (double) n / documentFrequency.get(t.getKey()));
                vector.put(t.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            if (length > 0) {
                vector.replaceAll((k, v) -> v / length);
            }
            p.vectors.put(e.getKey(), TermVector.of(vector, termIds));
        }
        for (Entity entity : entities) {
            Set<String> in = new HashSet<>();
            for (Mention m : entity.mentions()) {
                Set<String> set = p.entitySets.get(m.article());
                if (set != null) {
                    set.add(entity.id());
                    in.add(m.article());
                }
            }
            if (!in.isEmpty()) {
                p.entityWeights.put(entity.id(), Math.log(1.0 + (double) n / in.size()));
            }
        }
        p.entitySets.forEach((id, set) -> p.entityTotals.put(id, p.weight(set)));
        return p;
    }

    /**
     * The article's blocking keys: its {@code k} heaviest terms and its entities. Two articles
     * whose similarity could reach the join threshold share at least one of them in practice,
     * since both halves of the score are carried by heavy terms and shared entities.
     */
    java.util.List<String> keys(String id, int k) {
        java.util.List<String> out = new java.util.ArrayList<>();
        vectors.get(id).heaviest(k).forEach(term -> out.add("t:" + term));
        entitySets.get(id).stream().sorted().forEach(e -> out.add("e:" + e));
        return out;
    }

    /** Mean of term cosine and weighted entity overlap (shared weight over the smaller set's weight). */
    double similarity(String a, String b) {
        return 0.5 * vectors.get(a).cosine(vectors.get(b)) + 0.5 * entityOverlap(a, b);
    }

    /**
     * An article's term weights, with each term also numbered, in the order of its map's entries
     * (so a cosine adds its products in the order it always did), and an open-addressing table
     * to find a term by its number: the clusterer asks for many cosines.
     */
    private static final class TermVector {
        private final String[] words;
        private final int[] terms;
        private final double[] weights;
        private final int[] slots;

        private TermVector(String[] words, int[] terms, double[] weights, int[] slots) {
            this.words = words;
            this.terms = terms;
            this.weights = weights;
            this.slots = slots;
        }

        static TermVector of(Map<String, Double> vector, Map<String, Integer> termIds) {
            String[] words = new String[vector.size()];
            int[] terms = new int[vector.size()];
            double[] weights = new double[vector.size()];
            int[] slots = new int[Integer.highestOneBit(Math.max(1, vector.size()) * 2) * 2];
            int i = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                words[i] = e.getKey();
                terms[i] = termIds.computeIfAbsent(e.getKey(), t -> termIds.size());
                weights[i] = e.getValue();
                int slot = slot(terms[i], slots.length);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = i + 1;
                i++;
            }
            return new TermVector(words, terms, weights, slots);
        }

        /** The {@code k} heaviest terms, heaviest first, ties in alphabetical order. */
        List<String> heaviest(int k) {
            return java.util.stream.IntStream.range(0, words.length).boxed()
                    .sorted(java.util.Comparator.comparingDouble((Integer i) -> weights[i]).reversed()
                            .thenComparing(i -> words[i]))
                    .limit(k)
                    .map(i -> words[i])
                    .toList();
        }

        private static int slot(int term, int size) {
            return (term * 0x9E3779B9 >>> 7) & (size - 1);
        }

        /** Index of the term's weight, or -1. */
        private int find(int term) {
            for (int slot = slot(term, slots.length); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
                if (terms[slots[slot] - 1] == term) {
                    return slots[slot] - 1;
                }
            }
            return -1;
        }

        double cosine(TermVector other) {
            TermVector small = terms.length <= other.terms.length ? this : other;
            TermVector large = small == this ? other : this;
            double dot = 0;
            for (int i = 0; i < small.terms.length; i++) {
                int at = large.find(small.terms[i]);
                if (at >= 0) {
                    dot += small.weights[i] * large.weights[at];
                }
            }
            return dot;
        }
    }

    private double entityOverlap(String a, String b) {
        double wa = entityTotals.get(a);
        double wb = entityTotals.get(b);
        if (wa == 0 || wb == 0) {
            return 0;
        }
        Set<String> bEntities = entitySets.get(b);
        double shared = 0;
        for (String id : entitySets.get(a)) {
            if (bEntities.contains(id)) {
                shared += entityWeights.getOrDefault(id, 0.0);
            }
        }
        return shared / Math.min(wa, wb);
    }

    private double weight(Set<String> ids) {
        double sum = 0;
        for (String id : ids) {
            sum += entityWeights.getOrDefault(id, 0.0);
        }
        return sum;
    }
}
