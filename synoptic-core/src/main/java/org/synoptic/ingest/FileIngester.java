package org.synoptic.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.synoptic.internal.Validate;
import org.synoptic.model.Input;

/**
 * Reads files, directories, glob patterns and standard input into decoded documents.
 *
 * <p><b>What.</b> Each location expands ({@link Locations}, {@link Walk}) to files: a directory
 * recursively, a glob from its non-glob prefix directory, both in name order, skipping hidden
 * entries. Each file is gunzipped when it starts with the gzip magic, then its format is taken
 * from the extension or sniffed from the first 8 KiB ({@link Format}): plain text and HTML are
 * one document each ({@link WholeDocument}); RSS 2.0 and Atom feeds ({@link FeedReader}), JSON
 * Lines ({@link JsonlReader}) and WARC ({@link WarcReader}) are containers of many. Text is
 * decoded by byte order mark, then a declared charset, else strict UTF-8 ({@link Decoding}).
 * Every problem becomes one {@link Input.Failure} with a one-line reason ({@link Reasons});
 * nothing throws for bad input, and one bad file or record never stops the batch.
 *
 * <p><b>Why this way.</b> The stream is pulled through an iterator ({@link Batch}) rather than
 * built with {@code flatMap}, whose pull mode buffers a whole inner stream: here a 10 GB WARC
 * or a directory of 100k files yields one document at a time with one file open. Strict UTF-8
 * refuses rather than guesses, because mis-decoded names would split one person into several
 * downstream. A feed that turns out malformed keeps the items read before the error and ends
 * with one failure for the file: the stream cannot take back what it has already yielded.
 *
 * <p><b>Bounds.</b> A one-document file over {@code maxBytes} (after decompression; reading
 * stops one byte past the limit, so gzip bombs cost at most that) is refused; containers may be
 * any size, the limit applying to each JSON line, WARC HTML body, and feed item (counted in
 * characters of kept text). WARC header blocks are capped at 256 lines of 8 KiB and HTTP heads
 * at 64 KiB. Walks descend at most {@link Locations#MAX_DEPTH} levels and hold one sorted
 * listing per level. Time is linear in input bytes; memory is O(maxBytes) per document.
 *
 * <p><b>Not yet.</b> RSS 1.0 (RDF) feeds; HTML entities such as {@code &nbsp;} undeclared in a
 * feed (an XML error, as DTDs are off); WARC {@code resource} and {@code conversion} records,
 * HTTP bodies compressed other than gzip, and non-2xx responses (skipped); charset sniffing
 * without a declaration; Windows path separators in globs; symbolic links to directories
 * inside a walk (not followed).
 */
final class FileIngester implements Ingester {

    private final long maxBytes;
    private final InputStream stdin;

    FileIngester(long maxBytes, InputStream stdin) {
        this.maxBytes = Validate.inRange(maxBytes, 1, 1L << 30, "maxBytes");
        this.stdin = Validate.notNull(stdin, "stdin");
    }

    @Override
    public Stream<Input> read(List<String> locations) {
        Validate.notNull(locations, "locations");
        Batch batch = new Batch(locations, new Opener(maxBytes, stdin));
        Spliterator<Input> inputs = Spliterators.spliteratorUnknownSize(batch, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(inputs, false).onClose(batch::close);
    }
}
