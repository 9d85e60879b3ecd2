package org.synoptic.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.Pipeline;
import org.synoptic.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on the bundled demo corpus and write the dossier.",
            "The corpus: 14 invented reports of two related events and one unrelated later event, in",
            "five formats. It is copied to DIR/corpus, stored in DIR/synoptic.db, and the dossier",
            "written to DIR/dossier."})
final class DemoCommand extends CliCommand implements Callable<Integer> {

    static final String CORPUS = "/demo/";

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "synoptic-demo",
            description = "Working directory for the corpus copy, store and dossier (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr; errors still print.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Path corpus = dir.resolve("corpus");
        copyCorpus(corpus);
        Pipeline pipeline = pipeline(Pipeline.DEFAULT_MAX_BYTES);
        try (ArticleStore store = ArticleStore.open(dir.resolve("synoptic.db"))) {
            Batch.Result result = Batch.ingest(pipeline, store, List.of(corpus.toString()), UrlMap.EMPTY, err(),
                    progress(quiet), true);
            if (!quiet) {
                Batch.summarise(result, err());
            }
            out().println("Store:   " + dir.resolve("synoptic.db").toAbsolutePath().normalize());
            Analysis.writeDossier(pipeline, result.articles(), result.failures(), dir.resolve("dossier"), out());
            return result.failures().isEmpty() ? 0 : 1;
        }
    }

    /** Writes the bundled corpus (listed in demo/index.txt) to disk, replacing an older copy. */
    private static void copyCorpus(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : resource("index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + name)) {
                if (in == null) {
                    throw new IOException("demo corpus file missing from the jar: " + name);
                }
                Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new IOException("demo corpus index missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
