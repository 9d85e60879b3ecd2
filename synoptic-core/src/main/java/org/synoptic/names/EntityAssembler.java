package org.synoptic.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.synoptic.internal.Hashing;
import org.synoptic.model.Entity;
import org.synoptic.model.Mention;

/**
 * Turns groups into entities: the canonical name is the most frequent of the longest variants
 * (most words, hyphenated parts counted apart; ties lexical), the id is "e" and the first ten hex
 * digits of SHA-256 over "TYPE:canonical". Two entities whose ids collide are told apart by
 * their earliest mention: the later one hashes "TYPE:canonical#2", and so on.
 */
final class EntityAssembler {

    private static final Comparator<Mention> MENTION_ORDER =
            Comparator.comparing(Mention::article).thenComparingInt(Mention::start).thenComparingInt(Mention::end);

    private EntityAssembler() {}

    static List<Entity> entities(List<Group> groups) {
        record Draft(Group group, String canonical, List<Mention> mentions) {}
        List<Draft> drafts = new ArrayList<>();
        for (Group group : groups) {
            List<Mention> mentions = group.mentions().stream()
                    .map(c -> new Mention(c.article(), c.start(), c.end(), c.text()))
                    .sorted(MENTION_ORDER)
                    .toList();
            drafts.add(new Draft(group, canonical(mentions), mentions));
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.mentions().get(0), MENTION_ORDER));
        Set<String> used = new HashSet<>();
        List<Entity> out = new ArrayList<>();
        for (Draft draft : drafts) {
            String base = draft.group().type() + ":" + draft.canonical();
            String id = id(base);
            for (int n = 2; used.contains(id); n++) {
                id = id(base + "#" + n);
            }
            used.add(id);
            List<String> variants = List.copyOf(new TreeSet<>(draft.mentions().stream().map(Mention::text).toList()));
            out.add(new Entity(id, draft.group().type(), draft.canonical(), variants, draft.mentions()));
        }
        out.sort(Comparator.comparing(Entity::id));
        return List.copyOf(out);
    }

    static String canonical(List<Mention> mentions) {
        Map<String, Long> counts = mentions.stream()
                .collect(Collectors.groupingBy(Mention::text, TreeMap::new, Collectors.counting()));
        return counts.keySet().stream()
                .max(Comparator.comparingInt(EntityAssembler::wordCount)
                        .thenComparingLong(counts::get)
                        .thenComparing(Comparator.<String>reverseOrder()))
                .orElseThrow();
    }

    private static int wordCount(String name) {
        return name.split("[\\s\\-\u2010\u2011]+").length;
    }

    private static String id(String base) {
        return "e" + Hashing.sha256(base).substring(0, 10);
    }
}
