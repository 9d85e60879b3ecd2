package org.synoptic.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire-style dateline that opens a story: an upper-case place, optionally a region or a
 * date, optionally the agency in brackets, then a dash ("TEHRAN, Mar. 07 (MNA) –",
 * "WASHINGTON (AP) —", "TEHRAN –"). It is metadata: the caller keeps it apart from the text.
 */
final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'.\\-]+){0,3}"
                    + "(?:,\\s*[\\p{L}\\d.]+(?:\\s+[\\p{L}\\d.]+){0,3}?)?"
                    + "(?:\\s*\\([^()]{1,30}\\))?)\\s*[-–—]{1,2}\\s+(?=\\S)");

    /** A dateline and the paragraph's text after it. */
    record Split(String dateline, String rest) {}

    private Datelines() {}

    static Optional<Split> split(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find() || m.group(1).replaceAll("[^\\p{Lu}]", "").length() < 3) {
            return Optional.empty();
        }
        String rest = paragraph.substring(m.end()).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(new Split(m.group(1).strip(), rest));
    }
}
