package org.synoptic.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw author strings ("By Jane Doe and John Roe", "Jane Doe | Staff Writer") into clean
 * person names. Signals are tried in the order given and the first that yields a name wins;
 * names from that signal are de-duplicated and joined with ", ". A name is refused when it is
 * a URL, holds a date or a year, is too long to be a name, or is one of the outlet's names.
 */
final class Authors {

    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 60;
    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:written|posted|published|reported|compiled|edited|text|words|story)\\s+)?"
                    + "(?:by|von|par|por|door|di|av)\\s*:?\\s+|^(?:author|authors|autor|byline)\\s*:\\s*");
    private static final Pattern CUT = Pattern.compile(
            "(?iu)\\s*(?:\\||•|·|—|–| - |\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\p{Lu}\\p{Ll}+\\s+\\d|\\d"
                    + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b).*$");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile("(?i)\\s+(?:associated press|reuters|afp|bloomberg)\\b");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    /** Characters of labels, URLs and form prompts, never of a person's name. */
    private static final String NOT_IN_NAMES = "()[]{}<>:=?!/\"";
    private static final Set<String> NOT_NAMES = Set.of(
            "admin", "administrator", "unknown", "anonymous", "author", "authors", "null", "none", "guest", "editor", "staff", "share",
            "follow", "email", "twitter", "facebook", "more", "view", "profile", "contributor", "contributors", "the", "by", "and", "of");
    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?iu).*\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
                    + "|september|october|november|december|today|yesterday|ago)\\b.*");

    /** News agencies credited in bylines: outlets, not people. */
    private static final Set<String> WIRE_SERVICES = Set.of(
            "associatedpress", "ap", "reuters", "afp", "agencefrancepresse", "bloomberg", "upi", "dpa", "efe", "ansa",
            "xinhua", "tass", "irna", "presstrust", "pti", "ians", "cnn", "bbc", "aapinfo", "aap", "kyodo", "yonhap");

    private Authors() {}

    /** The names of the first signal that yields any, joined with ", "; empty if none. */
    static String choose(List<List<String>> signals, List<String> outletNames) {
        for (List<String> signal : signals) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String raw : signal) {
                for (String name : clean(raw, outletNames)) {
                    names.putIfAbsent(TextClean.key(name), name);
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names.values());
            }
        }
        return "";
    }

    /** The list behind a joined author field ({@link #choose} joins with ", "). */
    static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : List.of(joined.split(", "));
    }

    static List<String> clean(String raw, List<String> outletNames) {
        String text = TextClean.collapse(raw);
        if (text.length() > 200 || text.contains("://") || text.startsWith("www.") || text.contains("@")) {
            return List.of();
        }
        text = LEAD.matcher(text).replaceFirst("");
        text = CUT.matcher(text).replaceFirst("");
        text = AGENCY_SUFFIX.matcher(text).replaceAll("");
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String name = LEAD.matcher(part.strip()).replaceFirst("").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
            if (isName(name, outletNames)) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isName(String name, List<String> outletNames) {
        int words = BoilerplateLines.wordCount(name);
        if (name.length() < 3 || name.length() > MAX_CHARS || words == 0 || words > MAX_WORDS) {
            return false;
        }
        if (!Character.isLetter(name.charAt(0)) || name.chars().anyMatch(c -> Character.isDigit(c) || NOT_IN_NAMES.indexOf(c) >= 0)) {
            return false;
        }
        String key = TextClean.key(name);
        if (NOT_NAMES.contains(key) || WIRE_SERVICES.contains(key) || CALENDAR_WORD.matcher(name).matches() || DateText.find(name).isPresent()) {
            return false;
        }
        return !Titles.names(name, outletNames);
    }
}
