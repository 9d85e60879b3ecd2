package org.synoptic.names;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * A transliteration skeleton of one name token, so that spellings of one name written by
 * different romanisation habits compare equal: Qalibaf / Ghalibaf, Dzhagaryan / Jagarian,
 * Seitkali / Seytkali, Hossein / Hussein, Gholi-Zadeh / Qolizadeh.
 *
 * <p>Steps: script to Latin to ASCII (ICU "Any-Latin; Latin-ASCII"), lower case, letters only;
 * fold digraphs and letters that romanisations swap (gh, q, k, ck → k; dzh, dj, zh, j → j;
 * kh → one symbol; ch, tch → one symbol; sh, sch → one symbol; ph, f → f; w, v → v; th → t;
 * dh → d; x → ks; c → s before e/i/y, else k); drop a word-final h after a vowel (Zadeh /
 * Zade); collapse doubled letters; keep the first letter (any vowel as 'a'), drop the other
 * vowels (y counts as a vowel except at the start) and mark a final vowel, which keeps
 * Hossein apart from Hosseini and Jalal apart from Jalali. Internal symbols: 'X' for kh,
 * 'C' for ch, 'S' for sh; '+' marks a final vowel.
 */
final class Skeleton {

    /** Built on first use only: ICU takes about a second to compile these rules, and ASCII text never needs them. */
    private static final class Romaniser {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin");
        static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    }

    private static final char VOWEL = '*';

    private Skeleton() {}

    /** The skeleton; the empty string when the token has no letters. */
    static String of(String token) {
        String letters = asciiLetters(token);
        if (letters.isEmpty()) {
            return "";
        }
        StringBuilder folded = fold(letters);
        StringBuilder out = new StringBuilder();
        char first = folded.charAt(0);
        out.append(first == VOWEL ? 'a' : first);
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != VOWEL && c != folded.charAt(i - 1)) {
                out.append(c);
            }
        }
        if (folded.length() > 1 && folded.charAt(folded.length() - 1) == VOWEL) {
            out.append('+');
        }
        return out.toString();
    }

    /** Lower-case ASCII letters of the token, transliterated when it is not in Latin script. */
    static String asciiLetters(String token) {
        // Most news words are ASCII already; ICU's rule engine is by far the slowest step, so skip it for them.
        if (token.chars().allMatch(c -> c < 128)) {
            return letters(token);
        }
        String latin = token;
        if (!isLatin(token)) {
            synchronized (Romaniser.TO_LATIN) {
                latin = Romaniser.TO_LATIN.transliterate(token);
            }
            // ICU's scholarly romanisation uses diacritics where news writes digraphs (Вячеслав → Vâčeslav).
            latin = latin.replace("č", "ch").replace("š", "sh").replace("ž", "zh")
                    .replace("â", "ya").replace("û", "yu").replace("ë", "yo");
        }
        String ascii;
        synchronized (Romaniser.TO_ASCII) {
            ascii = Romaniser.TO_ASCII.transliterate(latin);
        }
        return letters(ascii);
    }

    private static String letters(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLatin(String token) {
        return token.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static StringBuilder fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.startsWith("dzh", i)) {
                out.append('j');
                i += 3;
            } else if (s.startsWith("tch", i)) {
                out.append('C');
                i += 3;
            } else if (s.startsWith("sch", i)) {
                out.append('S');
                i += 3;
            } else if (i + 1 < n) {
                char digraph = digraph(s.charAt(i), s.charAt(i + 1));
                if (digraph != 0) {
                    out.append(digraph);
                    i += 2;
                } else {
                    appendLetter(s, i, out);
                    i++;
                }
            } else {
                appendLetter(s, i, out);
                i++;
            }
        }
        int last = out.length() - 1;
        if (last >= 2 && out.charAt(last) == 'h' && out.charAt(last - 1) == VOWEL) {
            out.setLength(last);
        }
        return out;
    }

    private static char digraph(char a, char b) {
        if (b == 'h') {
            return switch (a) {
                case 'g' -> 'k';
                case 'k' -> 'X';
                case 'c' -> 'C';
                case 's' -> 'S';
                case 'z' -> 'j';
                case 'p' -> 'f';
                case 't' -> 't';
                case 'd' -> 'd';
                default -> 0;
            };
        }
        if ((a == 'd' && b == 'j') || (a == 'c' && b == 'k')) {
            return a == 'd' ? 'j' : 'k';
        }
        return 0;
    }

    private static void appendLetter(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> out.append(VOWEL);
            case 'y' -> out.append(i == 0 ? 'y' : VOWEL);
            case 'q' -> out.append('k');
            case 'w' -> out.append('v');
            case 'x' -> out.append("ks");
            case 'c' -> {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            }
            default -> out.append(c);
        }
    }

    /** True when a and b are at most one insertion, deletion or substitution apart. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() > b.length()) {
            return withinOneEdit(b, a);
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return i >= a.length() || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.substring(i).equals(b.substring(i + 1));
    }
}
