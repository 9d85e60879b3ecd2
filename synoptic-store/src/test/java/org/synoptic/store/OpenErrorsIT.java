package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenErrorsIT {

    @TempDir
    Path dir;

    @Test
    void missingParentDirectoriesAreCreated() {
        Path db = dir.resolve("a/b/c/news.db");
        try (ArticleStore store = ArticleStore.open(db)) {
            assertEquals(0, store.count());
        }
        assertTrue(Files.isRegularFile(db));
    }

    @Test
    void aDirectoryIsNotADatabase() {
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(dir));
        assertEquals(dir + ": not a Synoptic database (it is a directory)", e.getMessage());
    }

    @Test
    void garbageFileIsNotADatabaseAndIsLeftAsItWas() throws Exception {
        Path db = dir.resolve("garbage.db");
        byte[] garbage = "These bytes were never an SQLite file, whatever the name says. ".repeat(40)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(db, garbage);
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(db));
        assertEquals(db + ": not a Synoptic database (file is not a database)", e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(db));
    }

    @Test
    void parentThatIsAFileIsReported() throws Exception {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path db = blocker.resolve("news.db");
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(db));
        assertTrue(e.getMessage().startsWith(db + ": cannot create directory " + blocker), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
