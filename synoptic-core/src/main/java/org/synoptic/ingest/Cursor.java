package org.synoptic.ingest;

import java.util.Optional;
import org.synoptic.model.Input;

/**
 * The inputs read from one file (or standard input), pulled one at a time so a large container
 * never sits in memory whole. Holds the open file until closed.
 */
interface Cursor extends AutoCloseable {

    /** A cursor with nothing in it. */
    Cursor NONE = new Cursor() {
        @Override
        public Optional<Input> next() {
            return Optional.empty();
        }

        @Override
        public void close() {}
    };

    /** The next input, or empty when the file has no more. Never throws for bad input. */
    Optional<Input> next();

    @Override
    void close();

    /** A cursor over one already-read input (a whole document, or a failure). */
    static Cursor of(Input input) {
        return new Cursor() {
            private boolean taken;

            @Override
            public Optional<Input> next() {
                if (taken) {
                    return Optional.empty();
                }
                taken = true;
                return Optional.of(input);
            }

            @Override
            public void close() {}
        };
    }
}
