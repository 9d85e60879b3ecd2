package org.synoptic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Completeness.Verdict;

class MetadataEvalTest {

    @Test
    void headlinesCompareByWordsIgnoringCaseAndPunctuation() {
        assertTrue(MetadataEval.sameHeadline("‘We had some issues,’ exec says", "'We Had Some Issues' Exec Says"));
        assertFalse(MetadataEval.sameHeadline("Ferries run again", "Ferries run again - Harbour Herald"));
    }

    @Test
    void namesCompareByLowerCasedWords() {
        assertEquals(MetadataEval.names(List.of("Patrick ANGEVIN", "Troy L. Smith")), MetadataEval.names(List.of("Troy L Smith", "Patrick Angevin")));
        assertEquals(Set.of(), MetadataEval.names(List.of()));
    }

    @Test
    void theAnnotatedSetHasEveryClassAndEnoughPagesOfEachSource() throws IOException {
        List<MetadataGold.Page> pages = MetadataGold.load();
        assertTrue(pages.size() >= 80);
        assertTrue(pages.stream().filter(p -> p.set() == MetadataGold.Source.scrapinghub).count() >= 50);
        assertTrue(pages.stream().filter(p -> p.set() == MetadataGold.Source.htmldate).count() >= 30);
        for (Verdict v : List.of(Verdict.COMPLETE, Verdict.TEASER, Verdict.NOT_ARTICLE, Verdict.BLOCKED)) {
            assertTrue(pages.stream().anyMatch(p -> p.verdict() == v), v.label());
        }
        assertEquals(Verdict.NOT_ARTICLE, MetadataGold.verdict("not-article"));
    }
}
