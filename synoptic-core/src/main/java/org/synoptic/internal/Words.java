package org.synoptic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word tokens with their offsets, and content terms for comparing texts. A token is a maximal run
 * of letters and digits (any script); a content term is a lower-cased token that is not a
 * function word, with a light English suffix strip so "strengthening"/"strengthened" meet.
 * Internal: no contract.
 */
public final class Words {

    /** A token and its {@code [start, end)} range in the text. */
    public record Token(String text, int start, int end) {}

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "without", "about", "as", "into", "over", "after", "before", "between", "during", "under",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "this",
            "that", "these", "those", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me",
            "his", "their", "our", "my", "your", "who", "whom", "whose", "which", "what", "when", "where",
            "while", "also", "not", "no", "so", "than", "then", "there", "here", "said", "says", "say", "told",
            "added", "all", "any", "some", "such", "very", "more", "most", "other", "one", "two", "both",
            "each", "s", "t", "up", "out", "only", "just", "if", "because", "per", "via", "upon", "against");

    private Words() {}

    /** How many runs of letters and digits the text has: a cheap word count with no allocation. */
    public static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** The content term of a lower-cased token, or empty when it is a function word. */
    public static String term(String lowerToken) {
        if (FUNCTION_WORDS.contains(lowerToken) || lowerToken.length() < 2) {
            return "";
        }
        return stem(lowerToken);
    }

    /** Content terms of a text in order (duplicates kept). */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (Token token : tokens(text)) {
            String term = term(token.text());
            if (!term.isEmpty()) {
                out.add(term);
            }
        }
        return out;
    }

    private static String stem(String word) {
        if (word.length() <= 4 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        for (String suffix : new String[] {"ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
