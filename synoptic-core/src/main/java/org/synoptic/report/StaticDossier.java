package org.synoptic.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synoptic.internal.Validate;
import org.synoptic.model.Report;

/**
 * The report stage: writes {@code report.json} and {@code index.html} (UTF-8) into a directory,
 * creating it, and replacing files of those names.
 *
 * <p>What: {@code report.json} is the machine contract, described in {@link JsonReport}
 * (format {@value JsonReport#FORMAT}, UTF-16 offsets). {@code index.html} is a dossier for people
 * that opens from disk with no network at all: overview, stories, timeline with links to the
 * exact source sentences, every article with its names, dates, quotations, reused passages and
 * timeline sentences highlighted, then entity, reuse and failure tables ({@link HtmlDossier}).
 *
 * <p>Why this way: both files stream straight to disk (a Jackson generator, a buffered writer),
 * so a large report needs no second copy in memory. All report text is untrusted: the page
 * escapes every value ({@link Html}), builds fragment ids only from {@code [A-Za-z0-9_-]},
 * links only to its own anchors and to http(s) article URLs, and declares a CSP that forbids any
 * load from outside. Output is deterministic: the same report gives byte-identical files.
 *
 * <p>Bounds and cost: linear in the report's size. Highlights are cut once per article after
 * one sort of its span boundaries ({@link Highlighter}: at most 20,000 marks per article, at
 * most 12 nested around any piece of text); excerpts in the reuse table and in link tooltips
 * are capped at 200 and 300 chars.
 *
 * <p>Not done yet: files are not written atomically (a crash can leave one half-written);
 * the page is one file however large, with no paging, search or filtering beyond hiding a kind
 * of highlight; the UI language is English only.
 */
final class StaticDossier implements Dossier {

    static final String JSON_FILE = "report.json";
    static final String HTML_FILE = "index.html";

    @Override
    public void write(Report report, Path directory) throws IOException {
        Validate.notNull(report, "report");
        Validate.notNull(directory, "directory");
        Files.createDirectories(directory);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(JSON_FILE)))) {
            JsonReport.write(report, out);
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve(HTML_FILE), StandardCharsets.UTF_8)) {
            HtmlDossier.write(report, out);
        }
    }
}
