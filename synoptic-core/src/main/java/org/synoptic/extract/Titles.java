package org.synoptic.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline from the page's title candidates and strips the outlet's name from it
 * ("Headline | Outlet", "Headline - Outlet", "Outlet: Headline"). A part is stripped only when
 * it matches one of the outlet's names (og:site_name, publisher, host), or when another
 * candidate (the page's h1, og:title) is exactly the rest: never on the shape of the title alone,
 * since headlines themselves contain dashes and colons.
 */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—»·•/:~]+\\s+|\\s*\\|\\s*|:\\s+");
    private static final Pattern ENDS_WITH_SEPARATOR = Pattern.compile("(?:\\s+[|\\-–—»·•/~]+|\\s*\\||:)\\s+$");
    private static final Pattern STARTS_WITH_SEPARATOR = Pattern.compile("^(?:\\s+[|\\-–—»·•/:~]+|\\s*\\|)\\s+");
    private static final int MAX_NAME_WORDS = 6;
    /** Section labels that sites append to headlines ("| World | News", "- Opinion"). */
    private static final Set<String> SECTION_WORDS = Set.of(
            "news", "world", "uk", "us", "opinion", "opinions", "editorial", "editorials", "politics", "business", "sport",
            "sports", "science", "tech", "technology", "entertainment", "culture", "breaking", "latest", "local",
            "national", "international", "health", "lifestyle", "auto", "autos", "blog", "video", "videos", "analysis",
            "commentary", "reviews", "features", "smart", "home", "top", "stories", "story");
    private static final int MIN_TRUNCATED = 20;

    private Titles() {}

    /**
     * The first non-empty candidate after stripping; a later candidate replaces it when it
     * continues it (JSON-LD headlines are often cut at 110 characters) or when it is the main,
     * separator-delimited part of it ("Opinion | Headline - Outlet" when the h1 is "Headline").
     */
    static String choose(List<String> candidates, List<String> outletNames) {
        String chosen = "";
        for (String candidate : candidates) {
            String stripped = strip(candidate, outletNames);
            if (stripped.isEmpty()) {
                continue;
            }
            if (chosen.isEmpty() || continues(stripped, chosen) || isMainPart(stripped, chosen)) {
                chosen = stripped;
            }
        }
        return chosen;
    }

    private static boolean continues(String longer, String cut) {
        String stem = cut.replaceAll("(\\.\\.\\.|…)$", "").strip();
        return longer.length() > cut.length() && stem.length() >= MIN_TRUNCATED && longer.startsWith(stem);
    }

    private static boolean isMainPart(String part, String whole) {
        int at = whole.indexOf(part);
        if (at < 0 || part.length() >= whole.length() || part.length() * 2 <= whole.length()) {
            return false;
        }
        String before = whole.substring(0, at);
        String after = whole.substring(at + part.length());
        return (before.isEmpty() || ENDS_WITH_SEPARATOR.matcher(before).find())
                && (after.isEmpty() || STARTS_WITH_SEPARATOR.matcher(after).find());
    }

    /** {@code title} without leading or trailing parts that name the outlet. */
    static String strip(String title, List<String> outletNames) {
        String current = TextClean.collapse(title);
        for (int round = 0; round < 3; round++) {
            String shorter = stripOnce(current, outletNames);
            if (shorter.equals(current)) {
                break;
            }
            current = shorter;
        }
        return current;
    }

    private static String stripOnce(String title, List<String> outletNames) {
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            if (m.start() == 0 || m.end() == title.length()) {
                continue;
            }
            if (isName(title.substring(0, m.start()), outletNames, false)) {
                return title.substring(m.end()).strip();
            }
            if (isName(title.substring(m.end()), outletNames, true)) {
                return title.substring(0, m.start()).strip();
            }
        }
        return title;
    }

    private static boolean isSectionName(String part) {
        for (String word : part.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !SECTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code part} is one of the outlet's names. */
    static boolean names(String part, List<String> outletNames) {
        return isName(part, outletNames, false);
    }

    /**
     * Exact match after folding case and punctuation, with or without a leading "the"; a
     * trailing part may also extend the name by a word or two ("CNN Politics", "Reuters.com").
     */
    private static boolean isName(String part, List<String> outletNames, boolean trailing) {
        String key = TextClean.key(part);
        int words = BoilerplateLines.wordCount(part);
        if (key.length() < 2) {
            return false;
        }
        if (trailing && words <= 3 && isSectionName(part)) {
            return true;
        }
        for (String name : outletNames) {
            String nameKey = TextClean.key(name);
            if (nameKey.isEmpty()) {
                continue;
            }
            if (key.equals(nameKey) || key.equals("the" + nameKey) || nameKey.equals("the" + key) || key.equals("www" + nameKey)) {
                return true;
            }
            if (trailing && words <= MAX_NAME_WORDS && words <= 3 && nameKey.length() >= 3 && key.startsWith(nameKey)) {
                return true;
            }
        }
        return false;
    }
}
