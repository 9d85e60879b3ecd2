package org.synoptic.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * Surname skeletons to values, looked up exactly or one edit away. One-edit look-ups use the
 * deletion neighbourhood (each key and its one-symbol deletions; two keys one edit apart share
 * one), so a look-up costs O(key length) buckets, never a scan of all keys.
 */
final class SurnameIndex<T> {

    private record Entry<T>(String key, T value, int order) {}

    private final Map<String, List<Entry<T>>> exact = new HashMap<>();
    private final Map<String, List<Entry<T>>> deletions = new HashMap<>();
    private int added;

    void add(String key, T value) {
        Entry<T> entry = new Entry<>(key, value, added++);
        exact.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        if (key.length() >= PersonLinker.MIN_FUZZY_SKELETON) {
            for (String variant : neighbourhood(key)) {
                deletions.computeIfAbsent(variant, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Values under the key or a key one edit away, in the order they were added. */
    SequencedSet<T> find(String key) {
        List<Entry<T>> found = new ArrayList<>(exact.getOrDefault(key, List.of()));
        if (key.length() >= PersonLinker.MIN_FUZZY_SKELETON) {
            for (String variant : neighbourhood(key)) {
                for (Entry<T> entry : deletions.getOrDefault(variant, List.of())) {
                    if (PersonName.sameSurname(key, entry.key())) {
                        found.add(entry);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Entry::order));
        SequencedSet<T> out = new LinkedHashSet<>();
        found.forEach(e -> out.add(e.value()));
        return out;
    }

    private static List<String> neighbourhood(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
