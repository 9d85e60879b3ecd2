package org.synoptic.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.ingest.Inputs.assertOnlyFailure;
import static org.synoptic.ingest.Inputs.document;
import static org.synoptic.ingest.Inputs.read;
import static org.synoptic.ingest.Inputs.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/** JSON Lines: one document per line, and a bad line fails alone. */
class JsonlReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyLineIsADocumentOrItsOwnFailure() {
        String path = resource("articles.jsonl").toString();
        List<Input> inputs = read(path);
        assertEquals(List.of(
                new Input.Document(path + ":1", ContentType.TEXT, "The old bridge over the Vell reopened to carts on Friday.",
                        new Hints(Optional.of("gz-101"), Optional.of("https://gazette.example/a"), Optional.of("Bridge reopens"),
                                Optional.of("Mira Tansel"), Optional.of("Harbour Gazette"), Optional.of(LocalDate.of(2024, 10, 11)),
                                Optional.of(Instant.parse("2024-10-12T06:00:00Z")))),
                new Input.Document(path + ":3", ContentType.HTML, "<p>The fish market moved to the east quay.</p>",
                        new Hints(Optional.of("102"), Optional.empty(), Optional.of("Market moves"),
                                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2024, 10, 12)))),
                new Input.Failure(path + ":4", "invalid JSON: Unrecognized token 'oops': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                new Input.Failure(path + ":5", "missing \"text\""),
                new Input.Failure(path + ":6", "invalid JSON: expected an object, found array"),
                new Input.Document(path + ":7", ContentType.TEXT, "Snow closed the mountain pass for a day.",
                        new Hints(Optional.of("gz-105"), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.empty()))),
                inputs);
    }

    @Test
    void trailingGarbageAfterTheObjectIsInvalid() throws IOException {
        Path file = dir.resolve("trailing.ndjson");
        Files.writeString(file, "{\"text\": \"ok\"} {\"text\": \"second object on the same line\"}\n");
        List<Input> inputs = read(file.toString());
        assertEquals(1, inputs.size());
        Input.Failure failure = (Input.Failure) inputs.get(0);
        assertEquals(file + ":1", failure.source());
        assertEquals(true, failure.reason().startsWith("invalid JSON: Trailing token"), failure.reason());
    }

    @Test
    void lineOverTheLimitFailsAloneWithItsLength() throws IOException {
        Path file = dir.resolve("long.jsonl");
        String big = "{\"text\": \"" + "y".repeat(2000) + "\"}";
        Files.writeString(file, big + "\n{\"text\": \"short\"}\n");
        List<Input> inputs = read(1000, file.toString());
        assertEquals(new Input.Failure(file + ":1", "too large: " + big.length() + " bytes, over the limit of 1000 bytes (--max-bytes)"),
                inputs.get(0));
        assertEquals("short", document(inputs.get(1)).content());
    }

    @Test
    void invalidUtf8InALineFailsThatLine() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        byte[] bad = "{\"text\": \"caf?\"}\n{\"text\": \"fine\"}\n".getBytes(ISO_8859_1);
        bad[13] = (byte) 0xE9;
        Files.write(file, bad);
        List<Input> inputs = read(file.toString());
        assertEquals(new Input.Failure(file + ":1", "not valid UTF-8 (byte offset 13); declare the charset or convert the file"),
                inputs.get(0));
        assertEquals("fine", document(inputs.get(1)).content());
    }

    @Test
    void fileOfBlankLinesIsEmpty() throws IOException {
        Path file = dir.resolve("blank.jsonl");
        Files.writeString(file, "\n\n   \n" + " ".repeat(9000) + "\n");
        assertOnlyFailure(file.toString(), "empty file", read(file.toString()));
    }
}
