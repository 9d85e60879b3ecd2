package org.synoptic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.synoptic.Pipeline;
import org.synoptic.extract.Extractor;
import org.synoptic.ingest.Ingester;
import org.synoptic.model.Article;
import org.synoptic.model.Completeness.Verdict;
import org.synoptic.model.ContentType;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * Scores headline, authors and completeness verdict against the hand-annotated pages of
 * {@link MetadataGold}. Each page is read and decoded as the pipeline reads files (the ingest
 * stage, so charset handling is the real one), given its URL as a hint, and extracted.
 *
 * <p>Headline: right when the {@code \w+} token sequences are equal, ignoring case. Authors:
 * right when the sets of names are equal, a name compared by its lower-cased word tokens (so
 * "Patrick ANGEVIN" = "Patrick Angevin", "Troy L. Smith" = "Troy L Smith"). Both are judged only
 * on pages whose gold verdict is complete, partial or teaser. Verdict: accuracy over all pages,
 * and precision and recall per class from true positives, false positives and false negatives.
 * Every figure is given for all pages and for each part of the set: the development part the
 * rules were written against, and the held-out parts annotated afterwards, whose figures are the
 * honest estimate (the file says how each part was used).
 */
public final class MetadataEval {

    /** One wrong field: what the annotator saw and what Synoptic gave. */
    public record Miss(String page, String field, String expected, String found, String note) {}

    /** A verdict class's counts over the pages. */
    public record ClassCounts(Verdict verdict, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    /** Per-field results; {@code articles} is the number of pages headline and authors are judged on. */
    public record Outcome(int pages, int articles, int headlines, int authors, int verdicts,
                          List<ClassCounts> classes, List<Miss> misses) {
        public double headlineAccuracy() {
            return (double) headlines / articles;
        }

        public double authorsAccuracy() {
            return (double) authors / articles;
        }

        public double verdictAccuracy() {
            return (double) verdicts / pages;
        }

        public ClassCounts counts(Verdict verdict) {
            return classes.stream().filter(c -> c.verdict() == verdict).findFirst().orElseThrow();
        }
    }

    /** How often a field was right among the judged pages whose evidence stated one confidence. */
    public record Rated(String field, Evidence.Confidence confidence, int judged, int right) {}

    /**
     * The outcome over all pages and over each part in file order, headline and authors by the
     * confidence their evidence states (all pages), and the extractor's speed on them.
     */
    public record Report(Outcome all, Map<String, Outcome> parts, List<Rated> byConfidence, double pagesPerSecond) {}

    private record Scored(MetadataGold.Page gold, Article article) {}

    private MetadataEval() {}

    /** Runs the extractor over every annotated page found under {@code sharedData} (the shared/data folder). */
    public static Report run(Path sharedData, Extractor extractor) throws IOException {
        Map<String, String> urls = MetadataGold.urls(sharedData);
        Ingester ingester = Ingester.create(Pipeline.DEFAULT_MAX_BYTES, InputStream.nullInputStream());
        List<Scored> scored = new ArrayList<>();
        long nanos = 0;
        for (MetadataGold.Page gold : MetadataGold.load()) {
            Input.Document document = read(ingester, MetadataGold.file(sharedData, gold), urls.getOrDefault(gold.id(), ""));
            long start = System.nanoTime();
            scored.add(new Scored(gold, extractor.extract(document)));
            nanos += System.nanoTime() - start;
        }
        Map<String, Outcome> parts = new LinkedHashMap<>();
        for (String part : scored.stream().map(s -> s.gold().part()).distinct().toList()) {
            parts.put(part, score(scored, s -> s.gold().part().equals(part)));
        }
        return new Report(score(scored, s -> true), parts, byConfidence(scored), scored.size() / (nanos / 1e9));
    }

    private static List<Rated> byConfidence(List<Scored> scored) {
        List<Rated> out = new ArrayList<>();
        for (String field : List.of("title", "authors")) {
            for (Evidence.Confidence level : Evidence.Confidence.values()) {
                int judged = 0;
                int right = 0;
                for (Scored s : scored) {
                    Evidence e = s.article().details().evidence().get(field);
                    if (s.gold().scoresMetadata() && e != null && e.confidence() == level) {
                        judged++;
                        right += (field.equals("title") ? sameHeadline(s.gold().headline(), s.article().title())
                                : names(s.gold().authors()).equals(names(s.article().details().authors()))) ? 1 : 0;
                    }
                }
                out.add(new Rated(field.equals("title") ? "headline" : field, level, judged, right));
            }
        }
        return List.copyOf(out);
    }

    private static Outcome score(List<Scored> all, Predicate<Scored> part) {
        List<Miss> misses = new ArrayList<>();
        Map<Verdict, int[]> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, new int[3]);
        }
        int pages = 0;
        int articles = 0;
        int headlines = 0;
        int authors = 0;
        int verdicts = 0;
        for (Scored s : all.stream().filter(part).toList()) {
            MetadataGold.Page gold = s.gold();
            pages++;
            Verdict found = s.article().details().completeness().verdict();
            if (found == gold.verdict()) {
                verdicts++;
                counts.get(found)[0]++;
            } else {
                counts.get(found)[1]++;
                counts.get(gold.verdict())[2]++;
                misses.add(new Miss(gold.id(), "verdict", gold.verdict().label(), found.label(), s.article().details().completeness().reason()));
            }
            if (!gold.scoresMetadata()) {
                continue;
            }
            articles++;
            if (sameHeadline(gold.headline(), s.article().title())) {
                headlines++;
            } else {
                misses.add(new Miss(gold.id(), "headline", gold.headline(), s.article().title(), rated(s.article(), "title")));
            }
            if (names(gold.authors()).equals(names(s.article().details().authors()))) {
                authors++;
            } else {
                misses.add(new Miss(gold.id(), "authors", String.join(" | ", gold.authors()),
                        String.join(" | ", s.article().details().authors()), rated(s.article(), "authors")));
            }
        }
        List<ClassCounts> classes = new ArrayList<>();
        counts.forEach((v, c) -> classes.add(new ClassCounts(v, c[0], c[1], c[2])));
        return new Outcome(pages, articles, headlines, authors, verdicts, List.copyOf(classes), List.copyOf(misses));
    }

    /** The confidence the field's evidence states ("high confidence"), or "" without evidence. */
    private static String rated(Article article, String field) {
        Evidence e = article.details().evidence().get(field);
        return e == null ? "" : e.confidence().label() + " confidence";
    }

    /** The page as the ingest stage decodes it, with the set's URL for the page as a hint. */
    private static Input.Document read(Ingester ingester, Path file, String url) {
        try (Stream<Input> inputs = ingester.read(List.of(file.toString()))) {
            Input input = inputs.findFirst().orElse(new Input.Failure(file.toString(), "nothing read"));
            if (input instanceof Input.Document d) {
                return new Input.Document(d.source(), d.type(), d.content(), d.hints().withUrl(url));
            }
            return new Input.Document(file.toString(), ContentType.HTML, "", Hints.NONE.withUrl(url));
        }
    }

    static boolean sameHeadline(String gold, String found) {
        return ShingleScore.tokens(fold(gold)).equals(ShingleScore.tokens(fold(found)));
    }

    static Set<String> names(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            out.add(String.join(" ", ShingleScore.tokens(fold(name))));
        }
        return out;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
