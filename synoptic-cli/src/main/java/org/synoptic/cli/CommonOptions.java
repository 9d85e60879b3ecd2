package org.synoptic.cli;

import java.nio.file.Path;
import org.synoptic.Pipeline;
import picocli.CommandLine.Option;

/** Options every data command shares. */
final class CommonOptions {

    @Option(names = "--db", paramLabel = "PATH", description = "SQLite store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "synoptic.db")
    Path db;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr; errors still print.")
    boolean quiet;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Pipeline.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Option(names = "--url-map", paramLabel = "FILE",
            description = "Lines 'file name<TAB>URL': the address each saved page was fetched from.")
    Path urlMap;

    UrlMap urls() throws java.io.IOException {
        return urlMap == null ? UrlMap.EMPTY : UrlMap.read(urlMap);
    }
}
