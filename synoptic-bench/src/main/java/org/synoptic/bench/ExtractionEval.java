package org.synoptic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synoptic.extract.Extractor;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * Scores Synoptic's extractor on the ScrapingHub pages, and every other system's stored output
 * with the same scorer, so the table compares like with like; the figures the benchmark itself
 * publishes are shown beside them as a check on the scorer.
 */
public final class ExtractionEval {

    /** One system's score; {@code published} is the benchmark's own F1/P/R for it, where it gives one. */
    public record Row(String system, ShingleScore.Result score, Optional<double[]> published) {}

    /** Synoptic's row plus the wall time it took to extract the pages (one thread). */
    public record Outcome(Row synoptic, double pagesPerSecond, List<Row> others) {}

    private ExtractionEval() {}

    public static Outcome run(Path dataDir, Extractor extractor) throws IOException {
        ScrapingHub set = ScrapingHub.load(dataDir);
        Map<String, double[]> published = published();
        List<ShingleScore.Counts> counts = new ArrayList<>();
        int exact = 0;
        long nanos = 0;
        for (ScrapingHub.Page page : set.pages()) {
            String html = page.readHtml();
            Input.Document document = new Input.Document(page.key(), ContentType.HTML, html, Hints.NONE.withUrl(page.url()));
            long start = System.nanoTime();
            String text = extractor.extract(document).text();
            nanos += System.nanoTime() - start;
            counts.add(ShingleScore.page(page.goldBody(), text));
            exact += ShingleScore.sameTokens(page.goldBody(), text) ? 1 : 0;
        }
        Row ours = new Row("synoptic", ShingleScore.aggregate(counts, exact), Optional.empty());
        List<Row> others = new ArrayList<>();
        for (String system : set.systems()) {
            others.add(new Row(system, score(set, set.output(system)), Optional.ofNullable(published.get(system))));
        }
        others.sort(java.util.Comparator.comparingDouble((Row r) -> -r.score().f1()).thenComparing(Row::system));
        return new Outcome(ours, set.pages().size() / (nanos / 1e9), others);
    }

    static ShingleScore.Result score(ScrapingHub set, Map<String, String> output) {
        List<ShingleScore.Counts> counts = new ArrayList<>();
        int exact = 0;
        for (ScrapingHub.Page page : set.pages()) {
            String predicted = output.getOrDefault(page.key(), "");
            counts.add(ShingleScore.page(page.goldBody(), predicted));
            exact += ShingleScore.sameTokens(page.goldBody(), predicted) ? 1 : 0;
        }
        return ShingleScore.aggregate(counts, exact);
    }

    /** The benchmark README's published F1, precision and recall by system name. */
    static Map<String, double[]> published() throws IOException {
        Map<String, double[]> out = new HashMap<>();
        try (InputStream in = ExtractionEval.class.getResourceAsStream("published-extraction.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        return out;
    }
}
