package org.synoptic.names;

/**
 * One word of an article's text.
 *
 * @param start          offset of the first character
 * @param end            offset after the last character, before a possessive "'s" if any
 * @param rawEnd         offset after the whole written word, possessive included
 * @param text           the word as written, without the possessive
 * @param capitalised    starts with an upper-case letter (or a lower-case Arabic article
 *                       joined to one: al-Assad)
 * @param allCaps        two or more letters and none lower case (NATO, U.S.)
 * @param possessive     written with "'s": a name ends here
 * @param sentenceStart  the first word of a sentence or of a quotation, where capitals say little
 */
record Token(
        int start,
        int end,
        int rawEnd,
        String text,
        boolean capitalised,
        boolean allCaps,
        boolean possessive,
        boolean sentenceStart) {

    String lower() {
        return Lexicon.lower(text);
    }

    /** A single letter with a full stop: J. */
    boolean isInitial() {
        return text.length() == 2 && text.charAt(1) == '.' && Character.isUpperCase(text.charAt(0));
    }
}
