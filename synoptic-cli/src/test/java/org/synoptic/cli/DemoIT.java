package org.synoptic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled demo end to end: what its MANIFEST.md promises each stage finds, the report does.
 */
class DemoIT {

    @TempDir
    static Path dir;

    static Cli cli;
    static JsonNode report;

    @BeforeAll
    static void runDemo() throws IOException {
        cli = Cli.run("demo", "-q", "--dir", dir.toString());
        report = new ObjectMapper().readTree(dir.resolve("dossier/report.json").toFile());
    }

    private static String articleId(String sourceSuffix) {
        for (JsonNode a : report.get("articles")) {
            if (a.get("source").asText().endsWith(sourceSuffix)) {
                return a.get("id").asText();
            }
        }
        throw new AssertionError("no article from " + sourceSuffix);
    }

    private static String storyOf(String articleId) {
        for (JsonNode s : report.get("stories")) {
            for (JsonNode a : s.get("articles")) {
                if (a.asText().equals(articleId)) {
                    return s.get("id").asText();
                }
            }
        }
        throw new AssertionError("article in no story: " + articleId);
    }

    @Test
    void printsWhereTheDossierIsAndTheCounts() {
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("Dossier: " + dir.resolve("dossier/index.html").toAbsolutePath()), cli.out());
        assertTrue(cli.out().contains("15 articles, 2 stories, "), cli.out());
        assertTrue(Files.isRegularFile(dir.resolve("synoptic.db")));
    }

    @Test
    void theLaterExpoIsItsOwnStory() {
        String expoFeed = articleId("feed.xml#3");
        String expoWire = articleId("wire.jsonl:2");
        String letter = articleId("cws_2024-10-15_speaker-letter-astana.txt");
        String reply = articleId("wire.jsonl:1");
        assertEquals(storyOf(expoFeed), storyOf(expoWire));
        assertEquals(storyOf(letter), storyOf(reply));
        assertFalse(storyOf(letter).equals(storyOf(expoFeed)));
    }

    @Test
    void copiedParagraphsAreFoundFromTheWireToTheLaterReprint() {
        String wire = articleId("cws_2024-10-15_speaker-letter-astana.txt");
        String reprint = articleId("tehran-evening-herald_2024-10-16_gholizadeh-letter.html");
        boolean found = false;
        for (JsonNode r : report.get("reuse")) {
            if (r.get("from").asText().equals(wire) && r.get("to").asText().equals(reprint)
                    && r.get("kind").asText().equals("verbatim")) {
                found = r.get("directed").asBoolean() && r.get("passages").size() >= 1;
            }
        }
        assertTrue(found, report.get("reuse").toString());
    }

    @Test
    void threeSpellingsOfTheSpeakerAreOneEntity() {
        Set<String> variants = new HashSet<>();
        for (JsonNode e : report.get("entities")) {
            List<String> names = new ArrayList<>();
            e.get("variants").forEach(v -> names.add(v.asText()));
            if (names.stream().anyMatch(n -> n.contains("Qolizadeh"))) {
                variants.addAll(names);
            }
        }
        assertTrue(variants.stream().anyMatch(v -> v.contains("Gholizadeh")), variants.toString());
        assertTrue(variants.stream().anyMatch(v -> v.contains("Gholi-Zadeh")), variants.toString());
    }

    @Test
    void solarHijriAndRelativeDatesAreNormalised() {
        Set<String> solar = new HashSet<>();
        Set<String> relative = new HashSet<>();
        for (JsonNode t : report.get("timexes")) {
            if (t.get("calendar").asText().equals("solar-hijri")) {
                solar.add(t.get("value").asText());
            }
            if (t.get("relative").asBoolean() && t.get("text").asText().contains("Saturday")) {
                relative.add(t.get("value").asText());
            }
        }
        assertTrue(solar.contains("2024-10-15"), solar.toString());
        assertTrue(relative.contains("2024-11-02"), relative.toString());
    }

    @Test
    void publicationDatesSayHowSureTheyAre() throws IOException {
        assertEquals("high", publishedEvidence("astana-ledger_2024-10-16_senate-iran-letter.html").get("confidence").asText());
        // A plain-text report dated by its own date line, which nothing else confirms.
        assertEquals("medium", publishedEvidence("eurasia-review-weekly_2024-11-03_astana-answers.txt").get("confidence").asText());
        String dossier = Files.readString(dir.resolve("dossier/index.html"));
        assertTrue(dossier.contains("<dd>2024-11-03 (text-line, medium confidence)</dd>"), "no Published line with its confidence");
    }

    @Test
    void aPageSavedFromTheBrowserGivesItsAddressAndIsDatedAgainstItsSaveTime() {
        JsonNode saved = article("kaspi-notes_reply-delivered.html");
        assertEquals("https://kaspinotes.example/notes/kazakh-reply-reaches-tehran", saved.get("url").asText());
        // "Posted 2 days ago" on a page saved on 4 November 2024.
        assertEquals("2024-11-02", saved.get("published").asText());
        assertEquals("relative-line", saved.get("published_evidence").get("signal").asText());
        assertEquals(storyOf(articleId("wire.jsonl:1")), storyOf(saved.get("id").asText()));
    }

    private static JsonNode article(String sourceSuffix) {
        for (JsonNode a : report.get("articles")) {
            if (a.get("source").asText().endsWith(sourceSuffix)) {
                return a;
            }
        }
        throw new AssertionError("no article from " + sourceSuffix);
    }

    private static JsonNode publishedEvidence(String sourceSuffix) {
        return article(sourceSuffix).get("published_evidence");
    }

    @Test
    void theDisputedDeliveryDayIsFlagged() {
        boolean flagged = false;
        for (JsonNode fact : report.get("timeline")) {
            for (JsonNode c : fact.get("contradictions")) {
                String detail = c.get("detail").asText();
                flagged |= c.get("kind").asText().equals("date") && detail.contains("2024-11-02") && detail.contains("2024-11-03");
            }
        }
        assertTrue(flagged, "no date contradiction 2024-11-02 vs 2024-11-03");
    }

    @Test
    void quotesHaveSpeakers() {
        long attributed = 0;
        for (JsonNode q : report.get("quotes")) {
            if (!q.get("speaker").isNull()) {
                attributed++;
            }
        }
        assertTrue(report.get("quotes").size() >= 10, "quotes: " + report.get("quotes").size());
        assertTrue(attributed >= report.get("quotes").size() * 0.7, attributed + " of " + report.get("quotes").size());
    }
}
