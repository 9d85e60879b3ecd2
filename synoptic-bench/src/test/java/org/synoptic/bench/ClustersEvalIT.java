package org.synoptic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Story clustering on {@code shared/data/clusters/dev} (skipped when absent). The floor is the
 * measured BCubed F1 less 0.02, so a change that loses more than that fails here.
 */
class ClustersEvalIT {

    /** BCubed F1 measured on the dev half at the current join threshold (precision 0.985, recall 0.657). */
    static final double MEASURED_F1 = 0.788;

    @Test
    void bcubedOnTheDevHalf() throws IOException {
        Path dir = SharedData.find("clusters/dev");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("articles.jsonl.gz")), "skipping: ../shared/data/clusters/dev not found");
        ClustersEval.Outcome outcome = ClustersEval.run(dir);
        System.out.println("clusters/dev: " + outcome);
        assertEquals(172, outcome.articles());
        assertEquals(35, outcome.events());
        assertTrue(outcome.synoptic().f1() >= MEASURED_F1 - 0.02, "BCubed F1 " + outcome.synoptic().f1());
        assertTrue(outcome.synoptic().precision() >= 0.95, "BCubed precision " + outcome.synoptic().precision());
    }

    @Test
    void bcubedOfAPerfectAndAMergedClustering() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
        assertEquals(1.0, ClustersEval.score(gold, gold).f1(), 1e-12);
        ClustersEval.Score merged = ClustersEval.score(gold, Map.of("a", "x", "b", "x", "c", "x"));
        assertEquals((2.0 / 3 * 2 + 1.0 / 3) / 3, merged.precision(), 1e-12);
        assertEquals(1.0, merged.recall(), 1e-12);
        assertEquals(2, merged.falseMerges());
    }
}
