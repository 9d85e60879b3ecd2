package org.synoptic.names;

import java.util.List;
import java.util.Set;

/**
 * Groups an article's words into runs of capitalised words: the raw material of names. Words
 * join when only spaces separate them; lower-case particles (bin, von der) join when a
 * capitalised word follows; "of" and "for" join after an organisation or place head word
 * (Ministry of Foreign Affairs) and "of" inside a longer capitalised run that does not look like
 * a person (Joint Comprehensive Plan of Action), never after a title (that is the title's
 * complement: Speaker of Parliament).
 */
final class Runs {

    /** Longer capitalised stretches are headings or lists; the run is cut here and starts again. */
    static final int MAX_RUN_WORDS = 8;

    private static final Set<String> CONTRACTIONS = Set.of("m", "re", "ve", "ll", "d", "t");

    private final String text;
    private final List<Token> tokens;
    private final Lexicon lexicon;

    Runs(String text, List<Token> tokens, Lexicon lexicon) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
    }

    /** Whether the word can be part of a name at all. */
    boolean nameable(int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(i);
        if (!token.capitalised() || Character.isDigit(token.text().charAt(0)) || lexicon.isCalendar(token.text())) {
            return false;
        }
        return token.allCaps() || !lexicon.isStop(withoutContraction(token.lower()));
    }

    /** "I'm" and "We'll" are their pronouns for the stop list. */
    private static String withoutContraction(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
        if (apostrophe > 0 && CONTRACTIONS.contains(word.substring(apostrophe + 1))) {
            return word.substring(0, apostrophe);
        }
        return word;
    }

    /** The end (exclusive) of the run that starts with the nameable word at {@code start}. */
    int end(int start) {
        int last = start;
        int next = start + 1;
        while (next < tokens.size() && next - start < MAX_RUN_WORDS && joined(last, next)) {
            if (nameable(next)) {
                last = next;
                next++;
                continue;
            }
            int after = afterConnector(start, last, next);
            if (after < 0) {
                break;
            }
            last = after;
            next = after + 1;
        }
        return last + 1;
    }

    /** Only spaces between the two words, and the first is not possessive. */
    boolean joined(int left, int right) {
        Token a = tokens.get(left);
        Token b = tokens.get(right);
        if (a.possessive() || b.sentenceStart()) {
            return false;
        }
        for (int i = a.rawEnd(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return b.start() > a.rawEnd();
    }

    private int afterConnector(int start, int last, int next) {
        String word = tokens.get(next).lower();
        int k = next;
        if (Lexicon.PARTICLES.contains(word)) {
            while (k + 1 < tokens.size() && Lexicon.PARTICLES.contains(tokens.get(k + 1).lower()) && joined(k, k + 1)) {
                k++;
            }
        } else if ((word.equals("of") && ofJoins(start, last)) || (word.equals("for") && headWord(last))) {
            if (k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("the") && joined(k, k + 1)) {
                k++;
            }
        } else {
            return -1;
        }
        return k + 1 < tokens.size() && joined(k, k + 1) && nameable(k + 1) ? k + 1 : -1;
    }

    private boolean ofJoins(int start, int last) {
        if (lexicon.isTitle(tokens.get(last).text())) {
            return false;
        }
        if (headWord(last)) {
            return true;
        }
        for (int i = start; i <= last; i++) {
            if (lexicon.isTitle(tokens.get(i).text())) {
                return false;
            }
        }
        return last > start && !lexicon.isGivenName(tokens.get(start).text());
    }

    private boolean headWord(int i) {
        String word = tokens.get(i).text();
        return lexicon.isOrgHead(word) || lexicon.isPlaceHead(word);
    }
}
