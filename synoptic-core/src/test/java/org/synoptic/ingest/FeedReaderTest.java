package org.synoptic.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.synoptic.ingest.Inputs.assertOnlyFailure;
import static org.synoptic.ingest.Inputs.document;
import static org.synoptic.ingest.Inputs.read;
import static org.synoptic.ingest.Inputs.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.Pipeline;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/** RSS 2.0 and Atom feeds: one document per item, hints from the feed, and refusals. */
class FeedReaderTest {

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void rssItemsBecomeHtmlDocumentsWithHints() {
        String path = resource("harbour.rss").toString();
        List<Input> inputs = read(path);
        assertEquals(2, inputs.size());
        assertEquals(new Input.Document(path + "#1", ContentType.HTML,
                "<p>The ferry between Tarsk and Olvin carried passengers again on Tuesday after six weeks of hull repairs.</p>",
                new Hints(Optional.empty(), Optional.of("https://gazette.example/2024/10/ferry"),
                        Optional.of("Ferry to Olvin sails again"), Optional.of("Mira Tansel"),
                        Optional.of("Harbour Gazette"), Optional.of(LocalDate.of(2024, 10, 15)))),
                inputs.get(0));
        Input.Document second = document(inputs.get(1));
        assertEquals(path + "#2", second.source());
        assertEquals("<p>Councillors approved new lamps for the north pier &amp; the slipway.</p>", second.content());
        assertEquals(Optional.of("desk@gazette.example"), second.hints().author());
        assertEquals(Optional.of(LocalDate.of(2024, 10, 16)), second.hints().published());
    }

    @Test
    void atomEntriesReadEachContentType() {
        String path = resource("lighthouse.atom").toString();
        List<Input> inputs = read(path);
        assertEquals(3, inputs.size());
        assertEquals(new Input.Document(path + "#1", ContentType.HTML,
                "<p>The keeper of the Skerry light handed over the keys on Thursday.</p>",
                new Hints(Optional.empty(), Optional.of("https://lighthouse.example/keeper"),
                        Optional.of("Keeper retires after thirty winters"), Optional.of("Dara Quell"),
                        Optional.of("Lighthouse Weekly"), Optional.of(LocalDate.of(2024, 10, 17)))),
                inputs.get(0));
        Input.Document xhtml = document(inputs.get(1));
        assertEquals("<div><p>The horn sounded <em>twice</em> at dawn &amp; dusk.</p></div>", xhtml.content());
        assertEquals(Optional.of("https://lighthouse.example/fog"), xhtml.hints().url());
        assertEquals(Optional.of(LocalDate.of(2024, 10, 18)), xhtml.hints().published());
        assertEquals("Low water at 5 &lt; 6 o'clock.", document(inputs.get(2)).content());
    }

    @Test
    void xmlExtensionAndStandardInputAreSniffed() throws IOException {
        String feed = Files.readString(resource("harbour.rss"));
        String path = write("feed.xml", feed);
        assertEquals(List.of(path + "#1", path + "#2"), read(path).stream().map(Input::source).toList());
        List<Input> piped = read(Pipeline.DEFAULT_MAX_BYTES, new ByteArrayInputStream(feed.getBytes(UTF_8)), "-");
        assertEquals(List.of("-#1", "-#2"), piped.stream().map(Input::source).toList());
    }

    @Test
    void xmlThatIsNotAFeedIsRefused() throws IOException {
        String path = write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url/></urlset>");
        assertOnlyFailure(path, "unsupported XML: not an RSS 2.0 or Atom feed (root element <urlset>)", read(path));
    }

    @Test
    void malformedFeedKeepsEarlierItemsThenFailsOnce() throws IOException {
        String path = write("broken.rss", """
                <rss version="2.0"><channel><title>Bay Post</title>
                <item><title>Whole</title><description>Fine item.</description></item>
                <item><title>Cut off</description></item>
                <item><title>Never reached</title></item>
                </channel></rss>
                """);
        List<Input> inputs = read(path);
        assertEquals(2, inputs.size());
        assertEquals("Fine item.", document(inputs.get(0)).content());
        assertEquals(new Input.Failure(path, "malformed feed: The element type \"title\" must be terminated by the "
                + "matching end-tag \"</title>\". (line 3, column 23)"), inputs.get(1));
    }

    @Test
    void externalEntityIsNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String path = write("xxe.rss", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss><channel><item><title>t</title><description>&leak;</description></item></channel></rss>\n");
        List<Input> inputs = read(path);
        assertFalse(inputs.toString().contains("TOP-SECRET-VALUE"));
        assertOnlyFailure(path, "malformed feed: The entity \"leak\" was referenced, but not declared. (line 3, column 56)", inputs);
    }

    @Test
    void declaredLatin1EncodingIsHonoured() throws IOException {
        Path file = dir.resolve("latin.rss");
        Files.write(file, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel>"
                + "<item><description>Señora Müller</description></item></channel></rss>").getBytes(ISO_8859_1));
        assertEquals("Señora Müller", Inputs.onlyDocument(read(file.toString())).content());
    }

    @Test
    void invalidUtf8InAFeedIsRefusedWithItsOffset() throws IOException {
        Path file = dir.resolve("bad.rss");
        byte[] bytes = "<rss><channel><title>B?d</title></channel></rss>".getBytes(ISO_8859_1);
        bytes[22] = (byte) 0xFF;
        Files.write(file, bytes);
        assertOnlyFailure(file.toString(), "not valid UTF-8 (byte offset 22); declare the charset or convert the file",
                read(file.toString()));
    }

    @Test
    void itemOverTheLimitFailsAloneAndTheFeedGoesOn() throws IOException {
        String path = write("big.rss", "<rss><channel><item><description>" + "x".repeat(3000)
                + "</description></item><item><description>small</description></item></channel></rss>");
        List<Input> inputs = read(1000, path);
        assertEquals(new Input.Failure(path + "#1", "too large: over the limit of 1000 bytes (--max-bytes)"), inputs.get(0));
        assertEquals("small", document(inputs.get(1)).content());
    }

    @Test
    void truncatedGzipFeedKeepsEarlierItemsAndNamesTheDamage() throws IOException {
        byte[] zipped = Inputs.gzip(Files.readAllBytes(resource("harbour.rss")));
        Path file = dir.resolve("cut.rss.gz");
        Files.write(file, java.util.Arrays.copyOf(zipped, zipped.length - 200));
        List<Input> inputs = read(file.toString());
        assertEquals(new Input.Failure(file.toString(), "corrupt gzip data: Unexpected end of ZLIB input stream"),
                inputs.get(inputs.size() - 1));
    }

    @Test
    void feedWithoutItemsYieldsNothing() throws IOException {
        String path = write("quiet.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>");
        assertEquals(List.of(), read(path));
    }
}
