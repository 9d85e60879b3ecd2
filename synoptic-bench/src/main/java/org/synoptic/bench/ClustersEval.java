package org.synoptic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.synoptic.Pipeline;
import org.synoptic.model.Article;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;
import org.synoptic.model.Report;
import org.synoptic.model.Story;

/**
 * Story clustering scored against {@code shared/data/clusters/dev}: the articles are run through
 * the pipeline (text, title, URL and date given; event labels withheld) and the stories compared
 * with the gold events by BCubed precision, recall and F1 over articles, with two trivial
 * baselines beside them (every article alone; all articles in one story) so the numbers can be
 * read. Pairwise precision and recall count false merges and false splits directly.
 */
public final class ClustersEval {

    /** BCubed and pairwise scores; {@code falseMerges} counts article pairs put together wrongly. */
    public record Score(double precision, double recall, double f1, long falseMerges, long falseSplits, int clusters) {}

    public record Outcome(int articles, int events, Score synoptic, Score singletons, Score oneCluster) {}

    private ClustersEval() {}

    public static Outcome run(Path dir) throws IOException {
        List<Input.Document> documents = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("articles.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String id = n.path("id").asText();
                gold.put(id, n.path("event_id").asText());
                String date = n.path("date_publish").asText("");
                Hints hints = new Hints(Optional.of(id), Optional.of(n.path("url").asText("")).filter(s -> !s.isEmpty()),
                        Optional.of(n.path("title").asText("")).filter(s -> !s.isEmpty()), Optional.empty(), Optional.empty(),
                        date.length() >= 10 ? Optional.of(LocalDate.parse(date.substring(0, 10))) : Optional.empty());
                documents.add(new Input.Document(id, ContentType.TEXT, n.path("text").asText(""), hints));
            }
        }
        Pipeline pipeline = Pipeline.builder().build();
        List<Article> articles = new ArrayList<>();
        for (Input.Document d : documents) {
            if (pipeline.extract(d) instanceof Pipeline.Extracted.Found found) {
                articles.add(found.article());
            }
        }
        Report report = pipeline.analyse(articles, List.of());
        Map<String, String> predicted = new HashMap<>();
        for (Story story : report.stories()) {
            story.articles().forEach(a -> predicted.put(a, story.id()));
        }
        Map<String, String> singletons = new HashMap<>();
        Map<String, String> one = new HashMap<>();
        for (String id : gold.keySet()) {
            predicted.putIfAbsent(id, "unclustered:" + id);
            singletons.put(id, id);
            one.put(id, "all");
        }
        return new Outcome(gold.size(), new HashSet<>(gold.values()).size(),
                score(gold, predicted), score(gold, singletons), score(gold, one));
    }

    static Score score(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Set<String>> byGold = invert(gold);
        Map<String, Set<String>> byPredicted = invert(predicted);
        double precision = 0;
        double recall = 0;
        long falseMerges = 0;
        long falseSplits = 0;
        for (String id : gold.keySet()) {
            Set<String> cluster = byPredicted.get(predicted.get(id));
            Set<String> event = byGold.get(gold.get(id));
            long both = cluster.stream().filter(event::contains).count();
            precision += (double) both / cluster.size();
            recall += (double) both / event.size();
            falseMerges += cluster.size() - both;
            falseSplits += event.size() - both;
        }
        int n = gold.size();
        double p = precision / n;
        double r = recall / n;
        return new Score(p, r, 2 * p * r / (p + r), falseMerges / 2, falseSplits / 2, byPredicted.size());
    }

    private static Map<String, Set<String>> invert(Map<String, String> labels) {
        Map<String, Set<String>> out = new HashMap<>();
        labels.forEach((id, label) -> out.computeIfAbsent(label, k -> new HashSet<>()).add(id));
        return out;
    }
}
