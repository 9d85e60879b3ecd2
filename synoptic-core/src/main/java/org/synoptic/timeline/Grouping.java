package org.synoptic.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins statements of different articles that say the same thing: they share at least
 * {@link #MIN_SHARED} terms covering {@link #MIN_COVERAGE} of the shorter one's terms. Joining is
 * transitive (union-find), so a wire story and its two reprints form one group. Within one
 * article no two sentences are joined: an article does not corroborate itself.
 */
final class Grouping {

    static final int MIN_SHARED = 4;
    static final double MIN_COVERAGE = 0.5;
    static final int MAX_TERM_SENTENCES = 500;

    private Grouping() {}

    static List<List<Statements.Statement>> groups(List<Statements.Statement> statements) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            for (String term : statements.get(i).terms()) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[statements.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < statements.size(); i++) {
            Statements.Statement s = statements.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String term : s.terms()) {
                List<Integer> postings = index.get(term);
                if (postings.size() > MAX_TERM_SENTENCES) {
                    continue;
                }
                for (int j : postings) {
                    if (j > i && !statements.get(j).article().equals(s.article())) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int smaller = Math.min(s.terms().size(), statements.get(e.getKey()).terms().size());
                if (e.getValue() >= MIN_SHARED && e.getValue() >= MIN_COVERAGE * smaller) {
                    union(parent, i, e.getKey());
                }
            }
        }
        Map<Integer, List<Statements.Statement>> byRoot = new TreeMap<>();
        for (int i = 0; i < statements.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
