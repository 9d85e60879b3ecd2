package org.synoptic.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.synoptic.internal.Validate;
import org.synoptic.model.Article;

/**
 * Synoptic's article store: one SQLite file holding every extracted article, with full-text search.
 *
 * <p>Design: one sqlite-jdbc connection per store, in WAL mode ({@code synchronous=NORMAL},
 * {@code busy_timeout=5000}, {@code foreign_keys=ON} for tables to come), so readers in other
 * processes never block the writer, a writer waits up to 5 s for another, a killed process loses
 * nothing committed, and a power cut may lose the last commits but never earlier ones or the file.
 * Articles are immutable: {@link #put} never updates or deletes a row. It is one IMMEDIATE
 * transaction (the row and its search-index entry are stored together or not at all) and is
 * idempotent on the content hash; the same id with other content is reported as a
 * {@link Stored.Conflict} and nothing is overwritten. The schema is migrated on open by
 * {@link Migrations} (version in {@code PRAGMA user_version}). Search is FTS5 over title and
 * text, see {@link Search}. No wall-clock time is stored, so a store's content depends only on
 * what was put into it (hence no ingested_at column and no Clock).
 *
 * <p>Bounds: a search returns at most {@value Search#MAX_HITS} hits; {@link #all} and
 * {@link #byIds} hold their result in memory, {@link #forEach} streams. Ids sort in SQLite's
 * binary (UTF-8 byte) order, which equals {@link String#compareTo} except between characters
 * outside the BMP and U+E000–U+FFFF. The FTS index holds a second copy of title and text (about
 * doubling the file) in exchange for not depending on rowids.
 *
 * <p>Cost: put and get are O(log n) B-tree work, one commit per put (no fsync in WAL NORMAL);
 * count scans the id index, O(n). Search is O(matches · log matches) for ranking.
 *
 * <p>Not done yet: deleting or replacing articles, date-range queries, stemming (words must match
 * exactly, modulo case and diacritics), use from several threads at once (confine a store to
 * one thread; open one store per thread or process instead).
 */
public final class ArticleStore implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private boolean closed;

    private ArticleStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database file, applies pending migrations, enables WAL. */
    public static ArticleStore open(Path file) {
        Validate.notNull(file, "file");
        Path path = file.toAbsolutePath();
        if (Files.isDirectory(path)) {
            throw new StoreException(file, "not a Synoptic database (it is a directory)");
        }
        if (Files.exists(path) && !Files.isReadable(path)) {
            throw new StoreException(file, "cannot read database file (permission denied)");
        }
        createParent(file, path);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw StoreException.of(file, "opening the database", e);
        }
        try {
            Sql.exec(connection, "PRAGMA busy_timeout = 5000");
            Sql.queryString(connection, "PRAGMA journal_mode = WAL");
            Sql.exec(connection, "PRAGMA synchronous = NORMAL");
            Sql.exec(connection, "PRAGMA foreign_keys = ON");
            Migrations.check(connection, file);
            Migrations.migrate(connection, Migrations.LATEST);
            return new ArticleStore(file, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof SQLException sql ? StoreException.of(file, "opening the database", sql)
                    : (RuntimeException) e;
        }
    }

    /** Stores the article unless the same content (contentHash) is already stored. */
    public Stored put(Article article) {
        Validate.notNull(article, "article");
        return call("storing article " + article.id(), c -> Sql.inTransaction(c, tx -> {
            Optional<String> sameContent = ArticleRows.lookup(tx,
                    "SELECT id FROM articles WHERE content_hash = ?", article.contentHash());
            if (sameContent.isPresent()) {
                return new Stored.AlreadyStored(sameContent.get());
            }
            Optional<String> storedHash = ArticleRows.lookup(tx,
                    "SELECT content_hash FROM articles WHERE id = ?", article.id());
            if (storedHash.isPresent()) {
                return new Stored.Conflict(article.id(), "another article is stored under this id (content hash "
                        + storedHash.get() + ", not " + article.contentHash() + ")");
            }
            ArticleRows.insert(tx, article);
            Search.index(tx, article);
            return new Stored.Added(article.id());
        }));
    }

    public Optional<Article> get(String id) {
        Validate.notNull(id, "id");
        return call("reading article " + id, c -> {
            List<Article> found = new ArrayList<>(1);
            ArticleRows.select(c, "WHERE id = ?", List.of(id), found::add);
            return found.stream().findFirst();
        });
    }

    /** All articles, sorted by id. */
    public List<Article> all() {
        List<Article> articles = new ArrayList<>();
        forEach(articles::add);
        return List.copyOf(articles);
    }

    /** The stored articles with these ids, sorted by id (unknown ids ignored). */
    public List<Article> byIds(Collection<String> ids) {
        Validate.notNull(ids, "ids");
        ids.forEach(id -> Validate.notNull(id, "an id"));
        if (ids.isEmpty()) {
            return List.of();
        }
        return call("reading articles", c -> {
            List<Article> found = new ArrayList<>();
            ArticleRows.select(c, "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                    List.of(ArticleRows.jsonArray(ids)), found::add);
            return List.copyOf(found);
        });
    }

    /**
     * Streams every article in id order without loading them all (for large stores). The action
     * runs while the read is open: it must not use this store.
     */
    public void forEach(Consumer<Article> action) {
        Validate.notNull(action, "action");
        call("reading articles", c -> {
            ArticleRows.select(c, "ORDER BY id", List.of(), action);
            return null;
        });
    }

    public int count() {
        return call("counting articles", c -> Sql.queryInt(c, "SELECT count(*) FROM articles"));
    }

    /**
     * Full-text search (FTS5) over title and text; plain words by default (each token quoted, AND),
     * raw FTS5 syntax when raw. Hits are sorted by rank (best first), then id; at most
     * {@code min(limit, 1000)}. A blank query finds nothing.
     *
     * @throws IllegalArgumentException if limit is below 1
     * @throws StoreException           if a raw query is not valid FTS5 syntax
     */
    public List<SearchHit> search(String query, int limit, boolean raw) {
        Validate.notNull(query, "query");
        Validate.isTrue(limit >= 1, "limit must be at least 1, was " + limit);
        ensureOpen();
        return Search.find(connection, file, query, limit, raw);
    }

    public int schemaVersion() {
        return call("reading the schema version", c -> Sql.queryInt(c, "PRAGMA user_version"));
    }

    /** Closes the connection; SQLite then checkpoints the WAL into the database file. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of(file, "closing the database", e);
        }
    }

    private <T> T call(String doing, Sql.Work<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreException.of(file, doing, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": store is closed");
        }
    }

    private static void createParent(Path file, Path path) {
        Path parent = path.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(file, "cannot create directory " + parent + " (" + e.getMessage() + ")", e);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
