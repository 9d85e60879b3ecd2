package org.synoptic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad input is one clear line on stderr; the batch goes on, exit 1, nothing stored is lost. */
class BadInputIT {

    private static final String GOOD = "Ferry line opens\n\nAKTAU – The first ferry of the new Caspian line left "
            + "Aktau on Tuesday with forty containers of grain, port officials said. The crossing to Anzali "
            + "takes about thirty hours, and the operator plans two sailings a week from December.";

    @TempDir
    Path dir;

    private Path db;
    private Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        db = dir.resolve("store.db");
        corpus = Files.createDirectories(dir.resolve("in"));
        Files.writeString(corpus.resolve("good.txt"), GOOD);
    }

    private String path(String name) {
        return corpus.resolve(name).toString();
    }

    private List<String> errorLines(Cli cli) {
        return cli.err().lines().filter(l -> l.startsWith("synoptic: ")).toList();
    }

    @Test
    void eachBadInputIsOneLineNamingItAndTheRestIsStored() throws IOException {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("broken.rss"), "<?xml version=\"1.0\"?><rss><channel><item><title>x</title></channel>");
        writeHugeHtml(corpus.resolve("huge.html"), 50L * 1024 * 1024);

        Cli cli = Cli.run("run", "-q", "--db", db.toString(), "--out", dir.resolve("out").toString(),
                corpus.toString(), path("missing.txt"));

        assertEquals(1, cli.code(), cli.err());
        List<String> errors = errorLines(cli);
        assertEquals(6, errors.size(), cli.err());
        assertTrue(errors.contains("synoptic: " + path("empty.txt") + ": empty file"), cli.err());
        assertLine(errors, "image.txt", "binary");
        assertLine(errors, "latin1.txt", "not valid UTF-8");
        assertLine(errors, "broken.rss", "malformed feed");
        assertLine(errors, "huge.html", "too large");
        assertLine(errors, "missing.txt", "no such file");

        JsonNode report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
        assertEquals(1, report.get("articles").size());
        assertEquals("Ferry line opens", report.get("articles").get(0).get("title").asText());
        assertEquals(6, report.get("failures").size());
    }

    @Test
    void storedArticlesSurviveALaterBadBatchAndReingestIsANoOp() throws IOException {
        Cli first = Cli.run("ingest", "--db", db.toString(), path("good.txt"));
        assertEquals(0, first.code(), first.err());
        assertEquals("read 1 articles (1 new, 0 already stored), 0 inputs failed\n", first.err());

        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Cli second = Cli.run("ingest", "--db", db.toString(), path("good.txt"), path("empty.txt"));
        assertEquals(1, second.code());
        assertEquals("synoptic: " + path("empty.txt") + ": empty file\n"
                + "read 1 articles (0 new, 1 already stored), 1 inputs failed\n", second.err());

        Cli search = Cli.run("search", "--db", db.toString(), "ferry", "Anzali");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("Ferry line opens"), search.out());
    }

    @Test
    void standardInputIsAnInput() {
        Cli cli = Cli.runWithStdin(GOOD, "run", "-q", "--db", db.toString(), "--out", dir.resolve("out").toString(), "-");
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("1 articles, 1 stories"), cli.out());
    }

    private static void assertLine(List<String> errors, String file, String reason) {
        assertTrue(errors.stream().anyMatch(l -> l.contains(file + ": ") && l.contains(reason)),
                () -> "no '" + reason + "' line for " + file + " in " + errors);
    }

    private static void writeHugeHtml(Path file, long size) throws IOException {
        byte[] paragraph = "<p>Filler paragraph of a very large page that nobody should parse whole.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<!doctype html><html><body>".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[paragraph.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
            }
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
            out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) > size);
    }
}
