package org.synoptic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synoptic.bench.ClustersEval;
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
            "dates (htmldate pages, publication day accuracy/P/R);",
            "metadata (headline, authors and completeness verdict of hand-annotated pages);",
            "clusters (story clustering on clusters/dev, BCubed P/R/F1 and false merges)."})
final class EvalCommand implements Callable<Integer> {

    enum Task { extraction, dates, metadata, clusters }

    @Parameters(paramLabel = "TASK", description = "What to evaluate: ${COMPLETION-CANDIDATES}.")
    Task task;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The benchmark set's folder (default: shared/data/extraction/scrapinghub or dates/htmldate-dev beside the checkout).")
    Path data;

    @Option(names = "--errors", description = "dates, metadata: also list every page we got wrong.")
    boolean errors;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (task == Task.dates) {
            return dates();
        }
        if (task == Task.metadata) {
            return metadata();
        }
        if (task == Task.clusters) {
            return clusters();
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

    private int clusters() throws java.io.IOException {
        Path dir = data != null ? data : SharedData.find("clusters/dev");
        if (!Files.isRegularFile(dir.resolve("articles.jsonl.gz"))) {
            spec.commandLine().getErr().println("synoptic: " + dir + ": no clusters set there (articles.jsonl.gz missing); pass --data DIR");
            return 1;
        }
        ClustersEval.Outcome outcome = ClustersEval.run(dir);
        var out = spec.commandLine().getOut();
        out.println("Story clustering on " + outcome.articles() + " articles of " + outcome.events()
                + " gold events, BCubed over articles (" + dir + ")");
        out.println(String.format(Locale.ROOT, "%-22s %6s %6s %6s %9s %14s %13s", "system", "F1", "P", "R", "clusters",
                "false merges", "false splits"));
        score(out, "synoptic", outcome.synoptic());
        score(out, "baseline: singletons", outcome.singletons());
        score(out, "baseline: one story", outcome.oneCluster());
        out.println("(false merges / splits count article pairs put together / apart against the gold events)");
        return 0;
    }

    private static void score(java.io.PrintWriter out, String name, ClustersEval.Score s) {
        out.println(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %9d %14d %13d", name, s.f1(), s.precision(),
                s.recall(), s.clusters(), s.falseMerges(), s.falseSplits()));
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
        out.println(String.format(Locale.ROOT, "%-16s %16s   (all pages, by the confidence the evidence states)", "confidence", "right"));
        for (org.synoptic.bench.MetadataEval.Rated rated : r.byConfidence()) {
            out.println(String.format(Locale.ROOT, "%-16s %6.3f (%3d/%3d)", rated.field() + " " + rated.confidence().label(),
                    rated.judged() == 0 ? Double.NaN : (double) rated.right() / rated.judged(), rated.right(), rated.judged()));
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
        outcome.byConfidence().forEach((level, score) -> printScore(out, "  " + level.label() + " confidence", score));
        for (DatesEval.Anchor anchor : DatesEval.anchors()) {
            out.println(String.format(Locale.ROOT, "%-26s %8.3f   published, on %s; %s", anchor.system(), anchor.accuracy(),
                    anchor.pages(), anchor.source()));
        }
        if (errors) {
            out.println("wrong pages: id, gold, ours, deciding signal (or why none), its confidence, address");
            for (DatesEval.PageResult r : outcome.wrong()) {
                out.println(String.join("\t", r.page().id(), r.page().date(), r.ours().isEmpty() ? "-" : r.ours(),
                        !r.failure().isEmpty() ? r.failure() : r.signal().isEmpty() ? "none" : r.signal(),
                        r.evidence().map(e -> e.confidence().label()).orElse("-"), r.page().url()));
            }
        }
        return 0;
    }

    private static void printScore(java.io.PrintWriter out, String name, DatesEval.Score s) {
        out.println(String.format(Locale.ROOT, "%-26s %8.3f %6.3f %6.3f %5d %5d %5d", name, s.accuracy(), s.precision(), s.recall(),
                s.tp(), s.fp(), s.fn()));
    }
}
