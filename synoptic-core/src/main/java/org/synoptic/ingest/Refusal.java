package org.synoptic.ingest;

/**
 * Why an input (or one record of it) cannot be read: carries the one-line reason up to the
 * reader that turns it into an {@link org.synoptic.model.Input.Failure}. Thrown deep inside
 * decoding and framing code, where returning a variant through every call would obscure the
 * parsing; it never leaves this package.
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    Refusal(String reason) {
        // No stack trace: the reason is the whole message and is printed to the user as is.
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
