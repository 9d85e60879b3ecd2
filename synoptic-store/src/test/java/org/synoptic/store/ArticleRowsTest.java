package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {

    @Test
    void idsBecomeAJsonArrayOfStrings() {
        assertEquals("[\"a\",\"b-2\"]", ArticleRows.jsonArray(List.of("a", "b-2")));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("[\"say \\\"hi\\\"\",\"c:\\\\x\",\"tab\\u0009nul\\u0000\"]",
                ArticleRows.jsonArray(List.of("say \"hi\"", "c:\\x", "tab\tnul\u0000")));
    }

    @Test
    void nonAsciiIsKeptAsIs() {
        assertEquals("[\"Qolīzādeh😀\"]", ArticleRows.jsonArray(List.of("Qolīzādeh😀")));
    }

    @Test
    void noIdsGiveAnEmptyArray() {
        assertEquals("[]", ArticleRows.jsonArray(List.of()));
    }
}
