package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class StoreExceptionTest {

    private static final Path FILE = Path.of("data", "news.db");

    private static SQLiteException sqlite(SQLiteErrorCode code, String detail) {
        return new SQLiteException("[" + code.name() + "] " + code.message + " (" + detail + ")", code);
    }

    @Test
    void messageStartsWithTheFileAndIsOneLine() {
        StoreException e = new StoreException(FILE, "first line\n  second line");
        assertEquals(FILE + ": first line second line", e.getMessage());
    }

    @Test
    void notADatabaseIsSaidPlainly() {
        StoreException e = StoreException.of(FILE, "opening the database",
                sqlite(SQLiteErrorCode.SQLITE_NOTADB, "file is not a database"));
        assertEquals(FILE + ": not a Synoptic database (file is not a database)", e.getMessage());
    }

    @Test
    void otherErrorsSayWhatWasBeingDoneAndSqlitesDetail() {
        SQLiteException cause = sqlite(SQLiteErrorCode.SQLITE_ERROR, "no such table: articles");
        StoreException e = StoreException.of(FILE, "counting articles", cause);
        assertEquals(FILE + ": counting articles failed: no such table: articles", e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void lockedDatabaseIsNamedAsSuch() {
        StoreException e = StoreException.of(FILE, "storing article x",
                sqlite(SQLiteErrorCode.SQLITE_BUSY, "database is locked"));
        assertEquals(FILE + ": storing article x failed: database is locked by another process", e.getMessage());
    }

    @Test
    void detailFallsBackToTheWholeMessage() {
        assertEquals("something odd", StoreException.detail(new java.sql.SQLException("something odd")));
    }
}
