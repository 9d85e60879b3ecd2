package org.synoptic.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.synoptic.internal.Sentences;

/**
 * Splits text into words with offsets. A word is letters, digits and combining marks, with
 * hyphens and apostrophes inside it (Amir-Abdollahian, O'Brien). A single capital keeps its
 * full stop (J.), dotted acronyms stay whole (U.S.), and title abbreviations keep theirs (Dr.).
 * A trailing "'s" is cut off and marks the word possessive.
 */
final class Tokenizer {

    private static final Set<String> DOTTED = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "as", "ash", "at", "an", "ar", "az");

    private Tokenizer() {}

    static List<Token> tokens(String text) {
        boolean[] sentenceStarts = new boolean[text.length() + 1];
        for (int[] sentence : Sentences.split(text)) {
            sentenceStarts[sentence[0]] = true;
        }
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean pendingSentenceStart = true;
        while (i < n) {
            if (sentenceStarts[i]) {
                pendingSentenceStart = true;
            }
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            end = withFullStop(text, i, end);
            boolean opensQuote = opensClause(text, i);
            out.add(token(text, i, end, pendingSentenceStart || opensQuote));
            pendingSentenceStart = false;
            i = end;
        }
        return out;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int withFullStop(String text, int start, int end) {
        int n = text.length();
        if (end >= n || text.charAt(end) != '.') {
            return end;
        }
        String word = text.substring(start, end);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            int i = end + 1;
            // U.S., U.K.: letter-dot pairs stay one word.
            while (i + 1 < n && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
                i += 2;
            }
            return i;
        }
        return DOTTED.contains(Lexicon.lower(word)) ? end + 1 : end;
    }

    /** True when the word follows an opening quotation mark, a colon or a dash: it may be capitalised for that alone. */
    private static boolean opensClause(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        boolean spaced = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        return c == '\u201C' || c == '\u2018' || c == ':' || c == '(' || c == '[' || c == '\n'
                || ((c == '"' || c == '\'' || c == '\u2014' || c == '\u2013' || c == '-') && spaced);
    }

    private static Token token(String text, int start, int rawEnd, boolean sentenceStart) {
        String raw = text.substring(start, rawEnd);
        boolean possessive = raw.length() > 2 && (raw.endsWith("'s") || raw.endsWith("\u2019s"));
        int end = possessive ? rawEnd - 2 : rawEnd;
        String word = text.substring(start, end);
        return new Token(start, end, rawEnd, word, isCapitalised(word), isAllCaps(word), possessive, sentenceStart);
    }

    private static boolean isCapitalised(String word) {
        char first = word.charAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            return true;
        }
        int dash = word.indexOf('-');
        return dash > 0 && dash + 1 < word.length() && ARABIC_ARTICLES.contains(word.substring(0, dash))
                && Character.isUpperCase(word.charAt(dash + 1));
    }

    private static boolean isAllCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
