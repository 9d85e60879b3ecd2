package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.store.Fixtures.article;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

class ArticleStoreIT {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("news.db");
    }

    @Test
    void articleComesBackEqual() {
        Article dated = article("a1", "Ferry resumes", "The ferry sailed again on Monday.");
        Article undated = new Article("a2", "", "", "Untitled", "", "", "", "", Optional.empty(), "",
                "Line one\r\nLine two\u0000after NUL, emoji 😀, Arabic نص, Qolīzādeh.", "h2");
        try (ArticleStore store = ArticleStore.open(db())) {
            assertEquals(new Stored.Added("a1"), store.put(dated));
            assertEquals(new Stored.Added("a2"), store.put(undated));
            assertEquals(Optional.of(dated), store.get("a1"));
            assertEquals(Optional.of(undated), store.get("a2"));
            assertEquals(Optional.empty(), store.get("a3"));
        }
    }

    @Test
    void sameContentIsStoredOnce() {
        Article original = article("first", "Bridge closed", "Engineers closed the bridge.");
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(original);
            assertEquals(new Stored.AlreadyStored("first"), store.put(original));
            assertEquals(new Stored.AlreadyStored("first"), store.put(Fixtures.renamed(original, "second")));
            assertEquals(1, store.count());
            assertEquals(Optional.empty(), store.get("second"));
        }
    }

    @Test
    void sameIdWithOtherContentIsAConflictAndOverwritesNothing() {
        Article original = article("x", "Bridge closed", "Engineers closed the bridge.");
        Article rewrite = article("x", "Bridge reopened", "Engineers reopened the bridge.");
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(original);
            Stored result = store.put(rewrite);
            Stored.Conflict conflict = assertInstanceOf(Stored.Conflict.class, result);
            assertEquals("x", conflict.id());
            assertTrue(conflict.reason().contains(original.contentHash()), conflict.reason());
            assertEquals(Optional.of(original), store.get("x"));
            assertEquals(1, store.count());
            assertEquals(List.of(), store.search("reopened", 10, false));
        }
    }

    @Test
    void listsAreSortedByIdWhateverTheInsertOrder() {
        try (ArticleStore store = ArticleStore.open(db())) {
            for (String id : List.of("c", "a", "d", "b")) {
                store.put(article(id, "Title " + id, "Body " + id));
            }
            assertEquals(List.of("a", "b", "c", "d"), ids(store.all()));
            assertEquals(List.of("b", "d"), ids(store.byIds(List.of("d", "zz", "b", "d"))));
            assertEquals(List.of(), store.byIds(List.of()));
            assertEquals(List.of(), store.byIds(List.of("nope")));
            List<String> streamed = new ArrayList<>();
            store.forEach(a -> streamed.add(a.id()));
            assertEquals(List.of("a", "b", "c", "d"), streamed);
            assertEquals(4, store.count());
        }
    }

    @Test
    void byIdsTakesMoreIdsThanSqliteHasParameters() {
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(article("k00007", "Seven", "Seventh body."));
            store.put(article("quote\"and\\slash", "Odd", "Odd id."));
            List<String> wanted = new ArrayList<>();
            for (int i = 0; i < 40_000; i++) {
                wanted.add("k%05d".formatted(i));
            }
            wanted.add("quote\"and\\slash");
            assertEquals(List.of("k00007", "quote\"and\\slash"), ids(store.byIds(wanted)));
        }
    }

    @Test
    void twoStoresOnOneFileSeeEachOthersArticles() {
        try (ArticleStore writer = ArticleStore.open(db())) {
            writer.put(article("one", "First", "First body."));
        }
        try (ArticleStore second = ArticleStore.open(db())) {
            assertEquals(List.of("one"), ids(second.all()));
            second.put(article("two", "Second", "Second body."));
        }
        try (ArticleStore first = ArticleStore.open(db()); ArticleStore other = ArticleStore.open(db())) {
            first.put(article("three", "Third", "Third body."));
            assertEquals(List.of("one", "three", "two"), ids(other.all()));
            assertEquals(1, other.search("third", 5, false).size());
        }
    }

    @Test
    void databaseIsInWalMode() throws Exception {
        try (ArticleStore store = ArticleStore.open(db()); Connection raw = Fixtures.raw(db())) {
            store.put(article("w", "Wal", "Write-ahead."));
            assertEquals("wal", Sql.queryString(raw, "PRAGMA journal_mode"));
            assertTrue(dir.resolve("news.db-wal").toFile().exists());
        }
    }

    @Test
    void closedStoreRefusesUseAndClosesTwiceQuietly() {
        ArticleStore store = ArticleStore.open(db());
        store.close();
        store.close();
        assertThrows(IllegalStateException.class, store::count);
    }

    @Test
    void nullArgumentsAreRejected() {
        try (ArticleStore store = ArticleStore.open(db())) {
            assertThrows(IllegalArgumentException.class, () -> store.put(null));
            assertThrows(IllegalArgumentException.class, () -> store.byIds(Arrays.asList("a", null)));
        }
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    @Test
    void detailsRoundTrip() {
        Article plain = article("d", "Ferry", "The ferry sailed.");
        org.synoptic.model.Details details = new org.synoptic.model.Details(
                List.of("Mina Farzan", "Daniyar Omarov"), "2024-10-15T14:20:00+03:30",
                Optional.of(java.time.LocalDate.of(2024, 10, 16)), "2024-10-16T09:00:00+03:30",
                java.util.Map.of("published", new org.synoptic.model.Evidence("json-ld", "2024-10-15", org.synoptic.model.Evidence.Confidence.MEDIUM,
                        List.of(new org.synoptic.model.Evidence.Candidate("url", "2024-10-14", "lower-priority signal")))),
                new org.synoptic.model.Completeness(org.synoptic.model.Completeness.Verdict.TEASER, "ends with a paywall"));
        Article rich = new Article(plain.id(), plain.source(), plain.url(), plain.title(), plain.outlet(), plain.author(),
                plain.license(), plain.dateline(), plain.published(), plain.language(), plain.text(), plain.contentHash(), details);
        try (ArticleStore store = ArticleStore.open(dir.resolve("details.db"))) {
            store.put(rich);
            assertEquals(Optional.of(rich), store.get("d"));
        }
    }
}
