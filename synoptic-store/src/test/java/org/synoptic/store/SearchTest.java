package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void eachWordBecomesAQuotedPhrase() {
        assertEquals("\"harbour\" \"strike\"", Search.plainMatch("  harbour   strike "));
    }

    @Test
    void quotesInsideWordsAreDoubled() {
        assertEquals("\"Qolizadeh's\" \"\"\"letter\"", Search.plainMatch("Qolizadeh's \"letter"));
    }

    @Test
    void operatorsAreQuotedAsText() {
        assertEquals("\"NEAR(a\" \"OR\" \"b*\" \"-c:\"", Search.plainMatch("NEAR(a OR b* -c:"));
    }

    @Test
    void wordsWithoutLettersOrDigitsAreDropped() {
        assertEquals("\"2024\" \"é\"", Search.plainMatch("\" 2024 -- é ()"));
    }

    @Test
    void blankQueryGivesEmptyExpression() {
        assertEquals("", Search.plainMatch(" \t\n"));
        assertEquals("", Search.plainMatch("* \" :"));
    }
}
