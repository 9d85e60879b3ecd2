package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title strings taken apart: the outlet's name stripped from either end ("Headline | Outlet",
 * "Outlet: Headline", "Headline | Section | Outlet", "Headline (outlet.example)", "Outlet Mobile ::
 * Headline"), and the
 * relations {@link Titles} reconciles signals by. A part is stripped only when it names the
 * outlet (og:site_name, publisher, application name, host) or is a section label at the end:
 * never on the shape of the title alone, since headlines themselves contain dashes and colons.
 */
final class TitleParts {

    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("(\\.\\.\\.|…)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s)[.!?]\\s.*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The marks that set a site name or label off in a title when spaces surround them. */
    private static final String SEPARATOR_MARKS = "|-–—»«›‹·•/:~";
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[" + SEPARATOR_MARKS.replace("-", "\\-") + "]+\\s+|\\s*\\|\\s*|:\\s+");
    private static final Pattern TRAILING_NAME = Pattern.compile("\\s*\\(([^()]{2,60})\\)$");
    private static final String SEPARATOR_CHARS = SEPARATOR_MARKS + "_";
    private static final int MAX_TRAILING_WORDS = 3;
    private static final int MIN_TRUNCATED = 20;
    private static final int MIN_WORD_LETTERS = 4;
    /** Section labels that sites append to headlines ("| World | News", "- Opinion"). */
    private static final Set<String> SECTION_WORDS = Set.of(
            "news", "world", "uk", "us", "opinion", "opinions", "editorial", "editorials", "politics", "business", "sport",
            "sports", "science", "tech", "technology", "entertainment", "culture", "breaking", "latest", "local",
            "national", "international", "health", "lifestyle", "auto", "autos", "blog", "video", "videos", "analysis",
            "commentary", "reviews", "features", "smart", "home", "top", "stories", "story");

    private TitleParts() {}

    /** {@code title} without leading or trailing parts that name the outlet. */
    static String strip(String title, SiteNames site) {
        String current = TextClean.collapse(title);
        for (int round = 0; round < 3; round++) {
            String shorter = stripOnce(current, site);
            if (shorter.equals(current)) {
                break;
            }
            current = shorter;
        }
        return current;
    }

    private static String stripOnce(String title, SiteNames site) {
        if (title.endsWith(")")) {
            Matcher trailing = TRAILING_NAME.matcher(title);
            if (trailing.find() && trailing.start() > 0 && site.names(trailing.group(1))) {
                return title.substring(0, trailing.start()).strip();
            }
        }
        if (!hasSeparator(title)) {
            return title;
        }
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            if (m.start() == 0 || m.end() == title.length()) {
                continue;
            }
            String leading = title.substring(0, m.start());
            if (site.names(leading) || (Character.isWhitespace(title.charAt(m.start())) && site.namesEdition(leading))) {
                return title.substring(m.end()).strip();
            }
            if (isTrailingName(title.substring(m.end()), site)) {
                return title.substring(0, m.start()).strip();
            }
        }
        return title;
    }

    /** A trailing part names the outlet, perhaps extended by a word or two ("CNN Politics"), or is a section label. */
    private static boolean isTrailingName(String part, SiteNames site) {
        int words = BoilerplateLines.wordCount(part);
        if (TextClean.key(part).length() < 2) {
            return false;
        }
        return (words <= MAX_TRAILING_WORDS && isSectionName(part)) || site.names(part)
                || (words <= MAX_TRAILING_WORDS && site.extendedBy(part));
    }

    private static boolean isSectionName(String part) {
        for (String word : NOT_LETTERS.split(part.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !SECTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code part} is what a separator sets off at the end of {@code title} beside a longer rest,
     * or at its start when it has at most {@code maxLeadingWords} words; never when that rest is
     * the site's own name ("Augenlidstraffung - Acredis GmbH": the heading is the headline).
     */
    static boolean isEndPart(String part, String title, int maxLeadingWords, SiteNames site) {
        String whole = TextClean.collapse(title);
        // The collapsed title has no space at either end, so an end part is where it starts or
        // ends, beside a longer rest and a separator. Most headings are the title's longer part.
        if (whole.length() <= 2 * part.length() || !(whole.startsWith(part) || whole.endsWith(part)) || !hasSeparator(whole)) {
            return false;
        }
        Matcher m = SEPARATOR.matcher(whole);
        while (m.find()) {
            if (m.start() == 0 || m.end() == whole.length()) {
                continue;
            }
            String before = whole.substring(0, m.start()).strip();
            String after = whole.substring(m.end()).strip();
            if ((after.equals(part) && before.length() > part.length() && !site.names(before))
                    || (before.equals(part) && after.length() > part.length() && !site.names(after)
                            && BoilerplateLines.wordCount(part) <= maxLeadingWords)) {
                return true;
            }
        }
        return false;
    }

    /** Two title values that name the same headline: equal words, one the main part of the other, or one cut short. */
    static boolean agree(String a, String b) {
        return TextClean.key(a).equals(TextClean.key(b)) || isMainPart(a, b) || isMainPart(b, a)
                || continues(a, b) || continues(b, a) || isLeadingSentence(a, b) || isLeadingSentence(b, a);
    }

    /** {@code part} is the bulk of {@code whole}, set off by separators ("Opinion | Part - Outlet"). */
    static boolean isMainPart(String part, String whole) {
        int at = whole.indexOf(part);
        if (at < 0 || part.length() >= whole.length() || part.length() * 2 <= whole.length()) {
            return false;
        }
        String before = whole.substring(0, at).stripTrailing();
        String after = whole.substring(at + part.length()).stripLeading();
        return (before.isEmpty() || SEPARATOR_CHARS.indexOf(before.charAt(before.length() - 1)) >= 0)
                && (after.isEmpty() || SEPARATOR_CHARS.indexOf(after.charAt(0)) >= 0);
    }

    /**
     * The headline two titles share where each sets a different label off after it ("Headline--Outlet"
     * beside "Headline -- Outlet / Section"): the shared start, ending before a separator in both,
     * longer than either label. Empty when the titles are equal, one is the other's main part, or
     * they part in the middle of the headline.
     */
    static Optional<String> sharedStem(String a, String b) {
        int end = 0;
        while (end < a.length() && end < b.length() && a.charAt(end) == b.charAt(end)) {
            end++;
        }
        while (end > 0 && (Character.isWhitespace(a.charAt(end - 1)) || SEPARATOR_CHARS.indexOf(a.charAt(end - 1)) >= 0)) {
            end--;
        }
        String stem = a.substring(0, end);
        String labelA = label(a.substring(end));
        String labelB = label(b.substring(end));
        if (labelA.isEmpty() || labelB.isEmpty() || labelA.equals(labelB)
                || stem.length() <= a.length() - end || stem.length() <= b.length() - end) {
            return Optional.empty();
        }
        return Optional.of(stem);
    }

    /** What follows a separator at the start of {@code rest}, or empty when {@code rest} does not open with one. */
    private static String label(String rest) {
        String opened = rest.stripLeading();
        int start = 0;
        while (start < opened.length() && SEPARATOR_CHARS.indexOf(opened.charAt(start)) >= 0) {
            start++;
        }
        return start == 0 ? "" : opened.substring(start).strip();
    }

    /** Whether {@link #SEPARATOR} can match: each of its forms holds one of these characters. */
    private static boolean hasSeparator(String title) {
        for (int i = 0; i < title.length(); i++) {
            if (SEPARATOR_MARKS.indexOf(title.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code longer} goes on where {@code cut} stops, not after a separator: {@code cut} was truncated. */
    static boolean continues(String longer, String cut) {
        String stem = TRAILING_ELLIPSIS.matcher(cut).replaceAll("").strip();
        if (longer.length() <= cut.length() || stem.length() < MIN_TRUNCATED || !longer.startsWith(stem)) {
            return false;
        }
        String rest = longer.substring(stem.length()).stripLeading();
        return !rest.isEmpty() && SEPARATOR_CHARS.indexOf(rest.charAt(0)) < 0 && rest.charAt(0) != '(';
    }

    /** {@code first} is the first sentence of {@code text} ("Headline. Subtitle follows."). */
    static boolean isLeadingSentence(String first, String text) {
        String stem = first.strip();
        if (stem.length() >= text.length() || !text.startsWith(stem) || stem.length() < MIN_TRUNCATED / 2) {
            return false;
        }
        char end = stem.charAt(stem.length() - 1);
        String rest = text.substring(stem.length());
        return (end == '.' || end == '!' || end == '?' || SENTENCE_END.matcher(rest).matches()) && !rest.isBlank();
    }

    /**
     * Lower-cased words of at least four letters (short ones are mostly "the", "for", "and"), numbers,
     * and any word of Han script, written without spaces between words.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= MIN_WORD_LETTERS || (!word.isEmpty() && !Character.isAlphabetic(word.charAt(0)))
                    || (!word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN)) {
                out.add(word);
            }
        }
        return out;
    }
}
