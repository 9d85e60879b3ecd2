package org.synoptic.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.synoptic.internal.Hashing;
import org.synoptic.model.Article;

/** Articles and raw connections for the store's tests. */
final class Fixtures {

    private Fixtures() {}

    /** A full article whose content hash is derived from its title and text. */
    static Article article(String id, String title, String text) {
        return new Article(id, "feeds/" + id + ".html", "https://news.example/" + id, title,
                "The Example Courier", "R. Okonkwo-Lind", "CC-BY-4.0", "LAGOS",
                Optional.of(LocalDate.of(2024, 3, 14)), "en", text, Hashing.sha256(title + "\n" + text));
    }

    /** The same article under another id (same content hash). */
    static Article renamed(Article article, String id) {
        return new Article(id, article.source(), article.url(), article.title(), article.outlet(),
                article.author(), article.license(), article.dateline(), article.published(),
                article.language(), article.text(), article.contentHash());
    }

    /** A plain connection to the file, bypassing the store, to inspect or tamper with it. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
