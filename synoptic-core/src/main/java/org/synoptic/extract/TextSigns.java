package org.synoptic.extract;

import java.util.List;

/**
 * Signs in the extracted text itself that it is not a whole article: paragraphs cut with an
 * ellipsis (a list of teasers, or an RSS summary), a last sentence cut off, and paragraphs
 * scrambled by a paywall (random letters kept in place of the words, which leaves far fewer
 * vowels than any language written in Latin letters has, or Latin filler set in their place).
 */
final class TextSigns {

    /** A paragraph this long is prose, not a label or a caption. */
    static final int PROSE_WORDS = 8;

    /** Latin-script prose has 35–45% vowels (a e i o u y); scrambled letters about 23%. */
    private static final double MIN_VOWEL_SHARE = 0.27;
    private static final int MIN_SCRAMBLE_LETTERS = 80;
    /** Bit {@code c - 'a'} is set for each vowel letter c: a e i o u y. */
    private static final int VOWELS = 1 | 1 << ('e' - 'a') | 1 << ('i' - 'a') | 1 << ('o' - 'a') | 1 << ('u' - 'a') | 1 << ('y' - 'a');

    /**
     * The words of the Latin filler that pages set in place of paywalled text ("Dolor ipsam et est
     * cumque"): those of the passage of Cicero's De finibus that lorem ipsum comes from.
     */
    private static final java.util.Set<String> FILLER_WORDS = java.util.Set.of(
            "a", "ab", "accusamus", "accusantium", "ad", "adipisci", "alias", "aliquam", "aliquid", "amet", "animi",
            "aperiam", "architecto", "asperiores", "aspernatur", "assumenda", "at", "atque", "aut", "autem", "beatae",
            "blanditiis", "commodi", "consectetur", "consequatur", "consequuntur", "corporis", "corrupti", "culpa", "cum",
            "cumque", "cupiditate", "debitis", "delectus", "deleniti", "deserunt", "dicta", "dignissimos", "distinctio",
            "dolor", "dolore", "dolorem", "doloremque", "dolores", "doloribus", "dolorum", "ducimus", "ea", "eaque",
            "earum", "eius", "eligendi", "enim", "eos", "error", "esse", "est", "et", "eum", "eveniet", "ex", "excepturi",
            "exercitationem", "expedita", "explicabo", "facere", "facilis", "fuga", "fugiat", "fugit", "harum", "hic",
            "id", "illo", "illum", "impedit", "in", "incidunt", "inventore", "ipsa", "ipsam", "ipsum", "iste", "itaque",
            "iure", "iusto", "labore", "laboriosam", "laborum", "laudantium", "libero", "lorem", "magnam", "magni",
            "maiores", "maxime", "minima", "minus", "modi", "molestiae", "molestias", "mollitia", "nam", "natus",
            "necessitatibus", "nemo", "neque", "nesciunt", "nihil", "nisi", "nobis", "non", "nostrum", "nulla", "numquam",
            "occaecati", "odio", "odit", "officia", "officiis", "omnis", "optio", "pariatur", "perferendis",
            "perspiciatis", "placeat", "porro", "possimus", "praesentium", "provident", "quae", "quaerat", "quam", "quas",
            "quasi", "qui", "quia", "quibusdam", "quidem", "quis", "quisquam", "quo", "quod", "quos", "ratione",
            "recusandae", "reiciendis", "rem", "repellat", "repellendus", "reprehenderit", "repudiandae", "rerum", "saepe",
            "sapiente", "sed", "sequi", "similique", "sint", "sit", "soluta", "sunt", "suscipit", "tempora", "tempore",
            "temporibus", "tenetur", "totam", "ullam", "unde", "ut", "vel", "velit", "veniam", "veritatis", "vero",
            "vitae", "voluptas", "voluptate", "voluptatem", "voluptates", "voluptatibus", "voluptatum");
    /** Bit {@code c - 'a'} is set for each letter no word of the filler has (j k w y z): prose in most languages has some. */
    private static final int NOT_IN_FILLER = 1 << ('j' - 'a') | 1 << ('k' - 'a') | 1 << ('w' - 'a') | 1 << ('y' - 'a') | 1 << ('z' - 'a');
    private static final double FILLER_SHARE = 0.6;

    private TextSigns() {}

    static List<String> paragraphs(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int end = text.indexOf("\n\n"); end >= 0; end = text.indexOf("\n\n", start)) {
            if (end > start) {
                out.add(text.substring(start, end));
            }
            start = end + 2;
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The text's letters, counted up to {@code max}. */
    static int letters(String text, int max) {
        int n = 0;
        for (int i = 0; i < text.length() && n < max; i++) {
            char c = text.charAt(i);
            if (c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    static boolean endsWithEllipsis(String paragraph) {
        String p = paragraph.strip();
        return p.endsWith("...") || p.endsWith("…") || p.endsWith("[…]") || p.endsWith("(...)") || p.endsWith("[...]");
    }

    /** Paragraphs cut with an ellipsis after some words: teasers of other articles, or a summary. */
    static int ellipsisParagraphs(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            if (endsWithEllipsis(p) && BoilerplateLines.wordCount(p) >= PROSE_WORDS) {
                n++;
            }
        }
        return n;
    }

    /** Paragraphs of at least {@value #PROSE_WORDS} words. */
    static int proseParagraphs(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            if (BoilerplateLines.wordCount(p) >= PROSE_WORDS) {
                n++;
            }
        }
        return n;
    }

    /** The text stops inside a sentence (no closing punctuation) after a paragraph of prose. */
    static boolean cutMidSentence(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return false;
        }
        String last = paragraphs.get(paragraphs.size() - 1).strip();
        if (BoilerplateLines.wordCount(last) < 12) {
            return false;
        }
        char end = last.charAt(last.length() - 1);
        return Character.isLetterOrDigit(end) || end == ',' || end == '-';
    }

    /**
     * The share of Latin letters that sit in paragraphs whose vowels are too few for real words,
     * or that are Latin filler ({@link #FILLER_WORDS}); accented Latin letters count as vowels.
     */
    static double scrambledShare(List<String> paragraphs) {
        int latin = 0;
        int scrambled = 0;
        for (String p : paragraphs) {
            int letters = 0;
            int vowels = 0;
            int unlatin = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                int offset = (c | 0x20) - 'a';
                if (offset >= 0 && offset < 26) {
                    letters++;
                    vowels += (VOWELS >>> offset) & 1;
                    unlatin |= (NOT_IN_FILLER >>> offset) & 1;
                } else if (c >= '\u00C0' && c < '\u0250' || c >= '\u1E00' && c < '\u1F00') {
                    // Latin letters with accents are mostly vowels ("ộ", "ư", "é"): in Vietnamese
                    // nearly every vowel carries one, and its text is no scramble.
                    letters++;
                    vowels++;
                }
            }
            latin += letters;
            if (letters >= MIN_SCRAMBLE_LETTERS && (vowels < MIN_VOWEL_SHARE * letters || unlatin == 0 && isFiller(p))) {
                scrambled += letters;
            }
        }
        return latin == 0 ? 0 : (double) scrambled / latin;
    }

    /** A paragraph of prose most of whose words are Latin filler. */
    static boolean isFiller(String paragraph) {
        int words = 0;
        int filler = 0;
        for (String word : paragraph.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words++;
                filler += FILLER_WORDS.contains(word) ? 1 : 0;
            }
        }
        return words >= PROSE_WORDS && filler >= FILLER_SHARE * words;
    }
}
