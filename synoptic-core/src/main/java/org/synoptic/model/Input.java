package org.synoptic.model;

import java.util.Objects;

/**
 * One item read by the ingest stage: either a decoded document ready for extraction, or a
 * failure naming the input and the reason. A batch yields both kinds; a failure never stops it.
 */
public sealed interface Input {

    /** Where the item came from: a file path, a path plus a position inside it, a URL, or "-". */
    String source();

    /** A decoded document. {@code content} is HTML or plain text as {@code type} says. */
    record Document(String source, ContentType type, String content, Hints hints) implements Input {
        public Document {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(hints, "hints");
        }
    }

    /** An input that could not be read, with a one-line human reason. */
    record Failure(String source, String reason) implements Input {
        public Failure {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** The one-line message the CLI prints: {@code source: reason}. */
        public String message() {
            return source + ": " + reason;
        }
    }
}
