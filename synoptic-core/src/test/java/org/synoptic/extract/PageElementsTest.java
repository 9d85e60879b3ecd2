package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageElementsTest {

    @Test
    void anAddressKeptAsWrittenIsTheOneJsoupWouldResolve() {
        List<String> pieces = List.of("https://", "http://", "HTTP://", "ftp://", "news.example", "Example.COM", "a-b.example",
                ":8080", ":", ":99999", ":x", "/", "//", "/2024/10/15/story", "/./", "/../", "/.", "/..", "?", "?page=2", "#top",
                "#", " ", "%20", "\\", "é", "@", "user@", "[::1]", "_", "~", "a", "");
        Random random = new Random(7);
        Document page = Jsoup.parse("<link rel=canonical>", "https://base.example/section/page.html");
        Element link = page.selectFirst("link");
        int kept = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder href = new StringBuilder(pieces.get(random.nextInt(2)));
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                href.append(pieces.get(2 + random.nextInt(pieces.size() - 2)));
            }
            link.attr("href", href.toString());
            if (PageElements.isPlainAbsolute(href.toString())) {
                kept++;
            }
            assertEquals(link.attr("abs:href"), PageElements.absoluteHref(link), href.toString());
        }
        assertTrue(kept > 1_000, "the fast path was taken " + kept + " times");
    }

    @Test
    void aClassNamesABylineWhereACaseBlindComparisonAtAnyPlaceWouldFindIt() {
        List<String> pieces = List.of("author", "AUTHOR", "Au", "thor", "auth", "or", "by", "BY", "line", "LİNE", "lıne", "İ", "ı",
                "a", "u", "b", "y", "-", "_", " ", "post", "ß", "é", "");
        Random random = new Random(11);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            String value = RandomTexts.of(random, pieces, 8);
            boolean expected = false;
            for (int at = 0; at + 6 <= value.length(); at++) {
                expected |= value.regionMatches(true, at, "author", 0, 6) || value.regionMatches(true, at, "byline", 0, 6);
            }
            found += expected ? 1 : 0;
            assertEquals(expected, PageElements.namesByline(value), value);
        }
        assertTrue(found > 5_000, "bylines named " + found + " times");
    }

    @Test
    void theOnlyOtherLettersACaseBlindComparisonTakesForTheBylineWordsAreTheTwoTurkishIs() {
        StringBuilder others = new StringBuilder();
        for (char letter : "authorbyline".toCharArray()) {
            for (int c = 128; c < 65_536; c++) {
                if (String.valueOf((char) c).regionMatches(true, 0, String.valueOf(letter), 0, 1)) {
                    others.append((char) c);
                }
            }
        }
        assertEquals("\u0130\u0131", others.toString());
    }
}
