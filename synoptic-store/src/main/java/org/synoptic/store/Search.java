package org.synoptic.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteErrorCode;
import org.synoptic.model.Article;

/**
 * Full-text search over the {@code articles_fts} FTS5 table (see V2__search.sql). Plain queries
 * are turned into an AND of quoted phrases, one per whitespace-separated word, so that FTS5
 * operators and punctuation in them ({@code " * : ( ) - AND OR NOT NEAR}) are matched as text,
 * never parsed as syntax. Raw queries go to FTS5 as written.
 */
final class Search {

    /** Most hits one search returns; a larger limit is trimmed to this. */
    static final int MAX_HITS = 1000;

    /** Tokens of article text around the matches in a snippet (FTS5 allows at most 64). */
    static final int SNIPPET_TOKENS = 24;

    private static final String SQL = """
            SELECT a.id, a.title, a.source,
                   snippet(articles_fts, 2, '«', '»', '…', %d) AS snippet,
                   bm25(articles_fts) AS score
            FROM articles_fts JOIN articles a ON a.id = articles_fts.id
            WHERE articles_fts MATCH ?
            ORDER BY score, a.id
            LIMIT ?""".formatted(SNIPPET_TOKENS);

    private Search() {}

    /** Adds an article to the index; part of the caller's transaction. */
    static void index(Connection connection, Article article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)")) {
            insert.setString(1, article.id());
            insert.setString(2, article.title());
            insert.setString(3, article.text());
            insert.executeUpdate();
        }
    }

    /** Hits for a plain or raw query, best first; a blank query finds nothing. */
    static List<SearchHit> find(Connection connection, Path file, String query, int limit, boolean raw) {
        String match = raw ? query.strip() : plainMatch(query);
        if (match.isEmpty()) {
            return List.of();
        }
        try {
            return run(connection, match, limit);
        } catch (SQLException e) {
            if (raw && (e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_ERROR.code) {
                throw new StoreException(file, "bad search query [" + match + "]: " + StoreException.detail(e), e);
            }
            throw StoreException.of(file, "searching", e);
        }
    }

    private static List<SearchHit> run(Connection connection, String match, int limit) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setString(1, match);
            query.setInt(2, Math.min(limit, MAX_HITS));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    hits.add(new SearchHit(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getDouble(5)));
                }
            }
        }
        return List.copyOf(hits);
    }

    /**
     * The FTS5 expression for plain words: each word double-quoted (inner quotes doubled), joined
     * by spaces, which FTS5 reads as AND. Words with no letter or digit are dropped: the tokenizer
     * would make an empty phrase of them, which matches nothing. Empty when no word is left.
     */
    static String plainMatch(String query) {
        List<String> phrases = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                phrases.add('"' + word.replace("\"", "\"\"") + '"');
            }
        }
        return String.join(" ", phrases);
    }
}
