package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id, the way templates name their blocks: lower-cased,
 * camel case and punctuation split ("PublishDate_date post-meta" → publish, date, date, post,
 * meta). Matching is by whole word, or by two adjacent words for names such as "more from".
 * Built by one pass over the characters: it runs for every element of a page.
 */
record NameWords(List<String> words) {

    static final NameWords NONE = new NameWords(List.of());

    static NameWords of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return NONE;
        }
        List<String> words = new ArrayList<>();
        split(className, words);
        split(id, words);
        return new NameWords(words);
    }

    /** The words of one name alone ("site-footer" → site, footer). */
    static NameWords of(String name) {
        List<String> words = new ArrayList<>();
        split(name, words);
        return new NameWords(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether any word is in {@code singles} or any two adjacent words, joined by a space, in {@code pairs}. */
    boolean has(Set<String> singles, Set<String> pairs) {
        for (int i = 0; i < words.size(); i++) {
            if (singles.contains(words.get(i)) || (i > 0 && !pairs.isEmpty() && pairs.contains(words.get(i - 1) + " " + words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    boolean has(Set<String> singles) {
        return has(singles, Set.of());
    }

    private static void split(String name, List<String> out) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c);
            boolean camelBreak = part && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!part || camelBreak)) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (part && start < 0) {
                start = i;
            }
        }
    }
}
