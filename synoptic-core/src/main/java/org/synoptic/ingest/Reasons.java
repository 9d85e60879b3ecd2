package org.synoptic.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * The failure reasons ingest reports. They are a contract: the CLI prints them as
 * {@code source: reason}, so each is one line, worded for the person who named the input.
 */
final class Reasons {

    static final String NO_SUCH_FILE = "no such file or directory";
    static final String PERMISSION_DENIED = "cannot read: permission denied";
    static final String NO_MATCH = "no file matches";
    static final String NO_FILES = "no files in directory";
    static final String EMPTY = "empty file";
    static final String EMPTY_RECORD = "empty document";
    static final String STDIN_TWICE = "standard input was already read";
    static final String MISSING_TEXT = "missing \"text\"";

    private static final int MAX_DETAIL = 200;

    private Reasons() {}

    static String tooLarge(long size, long limit) {
        return "too large: " + size + " bytes, over the limit of " + limit + " bytes (--max-bytes)";
    }

    /** For streams whose full size is not known: reading stops at the limit rather than counting on. */
    static String tooLarge(long limit) {
        return "too large: over the limit of " + limit + " bytes (--max-bytes)";
    }

    static String notUtf8(long offset) {
        return "not valid UTF-8 (byte offset " + offset + "); declare the charset or convert the file";
    }

    static String binary(String kind) {
        return "binary content, not text (" + kind + ")";
    }

    static String invalidJson(String detail) {
        return "invalid JSON: " + oneLine(detail);
    }

    static String malformedFeed(String detail, int line, int column) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return "malformed feed: " + oneLine(detail) + where;
    }

    static String unsupportedXml(String root) {
        return "unsupported XML: not an RSS 2.0 or Atom feed (root element <" + root + ">)";
    }

    static String malformedWarc(String detail) {
        return "malformed WARC record: " + oneLine(detail);
    }

    /** What an I/O error means to the user, without the exception's class or trace. */
    static String of(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> NO_SUCH_FILE;
            case AccessDeniedException denied -> PERMISSION_DENIED;
            case NotDirectoryException notDirectory -> NO_SUCH_FILE;
            // GZIPInputStream reports a damaged or cut-off member with these two.
            case ZipException zip -> "corrupt gzip data: " + detail(e);
            case EOFException eof -> "corrupt gzip data: " + detail(e);
            default -> "cannot read: " + detail(e);
        };
    }

    private static String detail(Exception e) {
        String message = e.getMessage();
        return oneLine(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }

    /** Collapses whitespace (parser messages can span lines) and caps the length. */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 3) + "...";
    }
}
