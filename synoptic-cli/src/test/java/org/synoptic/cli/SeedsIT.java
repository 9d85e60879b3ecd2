package org.synoptic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five real seed reports in ../shared/corpus/seeds (not part of the project; skipped when
 * absent): the 2025 report stays out of the 2021 story, and the copied passages are found.
 */
class SeedsIT {

    @TempDir
    static Path dir;

    static JsonNode report;
    static Map<String, String> idBySeed = new HashMap<>();

    @BeforeAll
    static void run() throws IOException {
        Path seeds = SharedData.find("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipping: ../shared/corpus/seeds not found");
        Cli cli = Cli.run("run", "-q", "--db", dir.resolve("s.db").toString(), "--out", dir.resolve("out").toString(),
                seeds.toString());
        assertEquals(0, cli.code(), cli.err());
        report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
        for (JsonNode a : report.get("articles")) {
            String name = Path.of(a.get("source").asText()).getFileName().toString();
            idBySeed.put(name.substring(0, 3), a.get("id").asText());
        }
    }

    private static String storyOf(String seed) {
        String id = idBySeed.get(seed);
        for (JsonNode s : report.get("stories")) {
            for (JsonNode a : s.get("articles")) {
                if (a.asText().equals(id)) {
                    return s.get("id").asText();
                }
            }
        }
        throw new AssertionError("seed " + seed + " in no story");
    }

    @Test
    void theLaterReportIsNotMergedIntoThe2021Story() {
        for (String seed : new String[] {"000", "001", "002", "004"}) {
            assertTrue(!storyOf(seed).equals(storyOf("003")), "seed " + seed + " shares a story with 003");
        }
        assertEquals(storyOf("000"), storyOf("001"));
    }

    @Test
    void copiedPassagesBetweenTwoOutletsAreFound() {
        String a = idBySeed.get("000");
        String b = idBySeed.get("001");
        boolean found = false;
        for (JsonNode r : report.get("reuse")) {
            boolean pair = (r.get("from").asText().equals(a) && r.get("to").asText().equals(b))
                    || (r.get("from").asText().equals(b) && r.get("to").asText().equals(a));
            found |= pair && r.get("kind").asText().equals("verbatim") && r.get("passages").size() >= 3;
        }
        assertTrue(found, report.get("reuse").toString());
    }

    @Test
    void qalibafIsOneEntityAcrossSpellings() {
        for (JsonNode e : report.get("entities")) {
            String variants = e.get("variants").toString();
            if (variants.contains("Qalibaf")) {
                assertTrue(variants.contains("Ghalibaf"), variants);
                return;
            }
        }
        throw new AssertionError("no Qalibaf entity");
    }
}
