package org.synoptic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synoptic.bench.DatesEval;
import org.synoptic.bench.ExtractionEval;
import org.synoptic.bench.SharedData;
import org.synoptic.bench.ShingleScore;
import org.synoptic.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score Synoptic on a benchmark set from shared/data and print it beside other systems.",
            "Sets: extraction (ScrapingHub article bodies, word 4-gram shingle P/R/F1);",
            "dates (htmldate pages, publication day accuracy/P/R)."})
final class EvalCommand implements Callable<Integer> {

    enum Task { extraction, dates }

    @Parameters(paramLabel = "TASK", description = "What to evaluate: ${COMPLETION-CANDIDATES}.")
    Task task;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The benchmark set's folder (default: shared/data/extraction/scrapinghub or dates/htmldate-dev beside the checkout).")
    Path data;

    @Option(names = "--errors", description = "dates: also list every page we got wrong (id, gold, ours, deciding signal).")
    boolean errors;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (task == Task.dates) {
            return dates();
        }
        Path dir = data != null ? data : SharedData.find("extraction/scrapinghub");
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            spec.commandLine().getErr().println("synoptic: " + dir + ": no ScrapingHub set there (ground-truth.json missing); pass --data DIR");
            return 1;
        }
        ExtractionEval.Outcome outcome = ExtractionEval.run(dir, Extractor.create(Clock.systemUTC()));
        var out = spec.commandLine().getOut();
        out.println("ScrapingHub article-extraction benchmark: " + outcome.synoptic().score().pages()
                + " pages, word 4-gram shingles, macro over pages (" + dir + ")");
        out.println(String.format(Locale.ROOT, "%-22s %6s %6s %6s %6s   %s", "system", "F1", "P", "R", "exact", "published F1 / P / R"));
        print(out, outcome.synoptic());
        outcome.others().forEach(row -> print(out, row));
        out.println(String.format(Locale.ROOT, "synoptic extraction speed: %.1f pages/s (one thread, this run)", outcome.pagesPerSecond()));
        return 0;
    }

    private static void print(java.io.PrintWriter out, ExtractionEval.Row row) {
        ShingleScore.Result s = row.score();
        String published = row.published()
                .map(p -> String.format(Locale.ROOT, "%.3f / %.3f / %.3f", p[0], p[1], p[2])).orElse("");
        out.println(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6.3f   %s",
                row.system(), s.f1(), s.precision(), s.recall(), s.accuracy(), published));
    }

    private int dates() throws java.io.IOException {
        Path dir = data != null ? data : SharedData.find("dates/htmldate-dev");
        if (!Files.isRegularFile(dir.resolve("gold.jsonl"))) {
            spec.commandLine().getErr().println("synoptic: " + dir + ": no htmldate set there (gold.jsonl missing); pass --data DIR");
            return 1;
        }
        DatesEval.Outcome outcome = DatesEval.run(dir, Clock.systemUTC());
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!outcome.checksumMismatches().isEmpty()) {
            err.println("synoptic: warning: " + outcome.checksumMismatches().size() + " file(s) differ from SHA256SUMS, e.g. "
                    + outcome.checksumMismatches().get(0));
        }
        out.println("htmldate publication-date pages: " + outcome.overall().pages() + " pages, day level (" + dir + ")");
        out.println(String.format(Locale.ROOT, "%-26s %8s %6s %6s %5s %5s %5s", "system / pages", "accuracy", "P", "R", "TP", "FP", "FN"));
        printScore(out, "synoptic", outcome.overall());
        outcome.bySource().forEach((source, score) -> printScore(out, "  " + source, score));
        for (DatesEval.Anchor anchor : DatesEval.anchors()) {
            out.println(String.format(Locale.ROOT, "%-26s %8.3f   published, on %s; %s", anchor.system(), anchor.accuracy(),
                    anchor.pages(), anchor.source()));
        }
        if (errors) {
            out.println("wrong pages: id, gold, ours, deciding signal (or why none)");
            for (DatesEval.PageResult r : outcome.wrong()) {
                out.println(String.join("\t", r.page().id(), r.page().date(), r.ours().isEmpty() ? "-" : r.ours(),
                        !r.failure().isEmpty() ? r.failure() : r.signal().isEmpty() ? "none" : r.signal(), r.page().url()));
            }
        }
        return 0;
    }

    private static void printScore(java.io.PrintWriter out, String name, DatesEval.Score s) {
        out.println(String.format(Locale.ROOT, "%-26s %8.3f %6.3f %6.3f %5d %5d %5d", name, s.accuracy(), s.precision(), s.recall(),
                s.tp(), s.fp(), s.fn()));
    }
}
