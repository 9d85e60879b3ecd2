package org.synoptic.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.Pipeline;
import org.synoptic.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest the inputs, reconcile them and write the dossier.",
            "Stores every article, then writes DIR/report.json and DIR/index.html for these inputs.",
            "Inputs: files, directories, glob patterns, or - for standard input (txt, HTML,",
            "RSS/Atom, JSONL, WARC; .gz too)."})
final class RunCommand extends CliCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, globs, or - for stdin.")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for report.json and index.html (default: ${DEFAULT-VALUE}).",
            defaultValue = "synoptic-report")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = pipeline(common.maxBytes);
        try (ArticleStore store = ArticleStore.open(common.db)) {
            Batch.Result result = Batch.ingest(pipeline, store, paths, common.urls(), err(), progress(common.quiet), true);
            if (!common.quiet) {
                Batch.summarise(result, err());
            }
            Analysis.writeDossier(pipeline, result.articles(), result.failures(), out, out());
            return result.failures().isEmpty() ? 0 : 1;
        }
    }
}
