package org.synoptic.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Commands that only read the store refuse to create an empty one by accident. */
final class StoreFiles {

    private StoreFiles() {}

    static boolean exists(Path db, PrintWriter err) {
        if (Files.isRegularFile(db)) {
            return true;
        }
        err.println("synoptic: " + db + ": no store there; run 'synoptic ingest PATH...' first or pass --db");
        return false;
    }
}
