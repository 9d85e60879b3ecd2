package org.synoptic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synoptic extract}: one record per article in each format; a URL map gives saved pages their address. */
class ExtractCommandIT {

    private static final String PAGE = "<!doctype html><html><head><title>Grain corridor opens | Caspian Courier</title>"
            + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Grain corridor opens</h1>"
            + "<p class=\"byline\">By Mina Farzan and Daniyar Omarov</p>"
            + "<p>The first train of the new grain corridor left the Kazakh border station on Tuesday with forty wagons of "
            + "wheat, railway officials said, a week later than planned because of customs paperwork.</p>"
            + "<p>Officials on both sides said two trains a week would follow from November, and that the route would "
            + "save about ten days compared with shipping the grain across the Caspian Sea.</p></article>"
            + "<footer>© Caspian Courier</footer></body></html>";

    @TempDir
    Path dir;

    private Path page;

    @BeforeEach
    void write() throws IOException {
        page = dir.resolve("saved-page.html");
        Files.writeString(page, PAGE);
    }

    @Test
    void jsonLinesCarryTheContractFields() throws IOException {
        Cli cli = Cli.run("extract", page.toString());
        assertEquals(0, cli.code(), cli.err());
        JsonNode record = new ObjectMapper().readTree(cli.out().lines().findFirst().orElseThrow());
        assertEquals("Grain corridor opens", record.get("title").asText());
        assertEquals(page.toString(), record.get("source").asText());
        assertTrue(record.get("published").isNull(), "no date anywhere on the page");
        assertTrue(record.get("text").asText().startsWith("The first train"), record.get("text").asText());
        assertEquals("complete", record.get("completeness").get("verdict").asText());
        assertEquals(1, cli.out().lines().count());
    }

    @Test
    void urlMapGivesTheAddressAndItsDate() throws IOException {
        Path map = dir.resolve("urls.tsv");
        Files.writeString(map, "# saved pages\nsaved-page.html\thttps://caspiancourier.example/2024/10/15/grain-corridor\n");
        Cli cli = Cli.run("extract", "--url-map", map.toString(), page.toString());
        assertEquals(0, cli.code(), cli.err());
        JsonNode record = new ObjectMapper().readTree(cli.out());
        assertEquals("https://caspiancourier.example/2024/10/15/grain-corridor", record.get("url").asText());
        assertEquals("2024-10-15", record.get("published").asText());
        assertEquals("url", record.get("published_evidence").get("signal").asText());
        // The address alone dates the page; the heading and the title agree on the headline.
        assertEquals("medium", record.get("published_evidence").get("confidence").asText());
        assertEquals("high", record.get("evidence").get("title").get("confidence").asText());
    }

    @Test
    void malformedUrlMapIsNamedWithItsLine() throws IOException {
        Path map = dir.resolve("urls.tsv");
        Files.writeString(map, "saved-page.html https://no-tab.example/\n");
        Cli cli = Cli.run("extract", "--url-map", map.toString(), page.toString());
        assertEquals(1, cli.code());
        assertEquals("synoptic: " + map + ":1: expected 'file name<TAB>URL'\n", cli.err());
    }

    @Test
    void markdownAndJsonFormats() throws IOException {
        Cli markdown = Cli.run("extract", "--format", "markdown", page.toString());
        assertTrue(markdown.out().startsWith("# Grain corridor opens\n\n"), markdown.out());
        Cli json = Cli.run("extract", "--format", "json", page.toString(), page.toString());
        assertEquals(2, new ObjectMapper().readTree(json.out()).size());
    }

    @Test
    void anInputWithNoArticleTextFailsWithItsReason() throws IOException {
        Path empty = dir.resolve("nav-only.html");
        Files.writeString(empty, "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Cli cli = Cli.run("extract", empty.toString());
        assertEquals(1, cli.code());
        assertEquals("synoptic: " + empty + ": no article text found (blocked: the page's HTML holds almost no text (4 letters):"
                + " its content is built by scripts or withheld)\n", cli.err());
        assertEquals("", cli.out());
    }
}
