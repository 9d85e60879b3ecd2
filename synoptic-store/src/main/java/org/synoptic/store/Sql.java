package org.synoptic.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers shared by the store's classes. */
final class Sql {

    /** Work on a connection that may fail with an SQLite error. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Sql() {}

    static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    /**
     * Runs the work in one write transaction: all its changes are committed together, or, if it
     * throws anything, rolled back together. IMMEDIATE takes the write lock up front, so a
     * transaction that read first cannot fail later to upgrade its lock against another writer.
     */
    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        exec(connection, "BEGIN IMMEDIATE");
        try {
            T result = work.run(connection);
            exec(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            exec(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite has already rolled back after some errors (disk full, I/O); keep the first failure.
            failure.addSuppressed(e);
        }
    }
}
