package org.synoptic.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, extract and store articles.",
            "Re-ingesting the same content is a no-op."})
final class IngestCommand extends CliCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, globs, or - for stdin.")
    List<String> paths;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        try (ArticleStore store = ArticleStore.open(common.db)) {
            Batch.Result result = Batch.ingest(pipeline(common.maxBytes), store, paths, common.urls(), err(),
                    progress(common.quiet), false);
            if (!common.quiet) {
                Batch.summarise(result, err());
            }
            return result.failures().isEmpty() ? 0 : 1;
        }
    }
}
