package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.store.Fixtures.article;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIT {

    @TempDir
    Path dir;

    private ArticleStore store;

    @BeforeEach
    void fill() {
        store = ArticleStore.open(dir.resolve("news.db"));
        store.put(article("envoy", "Envoy named",
                "The council named Darya Qolīzādeh as envoy. Qolīzādeh's letter to the council was read aloud."));
        store.put(article("port", "Port reopens", "The port reopened after the storm; ferries sailed at noon."));
        store.put(article("letter", "Letter, letter, letter",
                "A letter about the letter was followed by another letter."));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(String query, boolean raw) {
        return store.search(query, 10, raw).stream().map(SearchHit::id).toList();
    }

    @Test
    void plainWordsMustAllMatchIgnoringCaseAndDiacritics() {
        assertEquals(List.of("envoy"), ids("QOLIZADEH council", false));
        assertEquals(List.of("port"), ids("ferries storm", false));
        assertEquals(List.of(), ids("ferries council", false));
    }

    @Test
    void titleIsSearchedToo() {
        assertEquals(List.of("port"), ids("reopens", false));
    }

    @Test
    void moreFrequentMatchesRankFirst() {
        List<SearchHit> hits = store.search("letter", 10, false);
        assertEquals(List.of("letter", "envoy"), hits.stream().map(SearchHit::id).toList());
        assertTrue(hits.get(0).rank() < hits.get(1).rank());
    }

    @Test
    void equalRanksAreOrderedById() {
        store.put(article("tie-b", "Alpha", "Identical wording about a lighthouse keeper."));
        store.put(article("tie-a", "Omega", "Identical wording about a lighthouse keeper."));
        List<SearchHit> hits = store.search("lighthouse", 10, false);
        assertEquals(List.of("tie-a", "tie-b"), hits.stream().map(SearchHit::id).toList());
        assertEquals(hits.get(0).rank(), hits.get(1).rank());
    }

    @Test
    void hitCarriesTitleSourceAndAMarkedSnippet() {
        SearchHit hit = store.search("ferries", 10, false).get(0);
        assertEquals("Port reopens", hit.title());
        assertEquals("feeds/port.html", hit.source());
        assertTrue(hit.snippet().contains("«ferries»"), hit.snippet());
    }

    @Test
    void ftsSyntaxInPlainWordsIsTakenLiterally() {
        assertEquals(List.of("envoy"), ids("Qolizadeh's \"letter", false));
        for (String odd : List.of("\"", "AND", "NEAR(", "*", "-port", "title:port", "a OR", "((", "'", "^x")) {
            assertDoesNotThrow(() -> store.search(odd, 10, false), odd);
        }
        // As plain words "title:port" is the phrase "title port", which no article contains.
        assertEquals(List.of(), ids("title:port", false));
        assertEquals(List.of("port"), ids("title:port", true));
    }

    @Test
    void rawQueriesUseFts5Syntax() {
        assertEquals(List.of("envoy", "port"), ids("ferries OR council", true).stream().sorted().toList());
        assertEquals(List.of("port"), ids("title:reopens", true));
        assertEquals(List.of("port"), ids("ferr*", true));
    }

    @Test
    void badRawSyntaxIsAClearStoreException() {
        StoreException e = assertThrows(StoreException.class, () -> store.search("council AND", 10, true));
        assertTrue(e.getMessage().contains("bad search query [council AND]: fts5: syntax error"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void limitIsRespectedAndMustBePositive() {
        assertEquals(1, store.search("letter", 1, false).size());
        assertThrows(IllegalArgumentException.class, () -> store.search("letter", 0, false));
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(List.of(), ids("   ", false));
        assertEquals(List.of(), ids("", true));
    }
}
