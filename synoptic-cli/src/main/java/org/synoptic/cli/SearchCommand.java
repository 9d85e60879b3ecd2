package org.synoptic.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over the stored articles.",
            "Every word must match; --raw passes FTS5 syntax through."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to search for.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--raw", description = "Pass the query to SQLite FTS5 as written (phrases, OR, NEAR, prefix*).")
    boolean raw;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (!StoreFiles.exists(common.db, spec.commandLine().getErr())) {
            return 1;
        }
        try (ArticleStore store = ArticleStore.open(common.db)) {
            List<SearchHit> hits = store.search(String.join(" ", words), limit, raw);
            var out = spec.commandLine().getOut();
            for (SearchHit hit : hits) {
                out.println(hit.id() + "\t" + hit.title() + "\t" + hit.source());
                out.println("\t" + hit.snippet().replaceAll("\\s+", " "));
            }
            if (!common.quiet) {
                spec.commandLine().getErr().println(hits.size() + (hits.size() == 1 ? " hit" : " hits"));
            }
            return 0;
        }
    }
}
