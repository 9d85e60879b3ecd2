package org.synoptic.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.synoptic.Pipeline;
import org.synoptic.model.Article;
import org.synoptic.model.Input;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.Stored;

/**
 * Reads inputs, extracts each document and stores it at once, so that a failure later in the
 * batch loses nothing already read. One bad input is one line on stderr and the batch goes on.
 */
final class Batch {

    /** What a batch did; {@code articles} are kept only when the caller asked for them. */
    record Result(List<Article> articles, List<Input.Failure> failures, int added, int alreadyStored) {
        int read() {
            return added + alreadyStored;
        }
    }

    private Batch() {}

    static Result ingest(Pipeline pipeline, ArticleStore store, List<String> locations, UrlMap urls, PrintWriter err,
                         Progress progress, boolean keepArticles) {
        List<Article> articles = new ArrayList<>();
        List<Input.Failure> failures = new ArrayList<>();
        int added = 0;
        int alreadyStored = 0;
        try (Stream<Input> inputs = pipeline.read(locations)) {
            for (Input input : (Iterable<Input>) inputs::iterator) {
                Input.Failure failure = null;
                switch (input) {
                    case Input.Failure f -> failure = f;
                    case Input.Document given -> {
                        Input.Document document = urls.apply(given);
                        try {
                            switch (pipeline.extract(document)) {
                                case Pipeline.Extracted.Empty empty -> failure = empty.failure();
                                case Pipeline.Extracted.Found found -> {
                                    switch (store.put(found.article())) {
                                        case Stored.Added a -> {
                                            added++;
                                            keep(articles, keepArticles, found.article());
                                        }
                                        case Stored.AlreadyStored s -> {
                                            alreadyStored++;
                                            keep(articles, keepArticles, store.get(s.id()).orElse(found.article()));
                                        }
                                        case Stored.Conflict c -> failure = new Input.Failure(document.source(), c.reason());
                                    }
                                }
                            }
                        } catch (RuntimeException e) {
                            failure = new Input.Failure(document.source(), "could not process: " + e.getMessage());
                        }
                    }
                }
                if (failure != null) {
                    failures.add(failure);
                    progress.clear();
                    err.println("synoptic: " + failure.message());
                }
                progress.update(added + alreadyStored, failures.size());
            }
        }
        progress.clear();
        return new Result(List.copyOf(articles), List.copyOf(failures), added, alreadyStored);
    }

    private static void keep(List<Article> articles, boolean keep, Article article) {
        if (keep) {
            articles.add(article);
        }
    }

    static void summarise(Result result, PrintWriter err) {
        err.println("read " + result.read() + " articles (" + result.added() + " new, " + result.alreadyStored()
                + " already stored), " + result.failures().size() + " inputs failed");
    }
}
