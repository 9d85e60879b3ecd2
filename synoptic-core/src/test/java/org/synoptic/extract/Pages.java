package org.synoptic.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.synoptic.model.Article;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/** Test fixtures: resources under extract/, a fixed clock, and one-line extraction helpers. */
final class Pages {

    /** "Now" for every test: 2025-01-10, so 2024 dates are past and 2026 dates are future. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);

    private Pages() {}

    static String resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            InputStream source = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article html(String content) {
        return html(content, Hints.NONE);
    }

    static Article html(String content, Hints hints) {
        return Extractor.create(CLOCK).extract(new Input.Document("test.html", ContentType.HTML, content, hints));
    }

    static Article text(String content) {
        return Extractor.create(CLOCK).extract(new Input.Document("test.txt", ContentType.TEXT, content, Hints.NONE));
    }

    /** A minimal page: the head markup given, and a body of one article with enough prose to be found. */
    /** The whole page's elements, the body's added in document order as the extractor's walk adds them. */
    static PageElements elements(Document document) {
        PageElements page = PageElements.outsideBody(document);
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element element) {
                page.add(element);
            }
        }, document.body());
        return page;
    }

    static String page(String head, String article) {
        return "<html><head>" + head + "</head><body><nav><a href=\"/\">Home</a></nav><article>" + article
                + "<p>The council met on Monday evening to discuss the plan, which would widen the harbour road, "
                + "move the bus stop and add a crossing near the school, and most members spoke in favour of it.</p>"
                + "<p>Residents who attended raised concerns about parking, noise during the works and the cost, "
                + "which the council estimates at just under two million, to be shared with the regional authority.</p>"
                + "</article></body></html>";
    }
}
