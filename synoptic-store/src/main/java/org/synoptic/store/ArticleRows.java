package org.synoptic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.synoptic.model.Article;

/** Maps {@link Article} records to and from rows of the {@code articles} table. */
final class ArticleRows {

    private static final String COLUMNS =
            "id, source, url, title, outlet, author, license, dateline, published, language, text, content_hash, details";

    private ArticleRows() {}

    static void insert(Connection connection, Article article) throws SQLException {
        String sql = "INSERT INTO articles (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, article.id());
            insert.setString(2, article.source());
            insert.setString(3, article.url());
            insert.setString(4, article.title());
            insert.setString(5, article.outlet());
            insert.setString(6, article.author());
            insert.setString(7, article.license());
            insert.setString(8, article.dateline());
            if (article.published().isPresent()) {
                insert.setString(9, article.published().get().toString());
            } else {
                insert.setNull(9, Types.VARCHAR);
            }
            insert.setString(10, article.language());
            insert.setString(11, article.text());
            insert.setString(12, article.contentHash());
            insert.setString(13, DetailsJson.write(article.details()));
            insert.executeUpdate();
        }
    }

    /**
     * Hands each article of {@code SELECT <columns> FROM articles <tail>} to the sink as it is read,
     * binding the parameters in order.
     */
    static void select(Connection connection, String tail, List<String> parameters, Consumer<Article> sink)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM articles " + tail)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sink.accept(read(row));
                }
            }
        }
    }

    /** The first column of the first row of a one-parameter query, if there is a row. */
    static Optional<String> lookup(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The ids as a JSON array of strings, for {@code json_each(?)}: one parameter, any count. */
    static String jsonArray(Collection<String> ids) {
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    private static Article read(ResultSet row) throws SQLException {
        String published = row.getString("published");
        return new Article(
                row.getString("id"),
                row.getString("source"),
                row.getString("url"),
                row.getString("title"),
                row.getString("outlet"),
                row.getString("author"),
                row.getString("license"),
                row.getString("dateline"),
                published == null ? Optional.empty() : Optional.of(LocalDate.parse(published)),
                row.getString("language"),
                row.getString("text"),
                row.getString("content_hash"),
                DetailsJson.read(row.getString("details")));
    }
}
