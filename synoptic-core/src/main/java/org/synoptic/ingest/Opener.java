package org.synoptic.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import org.synoptic.model.ContentType;
import org.synoptic.model.Input;

/**
 * Opens what a location resolved to and hands it to the reader for its format: gunzips by the
 * gzip magic bytes (so {@code .gz} files and gzipped standard input both work), peeks at the
 * first bytes to refuse empty and binary input and to sniff the format, then streams.
 */
final class Opener {

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final InputStream stdin;
    private boolean stdinRead;

    Opener(long maxBytes, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    Cursor open(Target target) {
        return switch (target) {
            case Target.Refused refused -> Cursor.of(refused.failure());
            case Target.Stdin ignored -> openStdin();
            case Target.File file -> openFile(file);
        };
    }

    private Cursor openStdin() {
        if (stdinRead) {
            return Cursor.of(new Input.Failure(Locations.STDIN, Reasons.STDIN_TWICE));
        }
        stdinRead = true;
        // Standard input belongs to the caller: reading it to the end is ours, closing it is not.
        InputStream unclosed = new FilterInputStream(stdin) {
            @Override
            public void close() {}
        };
        return read(Locations.STDIN, "", unclosed, OptionalLong.empty());
    }

    private Cursor openFile(Target.File file) {
        InputStream raw;
        long size;
        try {
            raw = Files.newInputStream(file.path());
            size = Files.size(file.path());
        } catch (IOException e) {
            return Cursor.of(new Input.Failure(file.source(), Reasons.of(e)));
        }
        // Regular files report their size; pipes and devices report 0, which proves nothing.
        OptionalLong known = Files.isRegularFile(file.path()) ? OptionalLong.of(size) : OptionalLong.empty();
        return read(file.source(), file.path().getFileName().toString(), raw, known);
    }

    private Cursor read(String source, String name, InputStream raw, OptionalLong rawSize) {
        try {
            InputStream buffered = new BufferedInputStream(raw, BUFFER);
            boolean gzip = Decoding.startsWith(peek(buffered, 2), 0x1F, 0x8B);
            InputStream content = gzip ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER) : buffered;
            String plainName = name.replaceFirst("(?i)\\.gz$", "");
            OptionalLong size = gzip ? OptionalLong.empty() : rawSize;
            byte[] head = peek(content, Decoding.SNIFF_BYTES);
            Format format = Format.detect(plainName, head, head.length < Decoding.SNIFF_BYTES);
            return switch (format) {
                case TEXT -> whole(source, content, ContentType.TEXT, size);
                case HTML -> whole(source, content, ContentType.HTML, size);
                case FEED -> new FeedReader(source, content, head, maxBytes);
                case JSONL -> new JsonlReader(source, content, maxBytes);
                case WARC -> new WarcReader(source, content, maxBytes);
            };
        } catch (IOException e) {
            return failed(source, raw, Reasons.of(e));
        } catch (Refusal refusal) {
            return failed(source, raw, refusal.reason());
        }
    }

    /** Reads a one-document file whole, but never more than one byte past the limit. */
    private Cursor whole(String source, InputStream content, ContentType type, OptionalLong size) throws IOException {
        try (content) {
            if (size.isPresent() && size.getAsLong() > maxBytes) {
                return Cursor.of(new Input.Failure(source, Reasons.tooLarge(size.getAsLong(), maxBytes)));
            }
            byte[] bytes = content.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                return Cursor.of(new Input.Failure(source, Reasons.tooLarge(maxBytes)));
            }
            return Cursor.of(WholeDocument.of(source, bytes, type));
        }
    }

    private static byte[] peek(InputStream in, int count) throws IOException {
        in.mark(count + 1);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }

    private static Cursor failed(String source, InputStream raw, String reason) {
        try {
            raw.close();
        } catch (IOException ignored) {
            // The failure being reported already says what went wrong with this input.
        }
        return Cursor.of(new Input.Failure(source, reason));
    }
}
