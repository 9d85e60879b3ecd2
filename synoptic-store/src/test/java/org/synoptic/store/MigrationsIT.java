package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.synoptic.store.Fixtures.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

class MigrationsIT {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("news.db");
    }

    @Test
    void newFileIsBroughtToTheLatestVersion() {
        try (ArticleStore store = ArticleStore.open(db())) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(3, Migrations.LATEST);
        }
    }

    @Test
    void emptyExistingFileIsBroughtToTheLatestVersion() throws Exception {
        Files.createFile(db());
        try (ArticleStore store = ArticleStore.open(db())) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
        }
    }

    @Test
    void reopeningAppliesNothingAgain() throws Exception {
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(article("r", "Reopen", "The index must hold this once."));
        }
        try (ArticleStore store = ArticleStore.open(db())) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(1, store.search("once", 10, false).size());
        }
        // Re-running V2's back-fill would index the article a second time.
        try (Connection raw = Fixtures.raw(db())) {
            assertEquals(1, Sql.queryInt(raw, "SELECT count(*) FROM articles_fts"));
        }
    }

    @Test
    void versionOneDatabaseIsMigratedAndItsArticlesBecomeSearchable() throws Exception {
        Article old = article("v1", "Harbour strike", "Dockers stopped work at the harbour.");
        try (Connection raw = Fixtures.raw(db())) {
            assertEquals(1, Migrations.migrate(raw, 1));
            insertAsVersionOne(raw, old);
        }
        try (ArticleStore store = ArticleStore.open(db())) {
            assertEquals(3, store.schemaVersion());
            assertEquals(Optional.of(old), store.get("v1"));
            assertEquals(List.of("v1"), store.search("dockers", 5, false).stream().map(SearchHit::id).toList());
            store.put(article("v2", "Strike ends", "Dockers returned to the harbour."));
            assertEquals(2, store.search("harbour", 5, false).size());
        }
    }

    @Test
    void newerDatabaseIsRefusedUntouched() throws Exception {
        try (ArticleStore store = ArticleStore.open(db())) {
            store.put(article("n", "Newer", "From the future."));
        }
        try (Connection raw = Fixtures.raw(db())) {
            Sql.exec(raw, "PRAGMA user_version = 7");
        }
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(db()));
        assertEquals(db() + ": database schema version 7 is newer than this Synoptic (3); upgrade Synoptic",
                e.getMessage());
        try (Connection raw = Fixtures.raw(db())) {
            assertEquals(7, Sql.queryInt(raw, "PRAGMA user_version"));
            assertEquals(1, Sql.queryInt(raw, "SELECT count(*) FROM articles"));
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        try (Connection raw = Fixtures.raw(db())) {
            Sql.exec(raw, "CREATE TABLE bookmarks (url TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(db()));
        assertEquals(db() + ": not a Synoptic database (an SQLite database of another program)", e.getMessage());
        try (Connection raw = Fixtures.raw(db())) {
            assertEquals(1, Sql.queryInt(raw, "SELECT count(*) FROM sqlite_schema"));
            assertEquals(0, Sql.queryInt(raw, "PRAGMA user_version"));
        }
    }

    /** Writes a row the way a version-1 store did: without the later details column. */
    private static void insertAsVersionOne(Connection raw, Article a) throws Exception {
        String sql = "INSERT INTO articles (id, content_hash, source, url, title, outlet, author, license, dateline,"
                + " published, language, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (var insert = raw.prepareStatement(sql)) {
            String[] values = {a.id(), a.contentHash(), a.source(), a.url(), a.title(), a.outlet(), a.author(),
                a.license(), a.dateline(), a.published().map(Object::toString).orElseThrow(), a.language(), a.text()};
            for (int i = 0; i < values.length; i++) {
                insert.setString(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }
}
