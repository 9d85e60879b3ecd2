package org.synoptic.ingest;

import java.nio.file.Path;
import org.synoptic.model.Input;

/** What one named location resolves to: a file to read, standard input, or a reason it cannot be. */
sealed interface Target {

    /** A file to read; {@code source} is how failures and documents will name it. */
    record File(Path path, String source) implements Target {}

    record Stdin() implements Target {}

    record Refused(Input.Failure failure) implements Target {
        Refused(String source, String reason) {
            this(new Input.Failure(source, reason));
        }
    }
}
