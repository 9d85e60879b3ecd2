package org.synoptic.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synoptic.model.EntityType;

/**
 * Links names that are not people by their written form, folded to lower-case ASCII letters
 * (U.S. = US, TEHRAN = Tehran), and joins an acronym to its expansion when an article writes one
 * right after the other in brackets: "Joint Comprehensive Plan of Action (JCPOA)" or
 * "JCPOA (Joint Comprehensive Plan of Action)". The type is the majority of firm types, else of
 * all types; ties go to the type declared first.
 */
final class OtherLinker {

    private OtherLinker() {}

    static List<Group> groups(List<Candidate> candidates, Map<String, String> texts) {
        List<Candidate> sorted = candidates.stream()
                .sorted(Comparator.comparing(Candidate::article).thenComparingInt(Candidate::start))
                .toList();
        Map<String, String> parent = new HashMap<>();
        for (Candidate candidate : sorted) {
            parent.putIfAbsent(key(candidate), key(candidate));
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Candidate a = sorted.get(i);
            Candidate b = sorted.get(i + 1);
            if (a.article().equals(b.article()) && bracketed(texts.get(a.article()), a, b)
                    && (abbreviates(b, a) || abbreviates(a, b))) {
                union(parent, key(a), key(b));
            }
        }
        Map<String, List<Candidate>> groups = new TreeMap<>();
        for (Candidate candidate : sorted) {
            groups.computeIfAbsent(find(parent, key(candidate)), k -> new ArrayList<>()).add(candidate);
        }
        return groups.values().stream().map(g -> new Group(vote(g), g)).toList();
    }

    static String key(Candidate candidate) {
        StringBuilder key = new StringBuilder();
        for (String word : candidate.words()) {
            String letters = Skeleton.asciiLetters(word);
            if (!letters.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(letters);
            }
        }
        return key.toString();
    }

    /** "A (B)": only an opening bracket between them and a closing one right after B. */
    private static boolean bracketed(String text, Candidate a, Candidate b) {
        String gap = text.substring(a.end(), b.start()).strip();
        return gap.equals("(") && b.end() < text.length() && text.charAt(b.end()) == ')';
    }

    /** The acronym's letters are the initials of every word of the expansion, or of its capitalised words. */
    private static boolean abbreviates(Candidate acronym, Candidate expansion) {
        if (acronym.words().size() != 1 || expansion.words().size() < 2) {
            return false;
        }
        String letters = acronym.words().get(0).replace(".", "");
        StringBuilder all = new StringBuilder();
        StringBuilder capitalised = new StringBuilder();
        for (String word : expansion.words()) {
            all.append(word.charAt(0));
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised.append(word.charAt(0));
            }
        }
        return letters.equalsIgnoreCase(all.toString()) || letters.equalsIgnoreCase(capitalised.toString());
    }

    private static EntityType vote(List<Candidate> group) {
        Map<EntityType, Integer> firm = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> any = new EnumMap<>(EntityType.class);
        for (Candidate candidate : group) {
            any.merge(candidate.type(), 1, Integer::sum);
            if (candidate.strongType()) {
                firm.merge(candidate.type(), 1, Integer::sum);
            }
        }
        Map<EntityType, Integer> votes = firm.isEmpty() ? any : firm;
        EntityType best = EntityType.MISC;
        int most = 0;
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
            }
        }
        return best;
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // The smaller key becomes the root, so the result does not depend on the order of unions.
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
