package org.synoptic.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.Pipeline;
import org.synoptic.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reconcile every article in the store and write the dossier.",
            "Writes DIR/report.json and DIR/index.html."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for report.json and index.html (default: ${DEFAULT-VALUE}).",
            defaultValue = "synoptic-report")
    Path out;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!StoreFiles.exists(common.db, spec.commandLine().getErr())) {
            return 1;
        }
        try (ArticleStore store = ArticleStore.open(common.db)) {
            Analysis.writeDossier(Pipeline.builder().build(), store.all(), List.of(), out, spec.commandLine().getOut());
            return 0;
        }
    }
}
