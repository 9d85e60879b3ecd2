package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Timex;

/**
 * Relaxed-span P/R/F1 and value accuracy of DATE expressions on TempEval-3's TimeBank + AQUAINT
 * training texts, with each document's creation time as the publication date. System
 * expressions overlapping a gold DURATION, TIME or SET are left out of precision: this tagger
 * is scored on dates only. Skipped when the shared data is not checked out next to the repo.
 */
class TbaqSmokeTest {

    @Test
    void datesOnTimeBankAndAquaint() throws Exception {
        Optional<Path> shared = TbaqCorpus.sharedData();
        Path dir = shared.orElse(Path.of("../../shared/data")).resolve("temporal/tbaq");
        Assumptions.assumeTrue(Files.isDirectory(dir), "TBAQ smoke test skipping: ../shared/data not found");
        Map<String, TbaqCorpus.Doc> docs = TbaqCorpus.docs(dir.resolve("tbaq-cleaned.tar.gz"));
        List<TbaqCorpus.Gold> gold = TbaqCorpus.gold(dir.resolve("timex-gold.jsonl.gz"));
        TimeTagger tagger = TimeTagger.create();

        int system = 0, systemMatched = 0, goldDates = 0, goldMatched = 0, valueRight = 0;
        for (TbaqCorpus.Doc doc : docs.values()) {
            List<TbaqCorpus.Gold> docGold = gold.stream().filter(g -> g.doc().equals(doc.id())).toList();
            List<TbaqCorpus.Gold> dates = docGold.stream().filter(g -> g.type().equals("DATE")).toList();
            List<Timex> found = tagger.tag(article(doc));
            for (Timex t : found) {
                Optional<TbaqCorpus.Gold> hit = dates.stream().filter(g -> overlaps(g, t)).findFirst();
                if (hit.isPresent()) {
                    system++;
                    systemMatched++;
                    if (hit.get().value().equals(t.value())) {
                        valueRight++;
                    }
                } else if (docGold.stream().noneMatch(g -> overlaps(g, t))) {
                    system++;
                }
            }
            goldDates += dates.size();
            goldMatched += (int) dates.stream().filter(g -> found.stream().anyMatch(t -> overlaps(g, t))).count();
        }
        double precision = (double) systemMatched / system;
        double recall = (double) goldMatched / goldDates;
        double f1 = 2 * precision * recall / (precision + recall);
        double valueAccuracy = (double) valueRight / systemMatched;
        System.out.printf("TBAQ DATE (%d docs): relaxed P=%.3f R=%.3f F1=%.3f, value accuracy on matches=%.3f,"
                + " value F1=%.3f%n", docs.size(), precision, recall, f1, valueAccuracy, f1 * valueAccuracy);
        assertTrue(docs.size() > 200, "expected the 256 TBAQ documents, read " + docs.size());
        assertTrue(f1 > 0.75, "relaxed F1 " + f1);
        assertTrue(valueAccuracy > 0.75, "value accuracy " + valueAccuracy);
    }

    private static boolean overlaps(TbaqCorpus.Gold g, Timex t) {
        return g.start() < t.end() && t.start() < g.end();
    }

    private static Article article(TbaqCorpus.Doc doc) {
        return new Article(doc.id(), "tbaq", "", "", "", "", "", "", Optional.of(doc.dct()), "en", doc.text(), "");
    }
}
