package org.synoptic.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * JSON Lines: one article per non-blank line, an object with {@code text} (or {@code html})
 * and optional {@code id}, {@code url}, {@code title}, {@code author}, {@code outlet},
 * {@code published} and {@code fetched} (when the page was fetched, ISO 8601). A bad line fails
 * alone, named {@code path:LINE}, and the file goes on. Lines must be UTF-8 (as JSON requires);
 * the size limit applies to each line.
 */
final class JsonlReader implements Cursor {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;
    private final LineInput lines;
    private final long limit;
    private int lineNumber;
    private boolean sawContent;
    private boolean done;

    JsonlReader(String source, InputStream in, long limit) {
        this.source = source;
        this.lines = new LineInput(in);
        this.limit = limit;
    }

    @Override
    public Optional<Input> next() {
        while (!done) {
            Optional<LineInput.Line> line;
            try {
                line = lines.line((int) limit);
            } catch (IOException e) {
                close();
                return Optional.of(new Input.Failure(source, Reasons.of(e)));
            }
            if (line.isEmpty()) {
                close();
                return sawContent ? Optional.empty() : Optional.of(new Input.Failure(source, Reasons.EMPTY));
            }
            lineNumber++;
            LineInput.Line current = line.get();
            if (!current.overLimit() && Decoding.isBlank(current.bytes(), current.bytes().length)) {
                continue;
            }
            sawContent = true;
            return Optional.of(parse(current));
        }
        return Optional.empty();
    }

    private Input parse(LineInput.Line line) {
        String where = source + ":" + lineNumber;
        if (line.overLimit()) {
            return new Input.Failure(where, Reasons.tooLarge(line.length(), limit));
        }
        try {
            int from = lineNumber == 1 && Decoding.startsWith(line.bytes(), 0xEF, 0xBB, 0xBF) ? 3 : 0;
            JsonNode node = JSON.readTree(Decoding.strictUtf8(line.bytes(), from));
            if (!node.isObject()) {
                return new Input.Failure(where, Reasons.invalidJson(
                        "expected an object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT)));
            }
            return document(where, node);
        } catch (Refusal refusal) {
            return new Input.Failure(where, refusal.reason());
        } catch (JsonProcessingException e) {
            return new Input.Failure(where, Reasons.invalidJson(e.getOriginalMessage()));
        }
    }

    private static Input document(String where, JsonNode node) {
        Optional<String> text = string(node, "text");
        Optional<String> html = string(node, "html");
        if (text.isEmpty() && html.isEmpty()) {
            return new Input.Failure(where, Reasons.MISSING_TEXT);
        }
        Hints hints = new Hints(
                string(node, "id"),
                string(node, "url"),
                string(node, "title"),
                string(node, "author"),
                string(node, "outlet"),
                string(node, "published").flatMap(Dates::parse),
                string(node, "fetched").flatMap(Dates::instant));
        return text.isPresent()
                ? new Input.Document(where, ContentType.TEXT, text.get(), hints)
                : new Input.Document(where, ContentType.HTML, html.get(), hints);
    }

    /** A string field, or a number written as one (ids often are); empty when absent or blank. */
    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() && !value.isNumber()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    @Override
    public void close() {
        done = true;
        try {
            lines.close();
        } catch (IOException ignored) {
            // Closing after the last line or a reported failure: nothing left to tell the user.
        }
    }
}
