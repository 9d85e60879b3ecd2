package org.synoptic.ingest;

import java.util.Optional;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/** One file that is one document (text or HTML), already read within the size limit. */
final class WholeDocument {

    private WholeDocument() {}

    static Input of(String source, byte[] bytes, ContentType type) {
        if (Decoding.isBlank(bytes, bytes.length)) {
            return new Input.Failure(source, Reasons.EMPTY);
        }
        try {
            String text = Decoding.decode(bytes, type, Optional.empty());
            return text.isBlank()
                    ? new Input.Failure(source, Reasons.EMPTY)
                    : new Input.Document(source, type, text, Hints.NONE);
        } catch (Refusal refusal) {
            return new Input.Failure(source, refusal.reason());
        }
    }
}
