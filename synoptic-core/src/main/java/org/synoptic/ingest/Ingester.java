package org.synoptic.ingest;

import java.util.List;
import java.util.stream.Stream;
import org.synoptic.model.Input;

/**
 * The ingest stage: turns the locations a user names into decoded documents, lazily, one
 * {@link Input} per article (a feed or JSONL file yields several), and a {@link Input.Failure}
 * for each input that cannot be read. It never throws for bad input.
 */
public interface Ingester {

    /**
     * Reads files, directories (recursively, in sorted order), glob patterns and {@code -} for
     * standard input. Closing the stream releases any open file.
     */
    Stream<Input> read(List<String> locations);

    static Ingester create(long maxBytes, java.io.InputStream stdin) {
        return new FileIngester(maxBytes, stdin);
    }
}
