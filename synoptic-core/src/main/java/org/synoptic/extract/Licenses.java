package org.synoptic.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a licence statement in a line of text ("This work is licensed under a Creative Commons
 * Attribution 4.0 International License", "CC BY-SA 3.0") and keeps its licence phrase. Such a
 * line is metadata, so callers remove it from the article text.
 */
final class Licenses {

    private static final int MAX_LINE_WORDS = 60;
    private static final String TERM = "(?:attribution|non-?commercial|share-?alike|share|alike|no-?deriv\\w*|derivatives"
            + "|zero|cc0|public|domain|international|unported|generic|united|states|\\d\\.\\d|by|nc|nd|sa)";
    private static final Pattern CREATIVE_COMMONS = Pattern.compile(
            "(?i)Creative\\s+Commons(?:[\\s\\-]+" + TERM + "\\b)*");
    private static final Pattern CC_CODE = Pattern.compile("\\bCC[\\s\\-]?(?:BY(?:[\\s\\-](?:NC|ND|SA))*(?:[\\s\\-]\\d\\.\\d)?|0(?:[\\s\\-]1\\.0)?)\\b");
    private static final Pattern TRAILING_WORD = Pattern.compile("[\\s\\-]+(?:License|Licence|Lizenz|Public)$");

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
}
