package org.synoptic.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.Pipeline;
import org.synoptic.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, extract and store articles.",
            "Re-ingesting the same content is a no-op."})
final class IngestCommand implements Callable<Integer>, EnvironmentAware {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, globs, or - for stdin.")
    List<String> paths;

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
    public Integer call() throws java.io.IOException {
        Pipeline pipeline = Pipeline.builder().maxBytes(common.maxBytes).stdin(environment.stdin()).build();
        var err = spec.commandLine().getErr();
        try (ArticleStore store = ArticleStore.open(common.db)) {
            Batch.Result result = Batch.ingest(pipeline, store, paths, common.urls(), err,
                    new Progress(err, environment.interactive() && !common.quiet), false);
            if (!common.quiet) {
                Batch.summarise(result, err);
            }
            return result.failures().isEmpty() ? 0 : 1;
        }
    }
}
