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
            "Inputs: files, directories, glob patterns, or - for standard input (txt, HTML, RSS/Atom, JSONL, WARC; .gz too)."})
final class RunCommand implements Callable<Integer>, EnvironmentAware {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, globs, or - for stdin.")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for report.json and index.html (default: ${DEFAULT-VALUE}).",
            defaultValue = "synoptic-report")
    Path out;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private Environment environment;

    @Override
    public void environment(Environment value) {
        this.environment = value;
    }

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.builder().maxBytes(common.maxBytes).stdin(environment.stdin()).build();
        var err = spec.commandLine().getErr();
        try (ArticleStore store = ArticleStore.open(common.db)) {
            Batch.Result result = Batch.ingest(pipeline, store, paths, common.urls(), err,
                    new Progress(err, environment.interactive() && !common.quiet), true);
            if (!common.quiet) {
                Batch.summarise(result, err);
            }
            Analysis.writeDossier(pipeline, result.articles(), result.failures(), out, spec.commandLine().getOut());
            return result.failures().isEmpty() ? 0 : 1;
        }
    }
}
