package org.synoptic.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.ingest.Inputs.document;
import static org.synoptic.ingest.Inputs.gzip;
import static org.synoptic.ingest.Inputs.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.Pipeline;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/** WARC archives, built here record by record: HTML responses become documents, the rest is skipped. */
class WarcReaderTest {

    private static final String FIRST = "<html><body><p>Harbour crane back in use.</p></body></html>";
    private static final String SECOND = "<html><body><p>Pilot boat renamed.</p></body></html>";

    @TempDir
    Path dir;

    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Target-URI: " + uri + "\r\n"
                + "WARC-Date: 2024-10-15T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + Math.abs(uri.hashCode()) + ">\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(UTF_8), block, "\r\n\r\n".getBytes(UTF_8));
    }

    private static byte[] response(String uri, String httpHead, byte[] body) {
        return record("response", uri, "application/http; msgtype=response",
                concat((httpHead + "\r\n\r\n").getBytes(ISO_8859_1), body));
    }

    private static byte[] html(String uri, String body) {
        return response(uri, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8", body.getBytes(UTF_8));
    }

    private static byte[] request(String uri) {
        return record("request", uri, "application/http; msgtype=request",
                ("GET / HTTP/1.1\r\nHost: port.example\r\n\r\n").getBytes(UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] archive() {
        byte[] info = record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(UTF_8));
        byte[] image = response("https://port.example/crane.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        return concat(info, request("https://port.example/crane"), html("https://port.example/crane", FIRST),
                image, html("<https://port.example/pilot>", SECOND));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    private static void assertTwoDocuments(String source, List<Input> inputs) {
        assertEquals(2, inputs.size(), inputs::toString);
        Input.Document first = document(inputs.get(0));
        assertEquals(new Input.Document(source + "#3", ContentType.HTML, FIRST,
                Hints.NONE.withUrl("https://port.example/crane").withFetched(Instant.parse("2024-10-15T10:00:00Z"))), first);
        assertEquals(Optional.of("https://port.example/crane"), first.hints().url());
        Input.Document second = document(inputs.get(1));
        assertEquals(source + "#5", second.source());
        assertEquals(SECOND, second.content());
        assertEquals(Optional.of("https://port.example/pilot"), second.hints().url());
    }

    @Test
    void responseRecordsWithHtmlBecomeDocuments() throws IOException {
        String path = write("crawl.warc", archive());
        assertTwoDocuments(path, read(path));
    }

    @Test
    void gzippedArchiveWithOneMemberPerRecordIsRead() throws IOException {
        byte[] members = concat(gzip(request("https://port.example/crane")), gzip(html("https://port.example/crane", FIRST)),
                gzip(request("https://port.example/pilot")), gzip(html("https://port.example/pilot", SECOND)));
        String path = write("crawl.warc.gz", members);
        List<Input> inputs = read(path);
        assertEquals(List.of(path + "#2", path + "#4"), inputs.stream().map(Input::source).toList());
        assertEquals(SECOND, document(inputs.get(1)).content());
    }

    @Test
    void standardInputIsSniffedAsWarc() {
        List<Input> inputs = read(Pipeline.DEFAULT_MAX_BYTES, new ByteArrayInputStream(gzip(archive())), "-");
        assertTwoDocuments("-", inputs);
    }

    @Test
    void anUnreadableWarcDateGivesNoFetchTime() throws IOException {
        String warc = new String(html("https://port.example/crane", FIRST), UTF_8).replace("2024-10-15T10:00:00Z", "last Tuesday");
        Input.Document read = Inputs.onlyDocument(read(write("undated.warc", warc.getBytes(UTF_8))));
        assertEquals(Optional.empty(), read.hints().fetched());
        assertEquals(Optional.of("https://port.example/crane"), read.hints().url());
    }

    @Test
    void httpHeaderCharsetDecodesTheBody() throws IOException {
        String page = "<html><body>Café at the dock</body></html>";
        byte[] warc = response("https://port.example/cafe", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1",
                page.getBytes(ISO_8859_1));
        assertEquals(page, Inputs.onlyDocument(read(write("latin.warc", warc))).content());
    }

    @Test
    void chunkedAndGzippedBodiesAreUndone() throws IOException {
        byte[] zipped = gzip(FIRST.getBytes(UTF_8));
        byte[] chunked = concat(
                (Integer.toHexString(10) + "\r\n").getBytes(UTF_8), Arrays.copyOfRange(zipped, 0, 10), "\r\n".getBytes(UTF_8),
                (Integer.toHexString(zipped.length - 10) + "\r\n").getBytes(UTF_8),
                Arrays.copyOfRange(zipped, 10, zipped.length), "\r\n0\r\n\r\n".getBytes(UTF_8));
        byte[] warc = response("https://port.example/z", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + "Transfer-Encoding: chunked\r\nContent-Encoding: gzip", chunked);
        assertEquals(FIRST, Inputs.onlyDocument(read(write("coded.warc", warc))).content());
    }

    @Test
    void errorPagesAreSkipped() throws IOException {
        byte[] warc = concat(response("https://port.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html",
                "<html>missing</html>".getBytes(UTF_8)), html("https://port.example/crane", FIRST));
        String path = write("mixed.warc", warc);
        assertEquals(List.of(path + "#2"), read(path).stream().map(Input::source).toList());
    }

    @Test
    void bodyOverTheLimitFailsThatRecordOnly() throws IOException {
        String big = "<html><body>" + "z".repeat(1200) + "</body></html>";
        String path = write("big.warc", concat(html("https://port.example/big", big), html("https://port.example/crane", FIRST)));
        List<Input> inputs = read(1000, path);
        assertEquals(new Input.Failure(path + "#1", "too large: " + big.length() + " bytes, over the limit of 1000 bytes (--max-bytes)"),
                inputs.get(0));
        assertEquals(FIRST, document(inputs.get(1)).content());
    }

    @Test
    void truncatedRecordFailsAndEndsTheFile() throws IOException {
        byte[] whole = html("https://port.example/crane", FIRST);
        byte[] cut = Arrays.copyOf(html("https://port.example/pilot", SECOND), 300);
        String path = write("cut.warc", concat(whole, cut));
        List<Input> inputs = read(path);
        assertEquals(2, inputs.size());
        assertEquals(FIRST, document(inputs.get(0)).content());
        assertEquals(new Input.Failure(path + "#2",
                "malformed WARC record: truncated: the input ends before Content-Length bytes of content"), inputs.get(1));
    }

    @Test
    void garbageWhereARecordShouldStartEndsTheFile() throws IOException {
        String path = write("junk.warc", concat(html("https://port.example/crane", FIRST), "not a record\r\n".getBytes(UTF_8)));
        List<Input> inputs = read(path);
        assertEquals(new Input.Failure(path + "#2", "malformed WARC record: expected a WARC/1.x version line"), inputs.get(1));
    }

    @Test
    void missingContentLengthIsMalformed() throws IOException {
        String path = write("nolength.warc", "WARC/1.0\r\nWARC-Type: response\r\n\r\nbody".getBytes(UTF_8));
        Inputs.assertOnlyFailure(path + "#1", "malformed WARC record: missing or invalid Content-Length", read(path));
    }
}
