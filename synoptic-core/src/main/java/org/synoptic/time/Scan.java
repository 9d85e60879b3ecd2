package org.synoptic.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The text being tagged and the publication date that anchors relative expressions. Rules that
 * need the anchor emit nothing when it is absent.
 */
record Scan(String text, Optional<LocalDate> anchor) {

    /** The lower-cased word that ends right before {@code pos} (skipping spaces), or "". */
    String wordBefore(int pos) {
        int end = pos;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The word that starts right after {@code pos} (skipping spaces), case kept, or "". */
    String wordAfter(int pos) {
        int start = pos;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    char charAt(int pos) {
        return pos >= 0 && pos < text.length() ? text.charAt(pos) : ' ';
    }
}
