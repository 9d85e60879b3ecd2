package org.synoptic.bench;

import java.time.Clock;
import java.util.Locale;
import org.synoptic.extract.Extractor;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * The extractor's bounds on hostile sizes, timed: a 50 MB page of paragraphs, links and lists,
 * and a page of 100,000 nested elements, each given straight to the extractor (the ingest stage
 * refuses inputs over its byte limit before this point; a library caller may not). The issue's
 * bound is under 5 s each without a StackOverflowError.
 *
 * <p>Run: {@code ./synoptic bench bounds}.
 */
public final class ExtractionBounds {

    static final double LIMIT_SECONDS = 5;

    public static void main(String[] args) {
        Extractor extractor = Extractor.create(Clock.systemUTC());
        StringBuilder big = new StringBuilder("<html><head><title>Long report</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
        for (int i = 0; big.length() < 50 * 1024 * 1024; i++) {
            big.append("<div class=\"part\"><p>Paragraph ").append(i)
                    .append(" of the report, with several clauses, a <a href=\"/n\">note</a>, and enough words to count.</p>")
                    .append("<ul class=\"links\"><li><a href=\"/more\">More</a></li></ul></div>\n");
        }
        big.append("</article></body></html>");
        int depth = 100_000;
        String nested = "<html><body>" + "<div>".repeat(depth)
                + "<p>Deep inside the page, this paragraph still counts, with a comma or two, as text.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        boolean ok = time(extractor, "50 MB page", big.toString()) & time(extractor, "100,000 nested elements", nested);
        System.exit(ok ? 0 : 1);
    }

    private static boolean time(Extractor extractor, String name, String html) {
        for (int warm = 0; warm < 2; warm++) {
            extractor.extract(new Input.Document(name, ContentType.HTML, html, Hints.NONE));
        }
        long start = System.nanoTime();
        int chars = extractor.extract(new Input.Document(name, ContentType.HTML, html, Hints.NONE)).text().length();
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean ok = seconds < LIMIT_SECONDS;
        System.out.printf(Locale.ROOT, "%-26s %6.2f s, %,d characters of text   %s (limit %.0f s)%n",
                name, seconds, chars, ok ? "ok" : "TOO SLOW", LIMIT_SECONDS);
        return ok;
    }

    private ExtractionBounds() {}
}
