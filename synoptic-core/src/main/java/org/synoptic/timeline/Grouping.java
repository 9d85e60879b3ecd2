package org.synoptic.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins statements of different articles that say the same thing: they share at least
 * {@link #MIN_SHARED} terms covering {@link #MIN_COVERAGE} of the shorter one's terms.
 *
 * <p>Joining is greedy, best pair first (by cosine of the term sets), and two groups are joined only when no article has a
 * sentence in both: one article does not corroborate itself, and the rule stops the chaining
 * that plain transitive closure suffers (A like B, B like C, ... until one group holds a whole
 * story). Ties are broken by position, so the result does not depend on input order.
 */
final class Grouping {

    static final int MIN_SHARED = 4;
    static final double MIN_COVERAGE = 0.5;
    static final int MAX_TERM_SENTENCES = 500;

    /** A candidate join; {@code cosine} ranks it, so short sentences do not win on coverage alone. */
    private record Pair(int a, int b, int shared, double cosine) {}

    /** The groups, and for each statement the statements similar enough to have joined it. */
    record Result(List<List<Statements.Statement>> groups, Map<Statements.Statement, List<Statements.Statement>> similar) {}

    private Grouping() {}

    static Result groups(List<Statements.Statement> statements) {
        List<Pair> pairs = candidatePairs(statements);
        Map<Statements.Statement, List<Statements.Statement>> similar = new HashMap<>();
        for (Pair p : pairs) {
            similar.computeIfAbsent(statements.get(p.a()), k -> new ArrayList<>()).add(statements.get(p.b()));
            similar.computeIfAbsent(statements.get(p.b()), k -> new ArrayList<>()).add(statements.get(p.a()));
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.cosine())
                .thenComparingInt(p -> -p.shared()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        int[] parent = new int[statements.size()];
        List<Set<String>> articles = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articles.add(new HashSet<>(Set.of(statements.get(i).article())));
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb || !disjoint(articles.get(ra), articles.get(rb))) {
                continue;
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            articles.get(root).addAll(articles.get(other));
        }
        Map<Integer, List<Statements.Statement>> byRoot = new TreeMap<>();
        for (int i = 0; i < statements.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
        }
        return new Result(List.copyOf(byRoot.values()), similar);
    }

    private static List<Pair> candidatePairs(List<Statements.Statement> statements) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            for (String term : statements.get(i).terms()) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        List<Pair> pairs = new ArrayList<>();
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
                int sizeA = s.terms().size();
                int sizeB = statements.get(e.getKey()).terms().size();
                double coverage = (double) e.getValue() / Math.min(sizeA, sizeB);
                if (e.getValue() >= MIN_SHARED && coverage >= MIN_COVERAGE) {
                    pairs.add(new Pair(i, e.getKey(), e.getValue(), e.getValue() / Math.sqrt((double) sizeA * sizeB)));
                }
            }
        }
        return pairs;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
