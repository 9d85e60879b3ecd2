package org.synoptic.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.synoptic.ingest.Inputs.assertOnlyFailure;
import static org.synoptic.ingest.Inputs.gzip;
import static org.synoptic.ingest.Inputs.onlyDocument;
import static org.synoptic.ingest.Inputs.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.Pipeline;
import org.synoptic.model.ContentType;
import org.synoptic.model.Input;

/** What locations expand to: directories, globs, standard input, and names that are not there. */
class LocationsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> sources(List<Input> inputs) {
        return inputs.stream().map(Input::source).toList();
    }

    @Test
    void directoryIsWalkedRecursivelyInSortedOrderSkippingHidden() throws IOException {
        write("b.txt", "Second file.");
        write("a.txt", "First file.");
        write("sub/c.html", "<html><body>Nested page.</body></html>");
        write("sub/deeper/d.txt", "Deepest file.");
        write(".hidden.txt", "Not read.");
        write(".git/config.txt", "Not read either.");
        List<Input> inputs = read(dir.toString());
        assertEquals(List.of(
                dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(),
                dir.resolve("sub/c.html").toString(),
                dir.resolve("sub/deeper/d.txt").toString()), sources(inputs));
        assertEquals(ContentType.HTML, Inputs.document(inputs.get(2)).type());
    }

    @Test
    void emptyDirectorySaysSo() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        write("empty/.only-hidden", "x");
        assertOnlyFailure(empty.toString(), "no files in directory", read(empty.toString()));
    }

    @Test
    void globMatchesWithinItsDirectoryInSortedOrder() throws IOException {
        write("corpus/z.html", "<html>z</html>");
        write("corpus/a.html", "<html>a</html>");
        write("corpus/notes.txt", "not matched");
        write("corpus/sub/deep.html", "<html>too deep for *</html>");
        List<Input> inputs = read(dir + "/corpus/*.html");
        assertEquals(List.of(dir + "/corpus/a.html", dir + "/corpus/z.html"), sources(inputs));
    }

    @Test
    void doubleStarGlobDescendsAndIncludesTheTopLevel() throws IOException {
        write("top.txt", "top");
        write("x/mid.txt", "middle");
        write("x/y/low.txt", "low");
        write("x/y/skip.html", "<html>no</html>");
        List<Input> inputs = read(dir + "/**/*.txt");
        assertEquals(List.of(dir + "/top.txt", dir + "/x/mid.txt", dir + "/x/y/low.txt"), sources(inputs));
    }

    @Test
    void relativeGlobNamesFilesRelativeToTheWorkingDirectory() {
        // Tests run in the module directory, which has exactly one pom.xml at its top.
        List<Target> targets = new java.util.ArrayList<>();
        Locations.expand("*.xml").forEachRemaining(targets::add);
        assertEquals(List.of(new Target.File(Path.of("pom.xml"), "pom.xml")), targets);
    }

    @Test
    void globMatchingNothingFailsOnce() throws IOException {
        write("only.txt", "text");
        String pattern = dir + "/*.warc";
        assertOnlyFailure(pattern, "no file matches", read(pattern));
        String missingDirectory = dir + "/nowhere/*.txt";
        assertOnlyFailure(missingDirectory, "no file matches", read(missingDirectory));
    }

    @Test
    void existingNameWithGlobCharactersIsTakenLiterally() throws IOException {
        Path odd = write("report[1].txt", "Bracketed name.");
        assertEquals("Bracketed name.", onlyDocument(read(odd.toString())).content());
    }

    @Test
    void missingPathFails() {
        String missing = dir.resolve("absent.html").toString();
        assertOnlyFailure(missing, "no such file or directory", read(missing));
    }

    @Test
    void pathThroughAFileIsMissing() throws IOException {
        String through = write("plain.txt", "text") + "/inner.txt";
        assertOnlyFailure(through, "no such file or directory", read(through));
    }

    @Test
    void unreadableFileFailsWhenNotRoot() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can read anything");
        Path file = write("secret.txt", "hidden");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertOnlyFailure(file.toString(), "cannot read: permission denied", read(file.toString()));
    }

    @Test
    void ioErrorsBecomeOneLineReasons() {
        assertEquals("no such file or directory", Reasons.of(new NoSuchFileException("/x")));
        assertEquals("cannot read: permission denied", Reasons.of(new AccessDeniedException("/x")));
        assertEquals("corrupt gzip data: Unexpected end of ZLIB input stream",
                Reasons.of(new EOFException("Unexpected end of ZLIB input stream")));
        assertEquals("cannot read: Input/output error", Reasons.of(new IOException("Input/output\nerror")));
        assertEquals("cannot read: IOException", Reasons.of(new IOException()));
    }

    @Test
    void dashReadsStandardInputAndSniffsIt() {
        byte[] page = "<!DOCTYPE html><html><body>From a pipe.</body></html>".getBytes(UTF_8);
        Input.Document document = onlyDocument(read(Pipeline.DEFAULT_MAX_BYTES, new ByteArrayInputStream(page), "-"));
        assertEquals("-", document.source());
        assertEquals(ContentType.HTML, document.type());
    }

    @Test
    void gzippedStandardInputIsDecompressed() {
        byte[] text = gzip("Plain words through gzip.".getBytes(UTF_8));
        Input.Document document = onlyDocument(read(Pipeline.DEFAULT_MAX_BYTES, new ByteArrayInputStream(text), "-"));
        assertEquals(new Input.Document("-", ContentType.TEXT, "Plain words through gzip.", document.hints()), document);
    }

    @Test
    void standardInputIsReadOnlyOnce() {
        byte[] text = "Once.".getBytes(UTF_8);
        List<Input> inputs = read(Pipeline.DEFAULT_MAX_BYTES, new ByteArrayInputStream(text), "-", "-");
        assertEquals(new Input.Failure("-", "standard input was already read"), inputs.get(1));
    }

    @Test
    void filesAreOpenedOnlyWhenPulled() throws IOException {
        write("1.txt", "one");
        write("2.txt", "two");
        Path third = write("3.txt", "three");
        try (Stream<Input> inputs = Ingester.create(1000, java.io.InputStream.nullInputStream()).read(List.of(dir.toString()))) {
            Iterator<Input> pulled = inputs.iterator();
            assertEquals("one", Inputs.document(pulled.next()).content());
            Files.writeString(third, "three, rewritten after the batch began");
            assertEquals("two", Inputs.document(pulled.next()).content());
            assertEquals("three, rewritten after the batch began", Inputs.document(pulled.next()).content());
            assertFalse(pulled.hasNext());
        }
    }

    @Test
    void batchGoesOnPastFailuresInTheOrderGiven() throws IOException {
        Path good = write("good.txt", "Fine text.");
        List<Input> inputs = read(dir + "/missing.txt", good.toString(), dir + "/*.none");
        assertEquals(List.of(dir + "/missing.txt", good.toString(), dir + "/*.none"), sources(inputs));
    }
}
