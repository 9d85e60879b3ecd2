package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

/**
 * Plain text → {@link Extraction}. Lines of furniture go first (each line judged alone, so a
 * share block of one word per line goes too); then leading header lines ("date 2021-03-06"), a
 * masthead block (two or more short lines before the first blank line: outlet, section, date,
 * byline; the date and byline are read, the rest is site header and goes), the title (a short
 * first line without a final stop, followed by a blank line) and the shared paragraph rules of
 * {@link Paragraphs}. Paragraphs are blank-line separated; a text without
 * blank lines has one paragraph per line.
 *
 * <p>Bounds: at most {@link #MAX_LINES} lines are read; the rest is dropped.
 */
final class TextExtractor {

    static final int MAX_LINES = 200_000;
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_MASTHEAD_WORDS = 12;
    /** A "Published:" or "Updated:" line within this many lines of the top is metadata, not text. */
    private static final int DATE_LINE_REACH = 8;
    private static final Pattern HEADER = Pattern.compile("(?iu)^\\s*(date|dated|published|posted|updated)\\s*[:=]?\\s*(.+)$");
    /** A header glued to the first sentence: "date 2021-03-06 In a meeting with ..." (ISO dates only). */
    private static final Pattern HEADER_PREFIX =
            Pattern.compile("(?iu)^\\s*(?:date|dated|published|posted)\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})\\s+(\\S.*)$");

    private TextExtractor() {}

    static Extraction extract(String content, Hints hints) {
        String normalised = content.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = normalised.split("\n", MAX_LINES + 1);
        PublishedDate dates = new PublishedDate();
        List<String> kept = new ArrayList<>();
        boolean seenContent = false;
        boolean blankSeparated = false;
        int limit = Math.min(lines.length, MAX_LINES);
        for (int i = 0; i < limit; i++) {
            String line = TextClean.line(lines[i]);
            Optional<Matcher> glued = seenContent ? Optional.empty() : gluedHeader(line);
            if (line.isEmpty()) {
                kept.add("");
            } else if ((!seenContent || kept.size() < DATE_LINE_REACH) && isHeader(line)) {
                dates.addLine(line);
            } else if (glued.isPresent()) {
                dates.addLine(glued.get().group(1));
                seenContent = true;
                kept.add(glued.get().group(2));
            } else if (!BoilerplateLines.isBoilerplate(line)) {
                blankSeparated |= seenContent && kept.get(kept.size() - 1).isEmpty();
                seenContent = true;
                kept.add(line);
            }
        }
        List<String> masthead = masthead(kept);
        String mastheadByline = "";
        for (String line : masthead) {
            if (Paragraphs.isDateLine(line)) {
                dates.addLine(line);
            } else if (Paragraphs.isByline(line) && mastheadByline.isEmpty()) {
                mastheadByline = line;
            }
        }
        String title = "";
        int first = firstContent(kept);
        if (first >= 0 && isTitle(kept, first, blankSeparated)) {
            title = kept.get(first);
            kept.set(first, "");
        }
        List<Paragraphs.Candidate> candidates = new ArrayList<>();
        for (String paragraph : paragraphs(kept, blankSeparated)) {
            candidates.add(new Paragraphs.Candidate(paragraph, Blocks.Kind.PARAGRAPH, 0));
        }
        Paragraphs.Body body = Paragraphs.select(candidates, hints.title().orElse(title));
        dates.addAll(body.dates());
        String url = hints.url().orElse("");
        String byline = body.byline().isEmpty() ? mastheadByline : body.byline();
        Authors.Decision authors = Authors.choose(List.of(new Claim("text-byline", byline)), SiteNames.NONE);
        Map<String, Evidence> evidence = new TreeMap<>();
        authors.evidence().ifPresent(e -> evidence.put("authors", e));
        if (!title.isEmpty()) {
            evidence.put("title", new Evidence("first-line", title, Evidence.Confidence.MEDIUM, List.of()));
        }
        if (!body.license().isEmpty()) {
            evidence.put("license", new Evidence("text-statement", body.license(), Evidence.Confidence.MEDIUM, List.of()));
        }
        String host = Metadata.host(url);
        if (!host.isEmpty()) {
            evidence.put("outlet", new Evidence("url-host", host, Evidence.Confidence.LOW, List.of()));
        }
        return new Extraction(title, authors.names(), host, url, "", body.license(), body.dateline(), dates, body.text(),
                evidence, Verdicts.judgeText(body.text()));
    }

    /** The date and the sentence of a header glued to the first sentence, if the line is one. */
    private static Optional<Matcher> gluedHeader(String line) {
        Matcher m = HEADER_PREFIX.matcher(line);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    private static boolean isHeader(String line) {
        Matcher m = HEADER.matcher(line);
        return m.matches() && Paragraphs.isDateLine(m.group(2));
    }

    /** Takes the masthead block out of {@code lines} (blanking it) and returns its lines. */
    private static List<String> masthead(List<String> lines) {
        int first = firstContent(lines);
        if (first < 0) {
            return List.of();
        }
        int end = first;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            String line = lines.get(end);
            char last = line.charAt(line.length() - 1);
            if (BoilerplateLines.wordCount(line) > MAX_MASTHEAD_WORDS || last == '.' || last == '!' || last == '?') {
                return List.of();
            }
            end++;
        }
        if (end - first < 2 || end >= lines.size()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(lines.subList(first, end));
        for (int i = first; i < end; i++) {
            lines.set(i, "");
        }
        return out;
    }

    private static int firstContent(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTitle(List<String> lines, int index, boolean blankSeparated) {
        String line = lines.get(index);
        boolean followedByBlank = index + 1 >= lines.size() || lines.get(index + 1).isEmpty();
        char last = line.charAt(line.length() - 1);
        return blankSeparated && followedByBlank && BoilerplateLines.wordCount(line) <= MAX_TITLE_WORDS
                && last != '.' && last != ',' && last != ';' && index + 1 < lines.size();
    }

    /** Blank-line separated paragraphs with their lines joined, or one paragraph per line. */
    private static List<String> paragraphs(List<String> lines, boolean blankSeparated) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty() || !blankSeparated) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                if (!blankSeparated && !line.isEmpty()) {
                    out.add(line);
                }
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(line);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
