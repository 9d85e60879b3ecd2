package org.synoptic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
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
            "metadata (headline, authors and completeness verdict of 114 hand-annotated pages)."})
final class EvalCommand implements Callable<Integer> {

    enum Task { extraction, metadata }

    @Parameters(paramLabel = "TASK", description = "What to evaluate: ${COMPLETION-CANDIDATES}.")
    Task task;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The benchmark set's folder (default: shared/data/extraction/scrapinghub beside the checkout).")
    Path data;

    @Option(names = "--errors", description = "metadata: also list every page where a field is wrong.")
    boolean errors;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (task == Task.metadata) {
            return metadata();
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

    /** {@code --data} names the shared/data folder here, since the set spans two of its sets. */
    private int metadata() throws java.io.IOException {
        Path dir = data != null ? data : SharedData.find("");
        if (!Files.isDirectory(dir.resolve("extraction/scrapinghub")) || !Files.isDirectory(dir.resolve("dates/htmldate-dev"))) {
            spec.commandLine().getErr().println("synoptic: " + dir + ": no shared/data there (extraction/scrapinghub and dates/htmldate-dev); pass --data DIR");
            return 1;
        }
        org.synoptic.bench.MetadataEval.Report r = org.synoptic.bench.MetadataEval.run(dir, Extractor.create(Clock.systemUTC()));
        var out = spec.commandLine().getOut();
        out.println("Metadata: " + r.all().pages() + " hand-annotated pages (ScrapingHub and htmldate), " + r.all().articles()
                + " of them articles; held-out parts were annotated after the rules were written (" + dir + ")");
        out.println(String.format(Locale.ROOT, "%-12s %5s %16s %16s %16s", "part", "pages", "headline", "authors", "verdict"));
        var parts = new java.util.LinkedHashMap<String, org.synoptic.bench.MetadataEval.Outcome>();
        parts.put("all", r.all());
        parts.putAll(r.parts());
        for (var part : parts.entrySet()) {
            var o = part.getValue();
            out.println(String.format(Locale.ROOT, "%-12s %5d %6.3f (%3d/%3d) %6.3f (%3d/%3d) %6.3f (%3d/%3d)", part.getKey(), o.pages(),
                    o.headlineAccuracy(), o.headlines(), o.articles(), o.authorsAccuracy(), o.authors(), o.articles(),
                    o.verdictAccuracy(), o.verdicts(), o.pages()));
        }
        out.println(String.format(Locale.ROOT, "%-12s %9s %7s %4s %4s %4s   (all pages)", "verdict", "precision", "recall", "tp", "fp", "fn"));
        for (org.synoptic.bench.MetadataEval.ClassCounts c : r.all().classes()) {
            out.println(String.format(Locale.ROOT, "%-12s %9.3f %7.3f %4d %4d %4d",
                    c.verdict().label(), c.precision(), c.recall(), c.tp(), c.fp(), c.fn()));
        }
        out.println(String.format(Locale.ROOT, "synoptic extraction speed: %.1f pages/s (one thread, this run)", r.pagesPerSecond()));
        if (errors) {
            r.all().misses().forEach(m -> out.println(m.page() + "\t" + m.field() + "\texpected: " + m.expected() + "\tfound: " + m.found()
                    + (m.note().isEmpty() ? "" : "\t(" + m.note() + ")")));
        }
        return 0;
    }

    private static void print(java.io.PrintWriter out, ExtractionEval.Row row) {
        ShingleScore.Result s = row.score();
        String published = row.published()
                .map(p -> String.format(Locale.ROOT, "%.3f / %.3f / %.3f", p[0], p[1], p[2])).orElse("");
        out.println(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6.3f   %s",
                row.system(), s.f1(), s.precision(), s.recall(), s.accuracy(), published));
    }
}
