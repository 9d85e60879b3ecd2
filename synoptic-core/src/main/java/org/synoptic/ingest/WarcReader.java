package org.synoptic.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * A small WARC 1.0/1.1 reader: each record is a version line, header lines, a blank line and
 * {@code Content-Length} bytes of block. Only {@code response} records with a successful HTML
 * HTTP response become documents ({@code path#N}, N counting every record from 1), with the
 * record's target URI and its {@code WARC-Date} (the fetch time) as hints; every other record is
 * skipped unread. Framing errors end the file with one failure, since the next record
 * cannot be found once a length is wrong; a bad HTTP response inside intact framing fails alone.
 */
final class WarcReader implements Cursor {

    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_HEADER_LINES = 256;
    /** How much of a block may hold the HTTP status line and headers. */
    private static final int MAX_HTTP_HEAD = 64 * 1024;

    private final String source;
    private final LineInput in;
    private final long limit;
    private int index;
    private boolean done;

    WarcReader(String source, InputStream in, long limit) {
        this.source = source;
        this.in = new LineInput(in);
        this.limit = limit;
    }

    @Override
    public Optional<Input> next() {
        while (!done) {
            index++;
            try {
                Optional<Map<String, String>> headers = headers();
                if (headers.isEmpty()) {
                    close();
                    return Optional.empty();
                }
                Optional<Input> record = record(headers.get());
                if (record.isPresent()) {
                    return record;
                }
            } catch (Refusal refusal) {
                close();
                return Optional.of(new Input.Failure(source + "#" + index, Reasons.malformedWarc(refusal.reason())));
            } catch (IOException e) {
                close();
                return Optional.of(new Input.Failure(source + "#" + index, Reasons.of(e)));
            }
        }
        return Optional.empty();
    }

    /** The next record's headers (names lower-cased), or empty at a clean end of input. */
    private Optional<Map<String, String>> headers() throws IOException, Refusal {
        Optional<LineInput.Line> version = in.line(MAX_HEADER_LINE);
        // Records end with a blank line pair; tolerate any number of blank lines between them.
        while (version.isPresent() && !version.get().overLimit() && version.get().bytes().length == 0) {
            version = in.line(MAX_HEADER_LINE);
        }
        if (version.isEmpty()) {
            return Optional.empty();
        }
        if (!text(version.get()).startsWith("WARC/")) {
            throw new Refusal("expected a WARC/1.x version line");
        }
        Map<String, String> headers = new HashMap<>();
        for (int count = 0; ; count++) {
            Optional<LineInput.Line> line = in.line(MAX_HEADER_LINE);
            if (line.isEmpty()) {
                throw new Refusal("truncated: the input ends in the header block");
            }
            if (line.get().overLimit() || count == MAX_HEADER_LINES) {
                throw new Refusal("header block too long");
            }
            String text = text(line.get());
            if (text.isEmpty()) {
                return Optional.of(headers);
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1).strip());
            }
        }
    }

    private Optional<Input> record(Map<String, String> headers) throws IOException, Refusal {
        long length = contentLength(headers);
        boolean http = headers.getOrDefault("content-type", "application/http").toLowerCase(Locale.ROOT).startsWith("application/http");
        if (!http || !headers.getOrDefault("warc-type", "").equalsIgnoreCase("response")) {
            skipBlock(length);
            return Optional.empty();
        }
        byte[] head = in.bytes((int) Math.min(length, MAX_HTTP_HEAD));
        if (head.length < Math.min(length, MAX_HTTP_HEAD)) {
            throw truncated();
        }
        long rest = length - head.length;
        String where = source + "#" + index;
        Optional<HttpResponse> response = HttpResponse.parse(head);
        if (response.isEmpty() || !response.get().isSuccess() || !response.get().isHtml()) {
            skipBlock(rest);
            return response.isEmpty()
                    ? Optional.of(new Input.Failure(where, "malformed HTTP response: no status line or no end of headers"))
                    : Optional.empty();
        }
        long bodyLength = length - response.get().bodyOffset();
        if (bodyLength > limit) {
            skipBlock(rest);
            return Optional.of(new Input.Failure(where, Reasons.tooLarge(bodyLength, limit)));
        }
        byte[] tail = in.bytes((int) rest);
        if (tail.length < rest) {
            throw truncated();
        }
        byte[] body = new byte[(int) bodyLength];
        int fromHead = head.length - response.get().bodyOffset();
        System.arraycopy(head, response.get().bodyOffset(), body, 0, fromHead);
        System.arraycopy(tail, 0, body, fromHead, tail.length);
        return Optional.of(document(where, response.get(), body, headers));
    }

    private Input document(String where, HttpResponse response, byte[] body, Map<String, String> headers) {
        try {
            byte[] decoded = response.decodeBody(body, limit);
            String html = Decoding.decode(decoded, ContentType.HTML, response.charset());
            if (html.isBlank()) {
                return new Input.Failure(where, Reasons.EMPTY_RECORD);
            }
            String uri = headers.getOrDefault("warc-target-uri", "").replaceAll("^<|>$", "");
            Hints located = uri.isEmpty() ? Hints.NONE : Hints.NONE.withUrl(uri);
            Hints hints = Dates.instant(headers.getOrDefault("warc-date", "")).map(located::withFetched).orElse(located);
            return new Input.Document(where, ContentType.HTML, html, hints);
        } catch (Refusal refusal) {
            return new Input.Failure(where, refusal.reason());
        }
    }

    private static long contentLength(Map<String, String> headers) throws Refusal {
        try {
            long length = Long.parseLong(headers.getOrDefault("content-length", ""));
            if (length < 0) {
                throw new NumberFormatException();
            }
            return length;
        } catch (NumberFormatException e) {
            throw new Refusal("missing or invalid Content-Length");
        }
    }

    private void skipBlock(long count) throws IOException, Refusal {
        long skipped = in.skip(count);
        if (skipped < count) {
            throw truncated();
        }
    }

    private static Refusal truncated() {
        return new Refusal("truncated: the input ends before Content-Length bytes of content");
    }

    private static String text(LineInput.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
        done = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing after the last record or a reported failure: nothing left to tell the user.
        }
    }
}
