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
        int length = raw.length();
        if (length > 0 && isKept(raw.charAt(0)) && isKept(raw.charAt(length - 1)) && isOneRun(raw)) {
            return raw.toString(); // the line was clean already
        }
        StringBuilder out = new StringBuilder(length);
        collapseInto(raw, out, false);
        return out.toString();
    }

    private static boolean isOneRun(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isKept(c) && !(c == ' ' && i + 1 < raw.length() && isKept(raw.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code raw} to {@code out} as {@link #collapse} would clean it, for a text built from
     * pieces: {@code space} says whether white space stands between what {@code out} holds and
     * {@code raw}; the result says whether it stands after {@code raw}. Collapsing the pieces one
     * after the other gives what collapsing them joined gives, without the joined copy.
     */
    static boolean collapseInto(CharSequence raw, StringBuilder out, boolean space) {
        int length = raw.length();
        // Copies runs of kept characters (single spaces included) whole, most of any page.
        int runStart = -1;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (isKept(c) || (c == ' ' && runStart >= 0 && i + 1 < length && isKept(raw.charAt(i + 1)))) {
                if (runStart < 0) {
                    if (space && !out.isEmpty()) {
                        out.append(' ');
                    }
                    space = false;
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0) {
                out.append(raw, runStart, i);
                runStart = -1;
            }
            space |= isSpace(c);
        }
        if (runStart >= 0) {
            out.append(raw, runStart, length);
        }
        return space;
    }

    private static boolean isKept(char c) {
        if (c < 0x7F) {
            return c > ' ';
        }
        return !isSpace(c) && !isInvisible(c);
    }

    /**
     * {@code Character.isWhitespace || Character.isSpaceChar}, with the table lookups (a tenth of
     * the cleaning time on non-Latin pages) only for the ASCII range, where the answer is cheap.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || Character.isWhitespace(c);
        }
        return c == '\u00A0' || c == '\u1680' || c == '\u3000'
                || (c >= '\u2000' && (c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'));
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

    /**
     * Letters and digits only, lower-cased and accent-folded: for "is this the same text" checks.
     * ASCII text, most of it, needs no Unicode decomposition and takes a path of its own.
     */
    static String key(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return decomposedKey(text);
            }
            if (c >= 'A' && c <= 'Z') {
                ascii.append((char) (c + 32));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private static String decomposedKey(String text) {
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

    /** Whether {@code value} holds {@code lowerPart} (lower-case ASCII) in any case, without copying it. */
    static boolean containsIgnoreCase(String value, String lowerPart) {
        if (value.length() < lowerPart.length()) {
            return false;
        }
        if (value.contains(lowerPart)) {
            return true;
        }
        if (!hasUpperCase(value)) {
            return false;
        }
        // Compared in full only where the first character can match: as itself, its ASCII capital,
        // or any non-ASCII character (a few, such as the dotted capital I, match ASCII letters).
        char first = lowerPart.charAt(0);
        char capital = Character.toUpperCase(first);
        int last = value.length() - lowerPart.length();
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if ((c == first || c == capital || c >= 128) && value.regionMatches(true, i, lowerPart, 0, lowerPart.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case copy of the value could differ from it (an ASCII capital, or any non-ASCII letter). */
    private static boolean hasUpperCase(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 128) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} is one or more ASCII digits. */
    static boolean isAsciiDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A test of one run of letters, {@code text[start, end)}. */
    interface RunTest {
        boolean test(int start, int end);
    }

    /**
     * Whether a maximal run of letters that starts in {@code text[from, to)} passes {@code test};
     * a run begun before {@code from} is not one. For word gates before costly patterns.
     */
    static boolean anyLetterRun(String text, int from, int to, RunTest test) {
        int i = from;
        while (i < to && i > 0 && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i))) {
            i++;
        }
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (test.test(start, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text[start, end)} folded as a pattern's case-blind matching (CASE_INSENSITIVE with
     * UNICODE_CASE) compares characters: for word lists that gate such patterns.
     */
    static String caseFold(String text, int start, int end) {
        char[] folded = new char[end - start];
        for (int i = start; i < end; i++) {
            folded[i - start] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(folded);
    }
}
