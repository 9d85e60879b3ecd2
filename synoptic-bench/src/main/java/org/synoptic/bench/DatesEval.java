package org.synoptic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.synoptic.extract.Extractor;
import org.synoptic.ingest.Ingester;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Input;

/**
 * Scores Synoptic's publication dates on the htmldate evaluation pages (shared/data/dates/htmldate-dev)
 * with htmldate's own metric: per page, no date is a false negative, the gold day a true positive and
 * any other day a false positive; accuracy = TP / pages. Each page goes through the real ingest stage
 * (gzip, charset detection) and gets its URL as the hint, as the CLI's --url-map gives it.
 */
public final class DatesEval {

    static final long MAX_BYTES = 16L << 20;

    /** One page's outcome: our day ("" when none), the deciding signal and its evidence, and why there is none. */
    public record PageResult(HtmldateSet.Page page, String ours, String signal, Optional<Evidence> evidence, String failure) {
        public boolean right() {
            return ours.equals(page.date());
        }
    }

    /** Day-level counts over a group of pages. */
    public record Score(int pages, int tp, int fp, int fn) {
        public double accuracy() {
            return pages == 0 ? Double.NaN : (double) tp / pages;
        }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        static Score of(List<PageResult> results) {
            int tp = (int) results.stream().filter(PageResult::right).count();
            int fn = (int) results.stream().filter(r -> r.ours().isEmpty()).count();
            return new Score(results.size(), tp, results.size() - tp - fn, fn);
        }
    }

    /** A published figure for another system, with where it comes from. */
    public record Anchor(String system, double accuracy, String pages, String source) {}

    /**
     * Overall score, per-source scores (by source name), scores by the confidence the evidence
     * states (pages with a date only), every page's result, and bad checksums.
     */
    public record Outcome(Score overall, Map<String, Score> bySource, Map<Evidence.Confidence, Score> byConfidence,
                          List<PageResult> results, List<String> checksumMismatches) {
        public List<PageResult> wrong() {
            return results.stream().filter(r -> !r.right()).toList();
        }
    }

    private DatesEval() {}

    public static Outcome run(Path dataDir, Clock clock) throws IOException {
        List<String> mismatches = HtmldateSet.checksumMismatches(dataDir);
        Extractor extractor = Extractor.create(clock);
        Ingester ingester = Ingester.create(MAX_BYTES, InputStream.nullInputStream());
        List<PageResult> results = new ArrayList<>();
        for (HtmldateSet.Page page : HtmldateSet.load(dataDir)) {
            results.add(judge(page, ingester, extractor));
        }
        Map<String, Score> bySource = new TreeMap<>();
        results.stream().map(r -> r.page().source()).distinct()
                .forEach(s -> bySource.put(s, Score.of(results.stream().filter(r -> r.page().source().equals(s)).toList())));
        Map<Evidence.Confidence, Score> byConfidence = new EnumMap<>(Evidence.Confidence.class);
        for (Evidence.Confidence level : Evidence.Confidence.values()) {
            List<PageResult> rated = results.stream()
                    .filter(r -> !r.ours().isEmpty() && r.evidence().map(e -> e.confidence() == level).orElse(false)).toList();
            byConfidence.put(level, Score.of(rated));
        }
        return new Outcome(Score.of(results), bySource, byConfidence, List.copyOf(results), mismatches);
    }

    static PageResult judge(HtmldateSet.Page page, Ingester ingester, Extractor extractor) {
        Optional<Input> input;
        try (Stream<Input> inputs = ingester.read(List.of(page.page().toString()))) {
            input = inputs.findFirst();
        }
        if (input.isEmpty()) {
            return new PageResult(page, "", "", Optional.empty(), "ingest: nothing read");
        }
        if (input.get() instanceof Input.Failure failure) {
            return new PageResult(page, "", "", Optional.empty(), "ingest: " + failure.reason());
        }
        Input.Document read = (Input.Document) input.get();
        Input.Document document = new Input.Document(read.source(), read.type(), read.content(), read.hints().withUrl(page.url()));
        Article article = extractor.extract(document);
        Optional<Evidence> evidence = Optional.ofNullable(article.details().evidence().get("published"));
        return new PageResult(page, article.published().map(Object::toString).orElse(""), evidence.map(Evidence::signal).orElse(""),
                evidence, "");
    }

    /** The published accuracies of other systems (resource published-dates.tsv). */
    public static List<Anchor> anchors() throws IOException {
        List<Anchor> out = new ArrayList<>();
        try (InputStream in = DatesEval.class.getResourceAsStream("published-dates.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Anchor(f[0], Double.parseDouble(f[1]), f[2], f[3]));
            }
        }
        return List.copyOf(out);
    }
}
