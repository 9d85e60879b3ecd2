package org.synoptic.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names an outlet goes by (og:site_name, publisher, host, ...), folded once (case, accents,
 * punctuation) for the many comparisons that headline and byline cleaning make against them.
 */
final class SiteNames {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}]+");

    static final SiteNames NONE = new SiteNames(List.of());
    private static final int MIN_WORD_KEY = 4;
    /** Words naming an edition of a site, folded as names are. */
    private static final Set<String> EDITION_WORDS = Stream.of("mobile", "mobil", "móvil", "online",
            "digital", "web", "live", "plus", "tv", "모바일", "온라인", "モバイル", "デジタル", "手机版", "移动版")
            .map(TextClean::key).collect(Collectors.toUnmodifiableSet());

    private final List<String> names;
    private final List<String> keys;
    private final List<List<String>> wordsOfNames;

    SiteNames(List<String> names) {
        this.names = List.copyOf(names);
        this.keys = names.stream().map(TextClean::key).filter(k -> !k.isEmpty()).distinct().toList();
        this.wordsOfNames = names.stream().map(SiteNames::words).toList();
    }

    /** These names and some more. */
    SiteNames with(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(names);
        all.addAll(more);
        return new SiteNames(all);
    }

    /** A single word that is part of one of the names ("Beachbody" of "The Beachbody Blog"). */
    boolean hasWord(String word) {
        String key = TextClean.key(word);
        if (key.length() < MIN_WORD_KEY) {
            return false;
        }
        for (String name : keys) {
            if (name.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** {@code part} is one of the names, with or without a leading "the" or "www". */
    boolean names(String part) {
        String key = TextClean.key(part);
        if (key.length() < 2) {
            return false;
        }
        for (String name : keys) {
            if (key.equals(name) || isPrefixed(key, "the", name) || isPrefixed(name, "the", key) || isPrefixed(key, "www", name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} equals {@code prefix + rest}, without building that string for every name of every title. */
    private static boolean isPrefixed(String value, String prefix, String rest) {
        return value.length() == prefix.length() + rest.length() && value.startsWith(prefix)
                && value.regionMatches(prefix.length(), rest, 0, rest.length());
    }

    /**
     * {@code part}, of two words or more, is how one of the names begins ("Business Insider" of
     * "Business Insider Deutschland"): the outlet's short name.
     */
    boolean begunBy(String part) {
        List<String> words = words(part);
        if (words.size() < 2) {
            return false;
        }
        for (List<String> nameWords : wordsOfNames) {
            if (nameWords.size() > words.size() && nameWords.subList(0, words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(WORD_BREAK.split(text)).map(TextClean::key).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * {@code part} is one of the names followed by an edition word ("대전일보 모바일", "Outlet
     * Online"): how a site names an edition of itself. Only those words, since a headline may
     * start with the outlet's name and a verb ("Apple Unveils - ...").
     */
    boolean namesEdition(String part) {
        List<String> words = words(part);
        if (words.size() < 2 || !EDITION_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (List<String> nameWords : wordsOfNames) {
            // With or without a leading "the", as names() compares.
            List<String> bare = !nameWords.isEmpty() && nameWords.get(0).equals("the") ? nameWords.subList(1, nameWords.size()) : nameWords;
            for (List<String> name : List.of(nameWords, bare)) {
                if (!name.isEmpty() && words.size() == name.size() + 1 && words.subList(0, name.size()).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code part} starts with one of the names of at least three letters ("CNN Politics", "Reuters.com"). */
    boolean extendedBy(String part) {
        String key = TextClean.key(part);
        for (String name : keys) {
            if (name.length() >= 3 && key.startsWith(name)) {
                return true;
            }
        }
        return false;
    }
}
