package org.synoptic.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A store operation failed. The message is one line, "{@code <database file>: <problem>}", fit to
 * show a user as is; the SQLite error, when there is one, is the cause.
 */
public final class StoreException extends RuntimeException {

    StoreException(Path file, String problem) {
        super(oneLine(file + ": " + problem));
    }

    StoreException(Path file, String problem, Throwable cause) {
        super(oneLine(file + ": " + problem), cause);
    }

    /** Describes an SQLite failure while {@code doing} something, by what a user can do about it. */
    static StoreException of(Path file, String doing, SQLException e) {
        String problem = switch (SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xff)) {
            case SQLITE_NOTADB -> "not a Synoptic database (file is not a database)";
            case SQLITE_CORRUPT -> "database file is corrupt (" + detail(e) + ")";
            case SQLITE_BUSY, SQLITE_LOCKED -> doing + " failed: database is locked by another process";
            case SQLITE_READONLY -> doing + " failed: database is read-only";
            case SQLITE_FULL -> doing + " failed: disk is full";
            case SQLITE_CANTOPEN -> "cannot open database file";
            default -> doing + " failed: " + detail(e);
        };
        return new StoreException(file, problem, e);
    }

    /**
     * SQLite's own words for the failure: sqlite-jdbc wraps them as
     * "[CODE] generic text (detail)"; the detail is the part that says what went wrong.
     */
    static String detail(SQLException e) {
        String message = String.valueOf(e.getMessage());
        SQLiteErrorCode code = e instanceof SQLiteException s
                ? s.getResultCode()
                : SQLiteErrorCode.getErrorCode(e.getErrorCode());
        String prefix = "[" + code.name() + "] " + code.message + " (";
        if (message.startsWith(prefix) && message.endsWith(")")) {
            return message.substring(prefix.length(), message.length() - 1);
        }
        return message;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
