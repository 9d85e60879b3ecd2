package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.synoptic.model.Evidence;

/**
 * The page's licence. Signals in priority order: a {@code rel=license} link, JSON-LD
 * {@code license}, the rights meta tags (dc.rights, dcterms.license, ...), a Creative Commons
 * statement anywhere on the page (often in the footer), and one in the article text. A Creative
 * Commons URL is given a readable name ("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)");
 * a statement keeps its licence phrase ("Creative Commons Attribution 4.0 International", "CC BY-NC 4.0").
 * A statement line is metadata, so {@link Paragraphs} removes it from the article text.
 */
final class Licenses {

    private static final int MAX_LINE_WORDS = 60;
    private static final String TERM = "(?:attribution|non-?commercial|share-?alike|share|alike|no-?deriv\\w*|derivatives"
            + "|zero|cc0|public|domain|international|unported|generic|united|states|\\d\\.\\d|by|nc|nd|sa)";
    private static final Pattern CREATIVE_COMMONS = Pattern.compile(
            "(?i)Creative\\s+Commons(?:[\\s\\-]+" + TERM + "\\b)*");
    private static final Pattern CC_CODE = Pattern.compile("\\bCC[\\s\\-]?(?:BY(?:[\\s\\-](?:NC|ND|SA))*(?:[\\s\\-]\\d\\.\\d)?|0(?:[\\s\\-]1\\.0)?)\\b");
    private static final Pattern TRAILING_WORD = Pattern.compile("[\\s\\-]+(?:License|Licence|Lizenz|Public)$");
    private static final Pattern CC_URL = Pattern.compile(
            "(?i)^https?://(?:www\\.)?creativecommons\\.org/(licenses|publicdomain)/([a-z\\-]+)(?:/(\\d\\.\\d))?");

    private Licenses() {}

    /** The licence phrase in {@code line}, when the line is short enough to be a licence notice. */
    static Optional<String> phrase(String line) {
        if (BoilerplateLines.wordCount(line) > MAX_LINE_WORDS
                || !(line.contains("CC") || line.toLowerCase(Locale.ROOT).contains("creative commons"))) {
            return Optional.empty();
        }
        Matcher cc = CREATIVE_COMMONS.matcher(line);
        if (cc.find()) {
            String phrase = cc.group();
            String previous;
            do {
                previous = phrase;
                phrase = TRAILING_WORD.matcher(phrase).replaceFirst("");
            } while (!phrase.equals(previous));
            return Optional.of(TextClean.collapse(phrase));
        }
        Matcher code = CC_CODE.matcher(line);
        return code.find() ? Optional.of(code.group()) : Optional.empty();
    }

    /** The page's licence claims from markup, in priority order. */
    static List<Claim> claims(PageElements page, MetaTags meta, JsonLd.Facts ld) {
        List<Claim> claims = new ArrayList<>();
        for (Element link : page.licenseLinks) {
            String href = PageElements.absoluteHref(link);
            claims.add(new Claim("rel=license", href.isEmpty() ? link.attr("href") : href));
        }
        ld.licenses().forEach(l -> claims.add(new Claim("json-ld", l)));
        for (String key : List.of("license", "dc.rights", "dcterms.rights", "dcterms.license", "dc.rights.license")) {
            meta.all(key).forEach(l -> claims.add(new Claim("meta:" + key, l)));
        }
        return claims;
    }

    /** The first claim with a value, named readably, with the others as beaten candidates. */
    static Optional<Evidence> choose(List<Claim> claims) {
        Claim winner = claims.stream().filter(c -> !c.value().isBlank()).findFirst().orElse(null);
        if (winner == null) {
            return Optional.empty();
        }
        List<Evidence.Candidate> beaten = new ArrayList<>();
        int agreeing = 0;
        for (Claim claim : claims) {
            if (claim != winner && !claim.value().isBlank()) {
                boolean same = readable(claim.value()).equals(readable(winner.value()));
                agreeing += same ? 1 : 0;
                beaten.add(new Evidence.Candidate(claim.signal(), claim.value(), same ? "same licence" : "lower priority"));
            }
        }
        return Optional.of(new Evidence(winner.signal(), readable(winner.value()),
                Evidence.Confidence.of(agreeing, beaten.size() - agreeing, false), beaten));
    }

    /**
     * A Creative Commons URL as its short name followed by the URL ("CC BY 4.0 (https://...)",
     * "CC0 1.0 (...)", "Public Domain Mark 1.0 (...)"); anything else as given.
     */
    static String readable(String value) {
        String trimmed = value.strip();
        Matcher url = CC_URL.matcher(trimmed);
        if (!url.find()) {
            return trimmed;
        }
        String kind = url.group(2).toLowerCase(Locale.ROOT);
        String version = url.group(3) == null ? "" : " " + url.group(3);
        String name = switch (kind) {
            case "zero" -> "CC0";
            case "mark" -> "Public Domain Mark";
            default -> url.group(1).equalsIgnoreCase("licenses") ? "CC " + kind.toUpperCase(Locale.ROOT) : "Public Domain";
        };
        return name + version + " (" + trimmed + ")";
    }
}
