package org.synoptic.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Escaping for untrusted data in HTML. One escape serves text and (quoted) attribute contexts
 * alike: it replaces all five of {@code & < > " '}, so a value can never end an attribute or open
 * a tag. Characters HTML does not allow (C0/C1 controls other than whitespace, lone surrogates)
 * become U+FFFD, one for one, so the page is always valid and encodable as UTF-8.
 */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            String entity = entity(text, i);
            if (entity == null) {
                out.append(text.charAt(i));
            } else {
                out.append(entity);
            }
        }
        return out.toString();
    }

    /** Writes {@code text[start, end)} escaped, copying runs of safe characters in one call. */
    static void escape(Writer out, String text, int start, int end) throws IOException {
        int run = start;
        for (int i = start; i < end; i++) {
            String entity = entity(text, i);
            if (entity != null) {
                out.write(text, run, i - run);
                out.write(entity);
                run = i + 1;
            }
        }
        out.write(text, run, end - run);
    }

    /**
     * A fragment id made of {@code [A-Za-z0-9-]} only. Every other char, '_' included, becomes
     * {@code _} plus four hex digits, so distinct inputs always give distinct ids.
     */
    static String id(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            } else {
                out.append('_').append(String.format(Locale.ROOT, "%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** The URL when it is an absolute http(s) URL with a host, the only kind worth a link. */
    static Optional<String> webUrl(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw);
            return uri.getHost() == null ? Optional.empty() : Optional.of(raw);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String entity(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> allowed(text, i) ? null : "\uFFFD";
        };
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        return !Character.isSurrogate(c) || !Text.isUnpaired(text, i);
    }
}
