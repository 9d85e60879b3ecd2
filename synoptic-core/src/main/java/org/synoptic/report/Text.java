package org.synoptic.report;

/**
 * Makes untrusted text safe to encode: a lone UTF-16 surrogate (possible when an input escaped
 * one, e.g. {@code "\ud800"} in JSON) cannot be written as UTF-8, so it becomes U+FFFD. The
 * replacement is one char for one char, so every offset into the text stays valid.
 */
final class Text {

    static final char REPLACEMENT = '\uFFFD';

    private Text() {}

    /** The text with every unpaired surrogate replaced; the same instance when there is none. */
    static String wellFormed(String text) {
        int first = firstUnpaired(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = first; i < out.length(); i++) {
            if (isUnpaired(text, i)) {
                out.setCharAt(i, REPLACEMENT);
            } else if (Character.isHighSurrogate(text.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    /** True when the char at {@code i} is a surrogate that is not half of a pair. */
    static boolean isUnpaired(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /**
     * At most {@code max} chars of {@code text[start, end)} (clamped to the text), cut back so
     * that a surrogate pair is never split, with an ellipsis when cut.
     */
    static String excerpt(String text, int start, int end, int max) {
        int from = Math.clamp(start, 0, text.length());
        int to = Math.clamp(end, from, text.length());
        if (to - from <= max) {
            return text.substring(from, to);
        }
        int cut = from + max;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > from) {
            cut--;
        }
        return text.substring(from, cut) + "…";
    }

    private static int firstUnpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (isUnpaired(text, i)) {
                    return i;
                }
                i += Character.isHighSurrogate(c) ? 1 : 0;
            }
        }
        return -1;
    }
}
