package org.synoptic.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams strict UTF-8 as characters and, on the first invalid sequence, fails with its byte
 * offset, which {@link java.io.InputStreamReader} cannot tell. Used for feeds, which are parsed
 * as a stream and so cannot be decoded whole first.
 */
final class Utf8Reader extends Reader {

    /** Invalid UTF-8 at a byte offset of the stream. */
    static final class InvalidUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;

        InvalidUtf8(long offset) {
            super("not valid UTF-8 at byte offset " + offset);
            this.offset = offset;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private long bufferStart;
    private boolean endOfInput;
    private boolean flushed;

    /** @param offset the byte offset of the stream's start in the file (after a byte order mark) */
    Utf8Reader(InputStream in, long offset) {
        this.in = in;
        this.bufferStart = offset;
    }

    @Override
    public int read(char[] target, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, from, length);
        while (out.position() == from && !flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                throw new InvalidUtf8(bufferStart + bytes.position());
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else if (result.isUnderflow()) {
                refill();
            }
        }
        int count = out.position() - from;
        return count == 0 ? -1 : count;
    }

    private void refill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
