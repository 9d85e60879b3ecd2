package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.store.Fixtures.article;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

class CrashSafetyIT {

    @TempDir
    Path dir;

    static Article numbered(int i) {
        return article("n%06d".formatted(i), "Bulletin " + i, "Routine bulletin number " + i + " from the wire.");
    }

    private Path db() {
        return dir.resolve("news.db");
    }

    @Test
    void putFailingMidwayLeavesNoTraceAndLosesNothing() throws Exception {
        Article before = article("before", "Kept", "This article was stored before the failure.");
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(before);
        }
        // RAISE(FAIL) keeps the row the statement already inserted and leaves the transaction
        // open: only put's own rollback can take the half-stored article away again.
        try (Connection raw = Fixtures.raw(db())) {
            Sql.exec(raw, """
                    CREATE TRIGGER poison AFTER INSERT ON articles WHEN NEW.title = 'Poison'
                    BEGIN SELECT RAISE(FAIL, 'injected failure'); END""");
        }
        try (ArticleStore store = ArticleStore.open(db())) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.put(article("bad", "Poison", "This article must not be stored.")));
            assertTrue(e.getMessage().contains("storing article bad failed: injected failure"), e.getMessage());
            assertEquals(Optional.empty(), store.get("bad"));
            assertEquals(List.of(before), store.all());
            assertEquals(List.of(), store.search("stored", 5, false).stream()
                    .filter(hit -> hit.id().equals("bad")).toList());
            assertEquals(new Stored.Added("after"), store.put(article("after", "Fine", "Stored after the failure.")));
        }
        try (ArticleStore store = ArticleStore.open(db()); Connection raw = Fixtures.raw(db())) {
            assertEquals(List.of("after", "before"), store.all().stream().map(Article::id).toList());
            assertEquals(2, Sql.queryInt(raw, "SELECT count(*) FROM articles_fts"));
            assertEquals("ok", Sql.queryString(raw, "PRAGMA integrity_check"));
        }
    }

    @Test
    void actionFailingDuringForEachLeavesTheStoreUsable() {
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(numbered(1));
            store.put(numbered(2));
            assertThrows(IllegalStateException.class, () -> store.forEach(a -> {
                throw new IllegalStateException("consumer gave up");
            }));
            assertEquals(new Stored.Added("n000003"), store.put(numbered(3)));
            assertEquals(3, store.count());
        }
    }

    @Test
    void writerWaitsForAnotherProcessHoldingTheLock() throws Exception {
        try (ArticleStore store = ArticleStore.open(db()); Connection other = Fixtures.raw(db())) {
            Sql.exec(other, "BEGIN IMMEDIATE");
            Thread release = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(300);
                    Sql.exec(other, "COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(new Stored.Added("n000001"), store.put(numbered(1)));
            release.join();
        }
    }

    @Test
    void articlesStoredBeforeTheWriterIsKilledSurvive() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), StoreWriter.class.getName(), db().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && reported.size() < 300; line = out.readLine()) {
                reported.add(line);
            }
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(300, reported.size(), "the writer stopped early");
        try (ArticleStore store = ArticleStore.open(db()); Connection raw = Fixtures.raw(db())) {
            assertEquals("ok", Sql.queryString(raw, "PRAGMA integrity_check"));
            assertTrue(store.count() >= reported.size());
            assertEquals(store.count(), Sql.queryInt(raw, "SELECT count(*) FROM articles_fts"));
            for (int i = 0; i < reported.size(); i++) {
                assertEquals(Optional.of(numbered(i)), store.get(reported.get(i)));
            }
        }
    }
}
