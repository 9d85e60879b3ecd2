package org.synoptic.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The HTTP response a WARC {@code response} record holds: status, headers, and the body undone
 * from its transfer and content encodings (chunked, gzip), as crawlers store the bytes raw.
 *
 * @param bodyOffset where the body starts in the record block
 */
record HttpResponse(int status, Map<String, String> headers, int bodyOffset) {

    private static final Pattern STATUS = Pattern.compile("HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})\\b.*");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** Parses the status line and headers at the start of a block; empty when they are not HTTP. */
    static Optional<HttpResponse> parse(byte[] block) {
        int end = headerEnd(block);
        if (end < 0) {
            return Optional.empty();
        }
        String[] lines = new String(block, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n");
        Matcher status = STATUS.matcher(lines[0]);
        if (!status.matches()) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        int bodyOffset = end + (block[end] == '\r' ? 4 : 2);
        return Optional.of(new HttpResponse(Integer.parseInt(status.group(1)), Map.copyOf(headers), bodyOffset));
    }

    boolean isHtml() {
        String type = header("content-type").toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    Optional<String> charset() {
        Matcher matcher = CHARSET.matcher(header("content-type"));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    String header(String name) {
        return headers.getOrDefault(name, "");
    }

    /** The body as the server meant it, within {@code limit} bytes once decompressed. */
    byte[] decodeBody(byte[] body, long limit) throws Refusal {
        byte[] bytes = header("transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked") ? dechunk(body) : body;
        String encoding = header("content-encoding").strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity" -> {
                return bytes;
            }
            case "gzip", "x-gzip" -> {
                return gunzip(bytes, limit);
            }
            default -> throw new Refusal("unsupported content encoding: " + Reasons.oneLine(encoding));
        }
    }

    private static byte[] gunzip(byte[] bytes, long limit) throws Refusal {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (out.length > limit) {
                throw new Refusal(Reasons.tooLarge(limit));
            }
            return out;
        } catch (IOException e) {
            throw new Refusal(Reasons.of(e));
        }
    }

    /** Undoes chunked transfer coding: hex size lines, each followed by that many bytes. */
    private static byte[] dechunk(byte[] body) throws Refusal {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int at = 0;
        while (true) {
            int lineEnd = indexOf(body, (byte) '\n', at);
            if (lineEnd < 0) {
                throw new Refusal("malformed HTTP response: bad chunk size line");
            }
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).strip();
            int size;
            try {
                size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            } catch (NumberFormatException e) {
                throw new Refusal("malformed HTTP response: bad chunk size line");
            }
            at = lineEnd + 1;
            if (size == 0) {
                return out.toByteArray();
            }
            if (size < 0 || size > body.length - at) {
                throw new Refusal("malformed HTTP response: truncated chunk");
            }
            out.write(body, at, size);
            at += size;
            at += at < body.length && body[at] == '\r' ? 1 : 0;
            at += at < body.length && body[at] == '\n' ? 1 : 0;
        }
    }

    /** Index of the blank line ending the headers (at its first CR or LF), or -1. */
    private static int headerEnd(byte[] block) {
        for (int i = 0; i + 1 < block.length; i++) {
            if (block[i] == '\n' && block[i + 1] == '\n') {
                return i;
            }
            if (i + 3 < block.length && block[i] == '\r' && block[i + 1] == '\n' && block[i + 2] == '\r' && block[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
