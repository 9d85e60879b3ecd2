package org.synoptic.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.synoptic.Pipeline;
import org.synoptic.model.Input;

/** Test helpers: read through the public {@link Ingester} and check what came out. */
final class Inputs {

    private Inputs() {}

    static List<Input> read(String... locations) {
        return read(Pipeline.DEFAULT_MAX_BYTES, InputStream.nullInputStream(), locations);
    }

    static List<Input> read(long maxBytes, String... locations) {
        return read(maxBytes, InputStream.nullInputStream(), locations);
    }

    static List<Input> read(long maxBytes, InputStream stdin, String... locations) {
        try (Stream<Input> inputs = Ingester.create(maxBytes, stdin).read(List.of(locations))) {
            return inputs.toList();
        }
    }

    static Input.Document document(Input input) {
        return assertInstanceOf(Input.Document.class, input, () -> "expected a document, got " + input);
    }

    static Input.Document onlyDocument(List<Input> inputs) {
        assertEquals(1, inputs.size(), () -> "expected one input, got " + inputs);
        return document(inputs.get(0));
    }

    /** Asserts the single input is a failure with exactly this source and reason. */
    static void assertOnlyFailure(String source, String reason, List<Input> inputs) {
        assertEquals(List.of(new Input.Failure(source, reason)), inputs);
    }

    static Path resource(String name) {
        try {
            return Path.of(Inputs.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
