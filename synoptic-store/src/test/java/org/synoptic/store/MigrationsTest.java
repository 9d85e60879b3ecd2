package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void scriptsAreNumberedFromOneWithoutGaps() {
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            String name = Migrations.SCRIPTS.get(i);
            assertTrue(name.startsWith("V" + (i + 1) + "__") && name.endsWith(".sql"), name);
        }
        assertEquals(Migrations.SCRIPTS.size(), Migrations.LATEST);
    }

    @Test
    void everyScriptIsOnTheClasspathAndNotEmpty() {
        for (int version = 1; version <= Migrations.LATEST; version++) {
            assertFalse(Migrations.script(version).isBlank(), "migration " + version);
        }
    }

    @Test
    void searchIndexArrivesInVersionTwo() {
        assertTrue(Migrations.script(1).contains("CREATE TABLE articles"));
        assertTrue(Migrations.script(2).contains("USING fts5"));
    }
}
