package org.synoptic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void splitsOnStopsBeforeCapitals() {
        assertEquals(List.of("The envoy left.", "He returned on Friday."), sentences("The envoy left. He returned on Friday."));
    }

    @Test
    void keepsAbbreviationsAndInitialsInside() {
        assertEquals(List.of("Mr. Berikuly met J. Smith in the U.S. capital."),
                sentences("Mr. Berikuly met J. Smith in the U.S. capital."));
    }

    @Test
    void quoteClosingAfterStopStaysWithTheSentence() {
        assertEquals(List.of("“We agree.”", "She left."), sentences("“We agree.” She left."));
    }

    @Test
    void paragraphBreakEndsASentence() {
        assertEquals(List.of("Headline without stop", "Body text here."), sentences("Headline without stop\n\nBody text here."));
    }

    @Test
    void lowerCaseAfterStopDoesNotSplit() {
        assertEquals(List.of("Prices rose 2.5 percent. and fell."), sentences("Prices rose 2.5 percent. and fell."));
    }
}
