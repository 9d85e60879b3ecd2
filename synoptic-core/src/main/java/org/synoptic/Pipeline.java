package org.synoptic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.synoptic.extract.Extractor;
import org.synoptic.ingest.Ingester;
import org.synoptic.internal.Validate;
import org.synoptic.model.Article;
import org.synoptic.model.Completeness;
import org.synoptic.model.Entity;
import org.synoptic.model.Fact;
import org.synoptic.model.Input;
import org.synoptic.model.Quote;
import org.synoptic.model.Report;
import org.synoptic.model.Reuse;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;
import org.synoptic.names.NameResolver;
import org.synoptic.quotes.QuoteFinder;
import org.synoptic.report.Dossier;
import org.synoptic.reuse.ReuseDetector;
import org.synoptic.stories.StoryClusterer;
import org.synoptic.time.TimeTagger;
import org.synoptic.timeline.TimelineBuilder;

/**
 * Wires Synoptic's stages: ingest → extract (per document, streaming) and then, over a set of
 * articles, names → time → quotes → reuse → stories → timeline → report.
 *
 * <p>Design: reading and extraction are per document so a caller (the CLI) can store each article
 * as soon as it is extracted and keep memory flat over a long input; the analysis stages need
 * the whole set at once because they compare articles with each other. Pages extraction judged
 * not to be whole articles (teasers, walls, listings) are analysed for names, dates, quotes and
 * reuse but kept out of stories and the timeline; each carries its verdict and reason. Articles are sorted by
 * id before analysis, so the report does not depend on the order the inputs were given in.
 * Time comes in only through the injected {@link Clock} ("now" bounds publication dates);
 * relative dates in text anchor to each article's publication date, never to the clock.
 */
public final class Pipeline {

    /** Inputs larger than this are refused with a clear error rather than parsed. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final Ingester ingester;
    private final Extractor extractor;
    private final NameResolver names;
    private final TimeTagger time;
    private final QuoteFinder quotes;
    private final ReuseDetector reuse;
    private final StoryClusterer stories;
    private final TimelineBuilder timeline;
    private final Dossier dossier;

    private Pipeline(Builder builder) {
        this.ingester = Ingester.create(builder.maxBytes, builder.stdin);
        this.extractor = Extractor.create(builder.clock);
        this.names = NameResolver.create();
        this.time = TimeTagger.create();
        this.quotes = QuoteFinder.create();
        this.reuse = ReuseDetector.create();
        this.stories = StoryClusterer.create();
        this.timeline = TimelineBuilder.create();
        this.dossier = Dossier.create();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the named inputs lazily; see {@link Ingester#read(List)}. */
    public Stream<Input> read(List<String> locations) {
        return ingester.read(locations);
    }

    /**
     * The article in a document, or a failure when no article text could be found in it, with
     * the page's verdict saying why (a consent wall, a page built by scripts, a listing, ...).
     */
    public Extracted extract(Input.Document document) {
        Article article = extractor.extract(document);
        if (article.text().isBlank()) {
            Completeness verdict = article.details().completeness();
            return new Extracted.Empty(new Input.Failure(document.source(),
                    "no article text found (" + verdict.verdict().label() + ": " + verdict.reason() + ")"));
        }
        return new Extracted.Found(article);
    }

    /** Runs every analysis stage over the articles. Failures are carried into the report as given. */
    public Report analyse(List<Article> input, List<Input.Failure> failures) {
        List<Article> articles = input.stream().sorted(Comparator.comparing(Article::id)).toList();
        List<Entity> entities = names.resolve(articles);
        List<Timex> timexes = new ArrayList<>();
        List<Quote> quoted = new ArrayList<>();
        for (Article article : articles) {
            timexes.addAll(time.tag(article));
            quoted.addAll(quotes.find(article, entities));
        }
        List<Reuse> reused = reuse.detect(articles);
        List<Article> reconcilable = articles.stream()
                .filter(a -> a.details().completeness().verdict().reconcilable())
                .toList();
        List<Story> clustered = stories.cluster(reconcilable, entities, timexes);
        List<Fact> facts = timeline.build(clustered, reconcilable, entities, timexes, reused);
        List<Input.Failure> sortedFailures = failures.stream()
                .sorted(Comparator.comparing(Input.Failure::source).thenComparing(Input.Failure::reason))
                .toList();
        return new Report(articles, entities, timexes, quoted, reused, clustered, facts, sortedFailures);
    }

    /** Writes {@code report.json} and {@code index.html} into the directory, creating it. */
    public void write(Report report, Path directory) throws IOException {
        dossier.write(report, directory);
    }

    /** What extraction found in one document. */
    public sealed interface Extracted {
        record Found(Article article) implements Extracted {}

        record Empty(Input.Failure failure) implements Extracted {}
    }

    /** Options for a pipeline; every one has a safe default. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private long maxBytes = DEFAULT_MAX_BYTES;
        private InputStream stdin = InputStream.nullInputStream();

        private Builder() {}

        public Builder clock(Clock value) {
            this.clock = Validate.notNull(value, "clock");
            return this;
        }

        /** Largest input file accepted, in bytes (1 byte to 1 GiB). */
        public Builder maxBytes(long value) {
            this.maxBytes = Validate.inRange(value, 1, 1L << 30, "maxBytes");
            return this;
        }

        /** What {@code -} reads. */
        public Builder stdin(InputStream value) {
            this.stdin = Validate.notNull(value, "stdin");
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
