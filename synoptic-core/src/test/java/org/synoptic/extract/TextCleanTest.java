package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCleanTest {

    @Test
    void collapsingPiecesOneAfterTheOtherIsCollapsingThemJoined() {
        List<String> pieces = List.of("a", "Bc", " ", "  ", "\n", "\t", "\u00A0", "\u200B", "\u00AD", "\u0001", " x ", "y\n\nz", "日本",
                "", " .", ". ", "\uFEFF");
        Random random = new Random(61);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder joined = new StringBuilder();
            StringBuilder out = new StringBuilder();
            boolean space = false;
            int count = random.nextInt(7);
            for (int k = 0; k < count; k++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                joined.append(piece);
                space = TextClean.collapseInto(piece, out, space);
            }
            assertEquals(TextClean.collapse(joined), out.toString(), joined.toString());
        }
    }

    @Test
    void theKeyOfAsciiTextIsTheDecomposedKey() {
        String alphabet = "aZ09 .,-_'!?()[]|/\t\nÉéüßİıſ日한Ωω\u0301\u00A0ﬁ²";
        Random random = new Random(59);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            // Half the texts pure ASCII, half with any of the alphabet.
            int range = i % 2 == 0 ? 18 : alphabet.length();
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(range)));
            }
            String t = text.toString();
            assertEquals(decomposedKey(t), TextClean.key(t), t);
        }
    }

    /** The definition of {@link TextClean#key}: NFKD, lower case, letters and digits. */
    private static String decomposedKey(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                out.append(folded.charAt(i));
            }
        }
        return out.toString();
    }

    @Test
    void whitespaceRunsBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertEquals("Harbour road closed", TextClean.collapse("\n\t  Harbour \u00A0road\r\n   closed  \n"));
        assertEquals("", TextClean.collapse(" \n\t\u2003 "));
        assertEquals("", TextClean.collapse(""));
    }

    @Test
    void invisibleCharactersGoWithoutSplittingWords() {
        assertEquals("cooperation", TextClean.collapse("co\u00ADoper\u200Bation"));
        assertEquals("a b", TextClean.collapse("a \u200B b"));
        assertEquals("b", TextClean.collapse("\uFEFF b"));
        assertEquals("Tehran", TextClean.collapse("\u0000Teh\u0007ran"));
    }

    @Test
    void aCleanLineComesBackAsItIs() {
        String clean = "Tehran, Feb. 8 – Qalibaf met the envoy on Saturday.";
        assertSame(clean, TextClean.collapse(clean));
        assertEquals("Тегеран, 8 февраля", TextClean.collapse("Тегеран, 8\u00A0февраля"));
    }

    /** The run-copying loop against the definition, one character at a time, on random text. */
    @Test
    void agreesWithTheCharacterByCharacterDefinition() {
        char[] alphabet = {'a', 'Z', '.', ' ', ' ', '\n', '\t', '\u00A0', '\u2009', '\u00AD', '\u200B', '\uFEFF', 'é', 'ж', '\u0001', '\u007F',
            '\u3000', '\u1680', '\u2028', '\u0085', '\u202F', '\u180E', '\u2060'};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(definition(text), TextClean.collapse(text), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void spacesAreTheJdksWhitespaceAndSpaceCharacters() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), TextClean.isSpace(c), "U+" + Integer.toHexString(c));
        }
    }

    private static String definition(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else if (!(c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || Character.isISOControl(c))) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void aCaseBlindContainsFindsWhatComparingAtEveryPlaceFinds() {
        List<String> words = List.of("copyright", "comment", "(c)", "skin", "kit", "i");
        List<String> pieces = List.of("Copy", "RIGHT", "copy", "right", "(C)", "(c)", "(", "c", "C", "COMMENT", "ment", "Com",
                "SKİN", "ſkin", "\u212Ait", "KIT", "İ", "ı", "I", " ", "é", "x", "");
        Random random = new Random(13);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            String value = RandomTexts.of(random, pieces, 6);
            String word = words.get(random.nextInt(words.size()));
            boolean expected = false;
            for (int i = 0; i + word.length() <= value.length(); i++) {
                expected |= value.regionMatches(true, i, word, 0, word.length());
            }
            found += expected ? 1 : 0;
            assertEquals(expected, TextClean.containsIgnoreCase(value, word), () -> word + " in " + value);
        }
        assertTrue(found > 10_000, "found " + found + " times");
    }
}
