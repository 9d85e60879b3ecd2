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

    private final Map<String, Map<String, Double>> vectors = new HashMap<>();
    private final Map<String, Set<String>> entitySets = new HashMap<>();
    private final Map<String, Double> entityWeights = new HashMap<>();

    private Profiles() {}

    static Profiles of(List<Article> articles, List<Entity> entities) {
        Profiles p = new Profiles();
        int n = articles.size();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
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
            p.vectors.put(e.getKey(), vector);
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
        return p;
    }

    /**
     * The article's blocking keys: its {@code k} heaviest terms and its entities. Two articles
     * whose similarity could reach the join threshold share at least one of them in practice,
     * since both halves of the score are carried by heavy terms and shared entities.
     */
    java.util.List<String> keys(String id, int k) {
        java.util.List<String> out = new java.util.ArrayList<>();
        vectors.get(id).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .forEach(e -> out.add("t:" + e.getKey()));
        entitySets.get(id).stream().sorted().forEach(e -> out.add("e:" + e));
        return out;
    }

    /** Mean of term cosine and weighted entity overlap (shared weight over the smaller set's weight). */
    double similarity(String a, String b) {
        return 0.5 * cosine(vectors.get(a), vectors.get(b)) + 0.5 * entityOverlap(entitySets.get(a), entitySets.get(b));
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    private double entityOverlap(Set<String> a, Set<String> b) {
        double wa = weight(a);
        double wb = weight(b);
        if (wa == 0 || wb == 0) {
            return 0;
        }
        double shared = 0;
        for (String id : a) {
            if (b.contains(id)) {
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
