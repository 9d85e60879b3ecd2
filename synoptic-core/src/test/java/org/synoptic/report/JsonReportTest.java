package org.synoptic.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Report;

class JsonReportTest {

    @TempDir
    Path dir;

    private JsonNode written(Report report, Path directory) throws IOException {
        new StaticDossier().write(report, directory);
        return new ObjectMapper().readTree(directory.resolve("report.json").toFile());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyObjectHasTheContractFieldsInOrder() throws IOException {
        JsonNode root = written(Fixtures.sample(), dir);
        assertEquals(List.of("format", "articles", "entities", "timexes", "quotes", "reuse", "stories", "timeline", "failures"),
                names(root));
        assertEquals("synoptic-report/1", root.get("format").textValue());
        assertEquals(List.of("id", "source", "url", "title", "outlet", "author", "authors", "license", "dateline",
                "published", "published_time", "modified", "modified_time", "language", "completeness",
                "published_evidence", "evidence", "text"), names(root.get("articles").get(0)));
        assertEquals(List.of("verdict", "reason"), names(root.get("articles").get(0).get("completeness")));
        assertEquals(List.of("id", "type", "canonical", "variants", "mentions"), names(root.get("entities").get(0)));
        assertEquals(List.of("article", "start", "end", "text"), names(root.get("entities").get(0).get("mentions").get(0)));
        assertEquals(List.of("article", "start", "end", "text", "value", "calendar", "relative"), names(root.get("timexes").get(0)));
        assertEquals(List.of("article", "start", "end", "text", "speaker"), names(root.get("quotes").get(0)));
        assertEquals(List.of("from", "to", "kind", "directed", "passages"), names(root.get("reuse").get(0)));
        assertEquals(List.of("from_start", "from_end", "to_start", "to_end"), names(root.get("reuse").get(0).get("passages").get(0)));
        assertEquals(List.of("id", "title", "articles", "events"), names(root.get("stories").get(0)));
        assertEquals(List.of("id", "date", "summary", "articles"), names(root.get("stories").get(0).get("events").get(0)));
        JsonNode fact = root.get("timeline").get(0);
        assertEquals(List.of("date", "statement", "story", "sources", "contradictions"), names(fact));
        assertEquals(List.of("article", "start", "end"), names(fact.get("sources").get(0)));
        assertEquals(List.of("kind", "detail", "sources"), names(fact.get("contradictions").get(0)));
        assertEquals(List.of("source", "reason"), names(root.get("failures").get(0)));
    }

    @Test
    void valuesHaveTheDocumentedTypesAndSpellings() throws IOException {
        JsonNode root = written(Fixtures.sample(), dir);
        JsonNode article = root.get("articles").get(0);
        assertEquals("2024-11-03", article.get("published").textValue());
        assertEquals(Fixtures.BRIDGE_TEXT, article.get("text").textValue());
        JsonNode entity = root.get("entities").get(0);
        assertEquals("PERSON", entity.get("type").textValue());
        assertTrue(entity.get("variants").isArray());
        JsonNode mention = entity.get("mentions").get(0);
        assertTrue(mention.get("start").isInt());
        assertEquals("Ilse Varga", Fixtures.BRIDGE_TEXT.substring(mention.get("start").intValue(), mention.get("end").intValue()));
        assertEquals("gregorian", root.get("timexes").get(0).get("calendar").textValue());
        assertEquals("solar-hijri", root.get("timexes").get(1).get("calendar").textValue());
        assertTrue(root.get("timexes").get(0).get("relative").isBoolean());
        assertEquals("e1", root.get("quotes").get(0).get("speaker").textValue());
        JsonNode reuse = root.get("reuse").get(0);
        assertEquals("paraphrase", reuse.get("kind").textValue());
        assertTrue(reuse.get("directed").booleanValue());
        assertTrue(reuse.get("passages").get(0).get("to_end").isInt());
        assertEquals("date", root.get("timeline").get(0).get("contradictions").get(0).get("kind").textValue());
        assertEquals("a1", root.get("stories").get(0).get("articles").get(0).textValue());
    }

    @Test
    void absentValuesAreNull() throws IOException {
        JsonNode root = written(Fixtures.sample(), dir);
        JsonNode bare = root.get("articles").get(1);
        for (String field : List.of("url", "title", "outlet", "author", "license", "dateline", "published", "language")) {
            assertTrue(bare.get(field).isNull(), field);
        }
        assertEquals("-", bare.get("source").textValue());
        assertTrue(root.get("quotes").get(1).get("speaker").isNull());
        assertFalse(root.get("articles").get(0).get("url").isNull());
    }

    @Test
    void sameReportGivesIdenticalPrettyPrintedBytes() throws IOException {
        new StaticDossier().write(Fixtures.sample(), dir.resolve("one"));
        new StaticDossier().write(Fixtures.sample(), dir.resolve("two"));
        byte[] one = Files.readAllBytes(dir.resolve("one/report.json"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("two/report.json")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/index.html")), Files.readAllBytes(dir.resolve("two/index.html")));
        String json = new String(one, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"format\": \"synoptic-report/1\",\n  \"articles\": [\n    {\n      \"id\": \"a1\""), json);
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void emptyReportHasEveryArrayEmpty() throws IOException {
        JsonNode root = written(Fixtures.empty(), dir);
        for (String field : List.of("articles", "entities", "timexes", "quotes", "reuse", "stories", "timeline", "failures")) {
            assertTrue(root.get(field).isArray() && root.get(field).isEmpty(), field);
        }
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"failures\": []"));
    }

    @Test
    void nonAsciiIsWrittenAsUtf8AndLoneSurrogatesAreReplacedOneForOne() throws IOException {
        String text = "تهران \uD83C\uDF0D broken \uD800 end";
        JsonNode root = written(reportOf(Fixtures.bare("fa", text)), dir);
        String read = root.get("articles").get(0).get("text").textValue();
        assertEquals(text.length(), read.length());
        assertEquals(text.replace('\uD800', '\uFFFD'), read);
        assertTrue(Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8).contains("تهران"));
    }

    private static Report reportOf(org.synoptic.model.Article article) {
        Report empty = Fixtures.empty();
        return new Report(List.of(article), empty.entities(), empty.timexes(), empty.quotes(), empty.reuse(),
                empty.stories(), empty.timeline(), empty.failures());
    }
}
