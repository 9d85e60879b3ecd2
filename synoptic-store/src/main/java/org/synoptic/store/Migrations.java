package org.synoptic.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Brings a database's schema up to date. Migration {@code n} is the script
 * {@code migrations/Vn__*.sql} next to this class; the version a database is at is kept in
 * {@code PRAGMA user_version}, and {@code PRAGMA application_id} marks it as Synoptic's so that
 * another program's SQLite file is refused rather than altered.
 */
final class Migrations {

    /** In order: the script at index i takes a database from version i to i + 1. */
    static final List<String> SCRIPTS = List.of("V1__articles.sql", "V2__search.sql", "V3__details.sql");

    static final int LATEST = SCRIPTS.size();

    /** "Syno" in ASCII. */
    static final int APPLICATION_ID = 0x53796E6F;

    private Migrations() {}

    /** Refuses a database that is not Synoptic's, or is newer than this code; returns its version. */
    static int check(Connection connection, Path file) throws SQLException {
        int version = Sql.queryInt(connection, "PRAGMA user_version");
        int applicationId = Sql.queryInt(connection, "PRAGMA application_id");
        boolean blank = Sql.queryInt(connection, "SELECT count(*) FROM sqlite_schema") == 0;
        if (applicationId != APPLICATION_ID && !(blank && version == 0)) {
            throw new StoreException(file, "not a Synoptic database (an SQLite database of another program)");
        }
        if (version > LATEST) {
            throw new StoreException(file, "database schema version " + version
                    + " is newer than this Synoptic (" + LATEST + "); upgrade Synoptic");
        }
        return version;
    }

    /**
     * Applies the pending migrations up to {@code target}, each in its own transaction. The version
     * is re-read inside each transaction, so two processes opening a new file at once do not both
     * apply the same script.
     */
    static int migrate(Connection connection, int target) throws SQLException {
        while (true) {
            boolean done = Sql.inTransaction(connection, c -> {
                int version = Sql.queryInt(c, "PRAGMA user_version");
                if (version >= target) {
                    return true;
                }
                Sql.exec(c, script(version + 1));
                if (version == 0) {
                    Sql.exec(c, "PRAGMA application_id = " + APPLICATION_ID);
                }
                Sql.exec(c, "PRAGMA user_version = " + (version + 1));
                return false;
            });
            if (done) {
                return Sql.queryInt(connection, "PRAGMA user_version");
            }
        }
    }

    /** The SQL text of migration {@code version} (1-based). */
    static String script(int version) {
        String name = "migrations/" + SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + Migrations.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
