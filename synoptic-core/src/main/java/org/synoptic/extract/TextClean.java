package org.synoptic.extract;

import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.parser.Parser;

/** Whitespace and invisible-character clean-up shared by every text the extractor emits. */
final class TextClean {

    private TextClean() {}

    /**
     * One line of clean text: runs of whitespace (including no-break and other Unicode spaces)
     * become one space; soft hyphens, zero-width characters, byte-order marks and control
     * characters go; the result is trimmed.
     */
    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c < 0x7F) {
                // Printable ASCII, most of any page: no table lookups needed.
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else if (!isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #collapse} after decoding entities that survived the HTML parse: pages that escape
     * twice show "&amp;amp;" or "&#8217;" as text, which is never what the writer meant.
     */
    static String line(CharSequence raw) {
        String collapsed = collapse(raw);
        int amp = collapsed.indexOf('&');
        if (amp >= 0 && collapsed.indexOf(';', amp) > amp) {
            return collapse(Parser.unescapeEntities(collapsed, false));
        }
        return collapsed;
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || (Character.isISOControl(c));
    }

    /** Letters and digits only, lower-cased and accent-folded: for "is this the same text" checks. */
    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
