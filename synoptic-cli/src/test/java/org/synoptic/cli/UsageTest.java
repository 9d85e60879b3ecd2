package org.synoptic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line is a contract: help text, usage errors and exit codes are pinned here. */
class UsageTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = UsageTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void helpIsTheDocumentedText() throws IOException {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.code());
        assertEquals(golden("help.txt"), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void runHelpIsTheDocumentedText() throws IOException {
        Cli cli = Cli.run("run", "--help");
        assertEquals(0, cli.code());
        assertEquals(golden("run-help.txt"), cli.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithNothingOnStdout() {
        Cli cli = Cli.run("run", "--frobnicate", "x.txt");
        assertEquals(2, cli.code());
        assertEquals("", cli.out());
        assertTrue(cli.err().startsWith("Unknown option: '--frobnicate'\nUsage: synoptic run "), cli.err());
    }

    @Test
    void missingInputIsAUsageError() {
        Cli cli = Cli.run("ingest");
        assertEquals(2, cli.code());
        assertTrue(cli.err().startsWith("Missing required parameter: 'PATH'\n"), cli.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli cli = Cli.run("frobnicate");
        assertEquals(2, cli.code());
        assertTrue(cli.err().startsWith("Unmatched argument at index 0: 'frobnicate'\n"), cli.err());
    }

    @Test
    void searchWithoutAStoreSaysSoAndFails() {
        Cli cli = Cli.run("search", "--db", "does/not/exist.db", "letter");
        assertEquals(1, cli.code());
        assertEquals("synoptic: does/not/exist.db: no store there; run 'synoptic ingest PATH...' first or pass --db\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void nonNumericLimitIsAUsageError() {
        Cli cli = Cli.run("search", "--limit", "many", "letter");
        assertEquals(2, cli.code());
        assertTrue(cli.err().startsWith("Invalid value for option '--limit': 'many' is not an int\n"), cli.err());
    }
}
