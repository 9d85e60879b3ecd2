package org.synoptic.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats ingest reads, told apart by file extension first (the writer's stated intent),
 * else by sniffing the first bytes, which is all standard input offers.
 */
enum Format {
    TEXT,
    HTML,
    FEED,
    JSONL,
    WARC;

    /**
     * The format of a file, or why it cannot be read at all.
     *
     * @param name     the file name, without any {@code .gz}; empty for standard input
     * @param head     the first bytes (decompressed), at most {@link Decoding#SNIFF_BYTES}
     * @param complete whether {@code head} is the whole content
     */
    static Format detect(String name, byte[] head, boolean complete) throws Refusal {
        if (complete && Decoding.isBlank(head, head.length)) {
            throw new Refusal(Reasons.EMPTY);
        }
        Optional<String> magic = Decoding.magic(head, head.length);
        if (magic.isPresent()) {
            throw new Refusal(Reasons.binary("looks like " + magic.get()));
        }
        Optional<Format> stated = byExtension(name);
        Format format = stated.isPresent() ? stated.get() : sniff(head);
        if (format == TEXT && name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            throw new Refusal(Reasons.unsupportedXml(firstElement(lowerText(head))));
        }
        // WARC records legitimately carry binary payloads (images), so only their HTML is checked.
        if (format != WARC) {
            Decoding.refuseBinary(head, head.length);
        }
        if (format == JSONL && Decoding.byteOrderMark(head).filter(bom -> bom != StandardCharsets.UTF_8).isPresent()) {
            throw new Refusal("JSON Lines must be UTF-8, found a UTF-16 byte order mark");
        }
        return format;
    }

    private static Optional<Format> byExtension(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "rss", "atom" -> Optional.of(FEED);
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            case "warc" -> Optional.of(WARC);
            default -> Optional.empty();
        };
    }

    private static Format sniff(byte[] head) throws Refusal {
        String text = lowerText(head);
        if (text.startsWith("warc/")) {
            return WARC;
        }
        if (text.startsWith("{")) {
            return JSONL;
        }
        String root = firstElement(text);
        if (root.equals("rss") || root.equals("feed")) {
            return FEED;
        }
        if (root.equals("html") || text.contains("<!doctype html")) {
            return HTML;
        }
        if (text.startsWith("<?xml")) {
            throw new Refusal(Reasons.unsupportedXml(root));
        }
        return TEXT;
    }

    /** The head as lower-case text for markers, which are all ASCII; UTF-16 by its mark. */
    private static String lowerText(byte[] head) {
        Charset charset = Decoding.byteOrderMark(head).orElse(StandardCharsets.ISO_8859_1);
        return new String(head, charset).replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    }

    /** The local name of the first element, skipping the prolog, comments and doctype. */
    private static String firstElement(String text) {
        int at = 0;
        while ((at = text.indexOf('<', at)) >= 0 && at + 1 < text.length()) {
            char next = text.charAt(at + 1);
            if (next == '?' || next == '!') {
                int end = text.indexOf(text.startsWith("<!--", at) ? "-->" : ">", at);
                if (end < 0) {
                    return "";
                }
                at = end + 1;
                continue;
            }
            int end = at + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || ":-_".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            String name = text.substring(at + 1, end);
            return name.substring(name.indexOf(':') + 1);
        }
        return "";
    }
}
