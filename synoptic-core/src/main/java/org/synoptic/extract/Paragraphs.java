package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every candidate paragraph passes, for HTML blocks and plain-text lines alike: page
 * furniture and link lists go; a licence line, a news code, a byline or a date line near the
 * top is metadata and leaves the text (its value is kept); the headline is not repeated; the
 * wire dateline opening the first paragraph is split off. Without a "By" line, a Korean, Japanese
 * or Chinese reporter credit ({@link CjkBylines}), or the byline part of a line of post details near
 * the top, is the byline; these stay in the text.
 */
final class Paragraphs {

    /** Date and byline lines are metadata only this close to the top. */
    private static final int TOP = 6;
    private static final int MAX_DATE_LINE_WORDS = 14;
    private static final double MAX_LINK_DENSITY = 0.8;
    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?"
            + "|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
            + "|published|updated|posted|last|modified|date|dated|on|at|am|pm|a\\.m|p\\.m|gmt|utc|[ecmp][sd]t|cets?t?|bst|ist"
            + "|et|pt|hrs?|st|nd|rd|th|of|time|today|yesterday)\\b");
    private static final Pattern BYLINE = Pattern.compile("(?u)^(?:By|BY|by)\\s+\\p{Lu}.{0,80}$");
    private static final Pattern OTHER_BYLINE = Pattern.compile("(?u)^(?:Von|VON|Par|PAR|Por|POR|Door|DOOR|Af|AF|Av|AV)\\s+\\p{Lu}.{0,80}$");
    private static final int MAX_BYLINE_WORDS = 12;
    private static final Pattern META_LINE_BREAK = Pattern.compile("\\s+[-|·•]\\s+");
    private static final int MAX_META_LINE_CHARS = 200;
    private static final int MIN_META_LINE_PARTS = 3;
    private static final int MAX_META_BYLINE_WORDS = 8;

    /** One candidate paragraph: its text, what kind of block held it, and its link density. */
    record Candidate(String text, Blocks.Kind kind, double linkDensity) {}

    /** The kept paragraphs and the metadata found in the dropped ones. */
    /** The kept paragraphs joined by blank lines (made once: several readers need it), and what the line rules found. */
    record Body(String text, String license, String dateline, String byline, PublishedDate dates) {}

    private Paragraphs() {}

    static Body select(List<Candidate> candidates, String title) {
        String titleKey = TextClean.key(title);
        List<String> kept = new ArrayList<>();
        PublishedDate dates = new PublishedDate();
        String license = "";
        String byline = "";
        for (Candidate candidate : candidates) {
            String text = candidate.text();
            boolean top = kept.size() < TOP;
            if (text.isEmpty() || candidate.kind() == Blocks.Kind.CAPTION || BoilerplateLines.isBoilerplate(text)) {
                continue;
            }
            if ((top || candidate.kind() == Blocks.Kind.HEADING) && isTitle(text, title, titleKey)) {
                continue;
            }
            Optional<String> licensePhrase = Licenses.phrase(text);
            if (licensePhrase.isPresent()) {
                license = license.isEmpty() ? licensePhrase.get() : license;
                continue;
            }
            if (SolarHijri.isCodeLine(text)) {
                dates.add(PublishedDate.Signal.NEWS_CODE, SolarHijri.fromNewsCode(text));
                continue;
            }
            if (candidate.linkDensity() > MAX_LINK_DENSITY) {
                continue;
            }
            if (top && isByline(text)) {
                byline = byline.isEmpty() ? text : byline;
                continue;
            }
            if (top && byline.isEmpty()) {
                byline = metaLineByline(text);
            }
            if (top && isDateLine(text)) {
                dates.addLine(text);
                continue;
            }
            kept.add(text);
        }
        if (byline.isEmpty()) {
            byline = CjkBylines.find(kept).orElse("");
        }
        String dateline = "";
        if (!kept.isEmpty()) {
            Optional<Datelines.Split> split = Datelines.split(kept.get(0));
            if (split.isPresent()) {
                dateline = split.get().dateline();
                kept.set(0, split.get().rest());
            }
        }
        return new Body(String.join("\n\n", kept), license, dateline, byline, dates);
    }

    private static boolean isTitle(String text, String title, String titleKey) {
        return !titleKey.isEmpty() && text.length() <= 2 * title.length() + 10 && TextClean.key(text).equals(titleKey);
    }

    /**
     * A short line that is nothing but a date with its labels and time ("March 7, 2021 - 21:54",
     * "Updated: 15 October 2024"): a sentence that mentions a date has other words left over.
     */
    static boolean isByline(String text) {
        if (BoilerplateLines.wordCount(text) > MAX_BYLINE_WORDS) {
            return false;
        }
        if (BYLINE.matcher(text).matches()) {
            return true;
        }
        // In German, French, Spanish, Dutch and the Nordic languages the lead also opens sentences
        // ("Von Montag an gilt ..."): the line is a byline only when what follows is a name.
        return OTHER_BYLINE.matcher(text).matches() && !PersonNames.of(text, SiteNames.NONE, false).isEmpty();
    }

    /**
     * The byline part of a line of post details ("05/10/2018 - Publicado por: Ana Ruiz - Categoria:
     * Saúde", "Posted by Ana Ruiz | News | 3 comments"), or empty; the line stays in the text.
     */
    static String metaLineByline(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !(text.contains(" - ") || text.contains(" | "))) {
            return "";
        }
        String[] parts = META_LINE_BREAK.split(text);
        if (parts.length < MIN_META_LINE_PARTS) {
            return "";
        }
        for (String part : parts) {
            if (BoilerplateLines.wordCount(part) <= MAX_META_BYLINE_WORDS && PersonNames.startsWithPrefix(part)) {
                return part.strip();
            }
        }
        return "";
    }

    static boolean isDateLine(String text) {
        if (BoilerplateLines.wordCount(text) > MAX_DATE_LINE_WORDS || DateText.find(text).isEmpty()) {
            return false;
        }
        String rest = DATE_WORDS.matcher(text).replaceAll(" ").replaceAll("[^\\p{L}]+", "");
        return rest.length() <= 3;
    }
}
