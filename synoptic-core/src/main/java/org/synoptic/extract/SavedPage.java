package org.synoptic.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Hints;

/**
 * What a page saved from a browser says about where and when it was fetched, in the comment the
 * saving tool writes at its top: Chrome's and Internet Explorer's {@code <!-- saved from
 * url=(0044)https://... -->}, and the {@code url:} and {@code saved date:} lines under SingleFile's
 * header ("Page saved with SingleFile", formerly "Archive processed by SingleFile"). Journalists
 * and researchers keep pages this way; the address is then evidence for the date and the outlet,
 * as a {@code --url-map} line would be, and the save time bounds the page's dates and anchors its
 * relative ones, as a WARC record's date does. A container's own hints come first.
 *
 * <p>Bound: only the first {@value #HEAD_CHARS} characters are read; the tools write the comment
 * before the page's markup.
 */
final class SavedPage {

    static final int HEAD_CHARS = 4_096;
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d{1,5}\\)(https?://[^\\s>]+?)\\s*-->");
    private static final Pattern SINGLE_FILE = Pattern.compile("<!--\\s*(?:Page saved with|Archive processed by) SingleFile(.*?)-->",
            Pattern.DOTALL);
    private static final Pattern SINGLE_FILE_URL = Pattern.compile("(?m)^\\s*url:\\s*(https?://\\S+)\\s*$");
    private static final Pattern SINGLE_FILE_DATE = Pattern.compile("(?m)^\\s*saved date:\\s*(.+?)\\s*$");
    /**
     * How a browser writes a date in JavaScript ("Tue Nov 24 2026 19:20:31 GMT+0100 (Central
     * European Standard Time)"), or only its day ("Tue Nov 24 2026"), which is taken at midnight UTC.
     */
    private static final DateTimeFormatter SCRIPT_DATE = DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT'xx", Locale.ROOT);
    private static final DateTimeFormatter SCRIPT_DAY = DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.ROOT);
    private static final Pattern SCRIPT_DATE_TEXT = Pattern.compile("(\\w{3} \\w{3} \\d{2} \\d{4})( \\d{2}:\\d{2}:\\d{2} GMT[+-]\\d{4})?");

    private SavedPage() {}

    /** {@code hints} completed with the address and save time the page's saving tool wrote, where the container gave none. */
    static Hints hints(Hints hints, String html) {
        int headEnd = Math.min(html.length(), HEAD_CHARS);
        // Most pages have no such note: two plain searches of the head rule it out.
        boolean singleFileNote = html.indexOf("SingleFile", 0, headEnd) >= 0;
        boolean savedFromNote = html.indexOf("saved from url", 0, headEnd) >= 0;
        if (!singleFileNote && !savedFromNote || hints.url().isPresent() && hints.fetched().isPresent()) {
            return hints;
        }
        String head = html.substring(0, headEnd);
        Optional<String> url = Optional.empty();
        Optional<Instant> saved = Optional.empty();
        Matcher singleFile = SINGLE_FILE.matcher(head);
        if (singleFileNote && singleFile.find()) {
            url = first(SINGLE_FILE_URL, singleFile.group(1));
            saved = first(SINGLE_FILE_DATE, singleFile.group(1)).flatMap(SavedPage::scriptDate);
        }
        if (url.isEmpty() && savedFromNote) {
            url = first(SAVED_FROM, head);
        }
        Hints out = hints;
        if (hints.url().isEmpty() && url.isPresent()) {
            out = out.withUrl(url.get());
        }
        if (hints.fetched().isEmpty() && saved.isPresent()) {
            out = out.withFetched(saved.get());
        }
        return out;
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A JavaScript date string as an instant; empty when it is written some other way. */
    static Optional<Instant> scriptDate(String text) {
        Matcher m = SCRIPT_DATE_TEXT.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            return Optional.of(m.group(2) != null ? ZonedDateTime.parse(m.group(), SCRIPT_DATE).toInstant()
                    : LocalDate.parse(m.group(1), SCRIPT_DAY).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
