package org.synoptic.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Buffered bytes with bounded line reads, for the line-framed formats (JSON Lines, WARC headers).
 * A line longer than the limit is counted and skipped, never held, so one runaway line cannot
 * exhaust memory.
 */
final class LineInput implements Closeable {

    /** One line without its terminator ({@code \n} or {@code \r\n}). */
    record Line(byte[] bytes, long length, boolean overLimit) {}

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;

    LineInput(InputStream in) {
        this.in = in;
    }

    /** The next line, or empty at the end of input; {@code bytes} is empty when over the limit. */
    Optional<Line> line(int limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        boolean ended = false;
        while (!ended) {
            if (position == end && !fill()) {
                if (length == 0) {
                    return Optional.empty();
                }
                break;
            }
            int stop = position;
            while (stop < end && buffer[stop] != '\n') {
                stop++;
            }
            int count = stop - position;
            if (length + count <= limit) {
                kept.write(buffer, position, count);
            }
            length += count;
            ended = stop < end;
            position = ended ? stop + 1 : stop;
        }
        boolean over = length > limit;
        byte[] bytes = over ? new byte[0] : kept.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return Optional.of(new Line(bytes, length, over));
    }

    /** Up to {@code count} bytes; fewer only at the end of input. */
    byte[] bytes(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(count, buffer.length));
        int wanted = count;
        while (wanted > 0 && (position < end || fill())) {
            int take = Math.min(wanted, end - position);
            out.write(buffer, position, take);
            position += take;
            wanted -= take;
        }
        return out.toByteArray();
    }

    /** Skips up to {@code count} bytes, returning how many were there. */
    long skip(long count) throws IOException {
        long wanted = count;
        while (wanted > 0 && (position < end || fill())) {
            int take = (int) Math.min(wanted, end - position);
            position += take;
            wanted -= take;
        }
        return count - wanted;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        end = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
