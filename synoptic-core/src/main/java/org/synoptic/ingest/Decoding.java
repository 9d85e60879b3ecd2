package org.synoptic.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.ContentType;

/**
 * Bytes to text. A byte order mark wins; then a charset the document or its container declares;
 * otherwise the text must be valid UTF-8, checked strictly, because guessing a legacy charset
 * silently garbles names, which later stages would then treat as different people. A declared
 * legacy charset is decoded leniently (bad bytes become U+FFFD), unless the bytes are valid UTF-8
 * with non-ASCII characters: legacy text almost never is, while pages that declare Latin-1 or
 * EUC-KR and are written in UTF-8 are common ("MÃ¼nchen" for "München").
 */
final class Decoding {

    /** How far into a file binary content is looked for, and sniffing looks. */
    static final int SNIFF_BYTES = 8192;

    /** How far into an HTML document a {@code <meta>} charset declaration is looked for. */
    static final int CHARSET_WINDOW = 2048;

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private Decoding() {}

    /**
     * The text of a whole document.
     *
     * @param declared a charset named by the container (a WARC record's HTTP header), else empty
     */
    static String decode(byte[] bytes, ContentType type, Optional<String> declared) throws Refusal {
        refuseBinary(bytes, bytes.length);
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return decodeAs(bytes, skip, bom.get());
        }
        Optional<Charset> charset = declared.flatMap(Decoding::charset);
        if (charset.isEmpty() && type == ContentType.HTML) {
            charset = metaCharset(bytes).flatMap(Decoding::charset);
        }
        Charset chosen = charset.orElse(StandardCharsets.UTF_8);
        if (!chosen.equals(StandardCharsets.UTF_8) && hasHighBytes(bytes)) {
            try {
                return strictUtf8(bytes, 0);
            } catch (Refusal notUtf8) {
                // Not UTF-8: the declaration stands.
            }
        }
        return decodeAs(bytes, 0, chosen);
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String decodeAs(byte[] bytes, int from, Charset charset) throws Refusal {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return strictUtf8(bytes, from);
        }
        return new String(bytes, from, bytes.length - from, charset);
    }

    static String strictUtf8(byte[] bytes, int from) throws Refusal {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refusal(Reasons.notUtf8(in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static Optional<String> metaCharset(byte[] bytes) {
        String window = new String(bytes, 0, Math.min(bytes.length, CHARSET_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(window);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The charset a label names, as browsers read it: Latin-1 and ASCII labels mean windows-1252,
     * and a UTF-16 label inside an ASCII-compatible document is a mistake read as UTF-8. Empty
     * for a name the JVM does not know, so the caller falls back to strict UTF-8.
     */
    static Optional<Charset> charset(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        } else if (name.startsWith("utf-16")) {
            name = "utf-8";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Refuses known binary formats anywhere, and NUL bytes in the first 8 KiB of non-UTF-16 text. */
    static void refuseBinary(byte[] bytes, int length) throws Refusal {
        Optional<String> magic = magic(bytes, length);
        if (magic.isPresent()) {
            throw new Refusal(Reasons.binary("looks like " + magic.get()));
        }
        boolean utf16 = byteOrderMark(bytes).filter(bom -> !bom.equals(StandardCharsets.UTF_8)).isPresent();
        int window = Math.min(length, SNIFF_BYTES);
        for (int i = 0; i < window && !utf16; i++) {
            if (bytes[i] == 0) {
                throw new Refusal(Reasons.binary("contains NUL bytes"));
            }
        }
    }

    static Optional<String> magic(byte[] bytes, int length) {
        byte[] head = Arrays.copyOf(bytes, Math.min(length, 8));
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return Optional.of("PDF");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("PNG");
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return Optional.of("ZIP");
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF");
        }
        return Optional.empty();
    }

    /** True for 0 bytes, or only ASCII whitespace after an optional UTF-8 byte order mark. */
    static boolean isBlank(byte[] bytes, int length) {
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = from; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
