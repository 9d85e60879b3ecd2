package org.synoptic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dates benchmark on a set written here: scoring, the URL hint, charset detection through ingest, checksums. */
class DatesEvalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String PROSE = "<p>The council met on Monday evening to discuss the plan, which would widen the harbour "
            + "road and add a crossing near the school, and most members spoke in favour of it after a long debate.</p>";

    @TempDir
    Path dir;

    private void page(String id, String html, Charset charset) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("pages").resolve(id + ".html.gz")))) {
            out.write(html.getBytes(charset));
        }
    }

    private static String html(String head, String body) {
        return "<html><head>" + head + "<title>Harbour road</title></head><body><article><h1>Harbour road</h1>" + body + PROSE
                + "</article></body></html>";
    }

    @Test
    void scoresDaysTheWayHtmldateDoes() throws IOException {
        page("a1", html("<meta property=\"article:published_time\" content=\"2024-03-07T10:00:00+01:00\">", ""), StandardCharsets.UTF_8);
        page("b2", html("<meta charset=\"windows-1252\">", "<p class=\"date\">3. März 2021</p>"), Charset.forName("windows-1252"));
        page("c3", html("", ""), StandardCharsets.UTF_8);
        page("d4", html("<meta name=\"date\" content=\"2024-01-01\">", ""), StandardCharsets.UTF_8);
        page("e5", html("", ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://herald.example/harbour\", \"date\": \"2024-03-07\", \"source\": \"news\"}",
                "{\"id\": \"b2\", \"url\": \"https://blog.example/hafen\", \"date\": \"2021-03-03\", \"source\": \"web\"}",
                "{\"id\": \"c3\", \"url\": \"https://herald.example/2022/05/06/harbour\", \"date\": \"2022-05-06\", \"source\": \"news\"}",
                "{\"id\": \"d4\", \"url\": \"https://herald.example/d4\", \"date\": \"2024-02-02\", \"source\": \"news\"}",
                "{\"id\": \"e5\", \"url\": \"https://herald.example/e5\", \"date\": \"2024-02-02\", \"source\": \"web\"}") + "\n");
        DatesEval.Outcome outcome = DatesEval.run(dir, CLOCK);
        DatesEval.Score all = outcome.overall();
        assertEquals(new DatesEval.Score(5, 3, 1, 1), all);
        assertEquals(0.6, all.accuracy(), 1e-9);
        assertEquals(0.75, all.precision(), 1e-9);
        assertEquals(0.75, all.recall(), 1e-9);
        assertEquals(new DatesEval.Score(3, 2, 1, 0), outcome.bySource().get("news"));
        assertEquals(new DatesEval.Score(2, 1, 0, 1), outcome.bySource().get("web"));
        assertEquals(List.of("d4", "e5"), outcome.wrong().stream().map(r -> r.page().id()).toList());
        assertEquals("meta:date", outcome.wrong().get(0).signal());
        assertEquals("url", outcome.results().get(2).signal(), "the URL reaches the extractor as a hint");
        assertEquals(List.of(), outcome.checksumMismatches(), "no SHA256SUMS: nothing to check");
    }

    @Test
    void checksumsThatDoNotMatchAreListed() throws IOException {
        page("a1", html("", ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a1\", \"url\": \"u\", \"date\": \"2024-03-07\", \"source\": \"s\"}\n");
        Files.writeString(dir.resolve("SHA256SUMS"), "0000000000000000000000000000000000000000000000000000000000000000  ./pages/a1.html.gz\n"
                + "0000000000000000000000000000000000000000000000000000000000000000  ./missing.txt\n");
        assertEquals(List.of("./pages/a1.html.gz", "./missing.txt"), HtmldateSet.checksumMismatches(dir));
    }

    @Test
    void anchorsNameTheirSource() throws IOException {
        List<DatesEval.Anchor> anchors = DatesEval.anchors();
        assertEquals("htmldate extensive", anchors.get(0).system());
        assertEquals(0.903, anchors.get(0).accuracy(), 1e-9);
        assertFalse(anchors.stream().anyMatch(a -> a.source().isBlank()));
    }
}
