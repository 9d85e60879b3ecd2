package org.synoptic.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The scorer reproduces, to three decimals, every F1, precision and recall the ScrapingHub
 * benchmark publishes, from the systems' own outputs. Skipped when ../shared/data is absent.
 */
class ScrapingHubScorerIT {

    @Test
    void reproducesThePublishedFigures() throws IOException {
        Path dir = SharedData.find("extraction/scrapinghub");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipping: ../shared/data/extraction/scrapinghub not found");
        ScrapingHub set = ScrapingHub.load(dir);
        assertEquals(181, set.pages().size());
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, double[]> e : ExtractionEval.published().entrySet()) {
            ShingleScore.Result r = ExtractionEval.score(set, set.output(e.getKey()));
            double[] published = e.getValue();
            checks.add(() -> assertEquals(published[0], round(r.f1()), 1e-9, e.getKey() + " F1"));
            checks.add(() -> assertEquals(published[1], round(r.precision()), 1e-9, e.getKey() + " precision"));
            checks.add(() -> assertEquals(published[2], round(r.recall()), 1e-9, e.getKey() + " recall"));
        }
        assertAll(checks);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
