package org.synoptic.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.ingest.Inputs.assertOnlyFailure;
import static org.synoptic.ingest.Inputs.gzip;
import static org.synoptic.ingest.Inputs.onlyDocument;
import static org.synoptic.ingest.Inputs.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/** One-document files: text and HTML, plain or gzipped, and every way they can be refused. */
class WholeFileTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Quay</title></head><body><p>Nets dried on the quay.</p></body></html>";

    @TempDir
    Path dir;

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(UTF_8));
    }

    @Test
    void textFileIsOneTextDocumentNamedAsGiven() throws IOException {
        String path = write("note.txt", "Gulls nested on the old customs house.\n");
        Input.Document document = onlyDocument(read(path));
        assertEquals(new Input.Document(path, ContentType.TEXT, "Gulls nested on the old customs house.\n", Hints.NONE), document);
    }

    @Test
    void htmlFileIsOneHtmlDocument() throws IOException {
        String path = write("quay.html", PAGE);
        assertEquals(new Input.Document(path, ContentType.HTML, PAGE, Hints.NONE), onlyDocument(read(path)));
    }

    @Test
    void gzippedHtmlIsDecompressedAndKeepsItsName() throws IOException {
        String path = write("quay.html.gz", gzip(PAGE.getBytes(UTF_8)));
        Input.Document document = onlyDocument(read(path));
        assertEquals(path, document.source());
        assertEquals(ContentType.HTML, document.type());
        assertEquals(PAGE, document.content());
    }

    @Test
    void unknownExtensionIsSniffed() throws IOException {
        String html = write("page.bin", "\n  <!doctype html><p>Sniffed as a page.</p>");
        String text = write("README", "Just words, no markup.");
        assertEquals(ContentType.HTML, onlyDocument(read(html)).type());
        assertEquals(ContentType.TEXT, onlyDocument(read(text)).type());
    }

    @Test
    void declaredLatin1CharsetDecodesAccents() throws IOException {
        String page = "<html><head><meta charset=\"ISO-8859-1\"><title>Café</title></head><body>Señora Müller</body></html>";
        String path = write("latin.html", page.getBytes(ISO_8859_1));
        assertEquals(page, onlyDocument(read(path)).content());
    }

    @Test
    void httpEquivCharsetIsHonoured() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>Привет</body></html>";
        String path = write("cyrillic.htm", page.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        assertTrue(onlyDocument(read(path)).content().contains("Привет"));
    }

    @Test
    void aPageDeclaringALegacyCharsetButWrittenInUtf8IsReadAsUtf8() throws IOException {
        String western = "<html><head><meta charset=\"windows-1252\"><title>«Tatort» aus München</title></head></html>";
        assertEquals(western, onlyDocument(read(write("western.html", western.getBytes(UTF_8)))).content());
        String korean = "<html><head><meta charset=\"euc-kr\"><title>성금 기탁 줄 잇는다</title></head></html>";
        assertEquals(korean, onlyDocument(read(write("korean.html", korean.getBytes(UTF_8)))).content());
    }

    @Test
    void unknownDeclaredCharsetFallsBackToStrictUtf8() throws IOException {
        String page = "<html><meta charset=\"no-such-charset\"><body>Zoë</body></html>";
        assertEquals(page, onlyDocument(read(write("odd.html", page))).content());
    }

    @Test
    void byteOrderMarkWinsOverEverything() throws IOException {
        byte[] text = "Tide at dawn".getBytes(UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        assertEquals("Tide at dawn", onlyDocument(read(write("wide.txt", bytes))).content());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() throws IOException {
        String empty = write("empty.txt", new byte[0]);
        String blank = write("blank.html", " \n\t\r\n");
        assertOnlyFailure(empty, "empty file", read(empty));
        assertOnlyFailure(blank, "empty file", read(blank));
    }

    @Test
    void binaryMagicIsNamed() throws IOException {
        String png = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        String pdf = write("paper", "%PDF-1.7\nrest".getBytes(ISO_8859_1));
        assertOnlyFailure(png, "binary content, not text (looks like PNG)", read(png));
        assertOnlyFailure(pdf, "binary content, not text (looks like PDF)", read(pdf));
    }

    @Test
    void nulBytesMeanBinary() throws IOException {
        String path = write("data.html", new byte[] {'<', 'p', '>', 0, 1, 2, 'x'});
        assertOnlyFailure(path, "binary content, not text (contains NUL bytes)", read(path));
    }

    @Test
    void invalidUtf8IsRefusedWithItsOffset() throws IOException {
        byte[] bytes = "Caf? au lait".getBytes(ISO_8859_1);
        bytes[3] = (byte) 0xE9;
        String path = write("menu.txt", bytes);
        assertOnlyFailure(path, "not valid UTF-8 (byte offset 3); declare the charset or convert the file", read(path));
    }

    @Test
    void fileOverTheLimitIsRefusedWithItsSize() throws IOException {
        byte[] bytes = new byte[1500];
        Arrays.fill(bytes, (byte) 'a');
        String path = write("long.txt", bytes);
        assertOnlyFailure(path, "too large: 1500 bytes, over the limit of 1000 bytes (--max-bytes)", read(1000, path));
        assertEquals(ContentType.TEXT, onlyDocument(read(1500, path)).type());
    }

    @Test
    void gzippedFileIsMeasuredAfterDecompression() throws IOException {
        byte[] bytes = new byte[5000];
        Arrays.fill(bytes, (byte) 'b');
        String path = write("long.txt.gz", gzip(bytes));
        assertTrue(Files.size(Path.of(path)) < 1000);
        assertOnlyFailure(path, "too large: over the limit of 1000 bytes (--max-bytes)", read(1000, path));
    }

    @Test
    void truncatedGzipIsCorrupt() throws IOException {
        byte[] zipped = gzip(PAGE.getBytes(UTF_8));
        String path = write("cut.html.gz", Arrays.copyOf(zipped, zipped.length - 12));
        assertOnlyFailure(path, "corrupt gzip data: Unexpected end of ZLIB input stream", read(path));
    }

    @Test
    void fiftyMegabyteHtmlIsRefusedQuicklyUnderTheDefaultLimit() throws IOException {
        Path file = dir.resolve("huge.html");
        byte[] block = "<p>filler paragraph for size</p>\n".repeat(2000).getBytes(UTF_8);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<!DOCTYPE html><html><body>\n".getBytes(UTF_8));
            size += 28;
            while (size < 50L * 1024 * 1024) {
                out.write(block);
                size += block.length;
            }
        }
        long expected = Files.size(file);
        String reason = "too large: " + expected + " bytes, over the limit of 16777216 bytes (--max-bytes)";
        assertOnlyFailure(file.toString(), reason,
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(file.toString())));
    }
}
