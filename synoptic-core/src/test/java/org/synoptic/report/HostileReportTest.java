package org.synoptic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;
import org.synoptic.model.Calendar;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Event;
import org.synoptic.model.Fact;
import org.synoptic.model.Input;
import org.synoptic.model.Mention;
import org.synoptic.model.Passage;
import org.synoptic.model.Quote;
import org.synoptic.model.Report;
import org.synoptic.model.Reuse;
import org.synoptic.model.ReuseKind;
import org.synoptic.model.Span;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/** Every string of the report is an attack; the page must stay inert. */
class HostileReportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String ATTR = "' onmouseover='alert(1)' x='";
    private static final String EVIL_ID = "x\"'><svg onload=alert(1)> &amp;";
    private static final String TEXT = SCRIPT + " and " + IMG + " then " + ATTR + "\n\n</p></mark><a href=javascript:alert(1)>go</a>";

    @TempDir
    Path dir;

    private static Report hostile() {
        Article evil = new Article(EVIL_ID, "javascript:alert(1)", "javascript:alert(1)", SCRIPT, IMG, ATTR, IMG, SCRIPT,
                Optional.of(LocalDate.of(2024, 1, 2)), "en\" onclick=\"alert(1)", TEXT, "h1");
        Article spaced = new Article("y", "data:text/html,<b>", " JAVASCRIPT:alert(1)", "t", "o", "", "", "",
                Optional.empty(), "", "Plain words here.", "h2");
        Span whole = new Span(EVIL_ID, 0, SCRIPT.length());
        Entity entity = new Entity(IMG, EntityType.PERSON, SCRIPT, List.of(IMG, ATTR),
                List.of(new Mention(EVIL_ID, 1, 7, "script")));
        return new Report(List.of(evil, spaced), List.of(entity),
                List.of(new Timex(EVIL_ID, 0, 4, "<scr", ATTR, Calendar.LUNAR_HIJRI, false)),
                List.of(new Quote(EVIL_ID, 3, 20, "x", Optional.of(IMG))),
                List.of(new Reuse(EVIL_ID, "y", ReuseKind.VERBATIM, false, List.of(new Passage(0, 12, 0, 5)))),
                List.of(new Story(EVIL_ID, SCRIPT, List.of(EVIL_ID, "missing" + IMG),
                        List.of(new Event(IMG, ATTR, SCRIPT, List.of(EVIL_ID))))),
                List.of(new Fact(ATTR, SCRIPT, IMG, List.of(whole, new Span(IMG, 2, 3)),
                        List.of(new Contradiction(Contradiction.Kind.NUMBER, IMG, List.of(whole))))),
                List.of(new Input.Failure(IMG, SCRIPT), new Input.Failure("javascript:alert(1)", ATTR)));
    }

    private Document written() throws IOException {
        new StaticDossier().write(hostile(), dir);
        return Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void onlyTheDossiersOwnScriptRuns() throws IOException {
        Document page = written();
        assertEquals(1, page.select("script").size());
        assertTrue(page.selectFirst("script").data().contains("classList"));
        assertTrue(page.select("img, svg, iframe, [src]").isEmpty());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), element.outerHtml());
            }
        }
    }

    @Test
    void linksGoOnlyToOwnAnchorsOrHttp() throws IOException {
        Document page = written();
        for (Element link : page.select("[href]")) {
            String href = link.attr("href");
            assertFalse(href.toLowerCase(Locale.ROOT).strip().startsWith("javascript:"), href);
            assertTrue(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"), href);
        }
        assertTrue(page.select("a[href^=http]").isEmpty(), "neither article URL is a web URL");
    }

    @Test
    void idsAreSanitisedAndStillLinked() throws IOException {
        Document page = written();
        for (Element element : page.select("[id]")) {
            assertTrue(element.id().matches("[A-Za-z0-9_-]+"), element.id());
        }
        Element article = page.getElementById(Lookup.articleAnchor(EVIL_ID));
        assertNotNull(article);
        assertEquals(SCRIPT, article.selectFirst("h3").text());
        for (Element link : page.select("a[href^=#]")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.outerHtml());
        }
        assertTrue(page.select("#stories .missing").text().contains(IMG), "a story's unknown article is plain text");
    }

    @Test
    void hostileTextReadsBackAsText() throws IOException {
        Document page = written();
        Element text = page.getElementById(Lookup.articleAnchor(EVIL_ID)).selectFirst(".text");
        assertEquals(SCRIPT + " and " + IMG + " then " + ATTR, text.selectFirst("p").text());
        assertEquals(2, text.select("p").size());
        assertEquals(SCRIPT, page.selectFirst("#failures td:nth-child(2)").text());
        assertEquals(TEXT.substring(0, 12), page.selectFirst("#reuse td:nth-child(7)").text());
        assertEquals(List.of(SCRIPT, IMG + ", " + ATTR), page.select("#entities td").eachText().subList(0, 3).stream()
                .filter(cell -> !cell.equals("person")).toList());
        assertFalse(Files.readString(dir.resolve("index.html")).contains("<img"));
        assertEquals("", page.getElementById(Lookup.articleAnchor(EVIL_ID)).selectFirst(".text").attr("lang"));
    }

    @Test
    void webUrlsAreLinkedWithoutReferrerOrOpener() throws IOException {
        Report base = hostile();
        Article linked = new Article("z", "s", "https://example.org/a?q=\"x\"&b=<1>", "T", "", "", "", "",
                Optional.empty(), "", "Text.", "h3");
        Article clean = new Article("w", "s", "https://example.org/news/1", "T", "", "", "", "",
                Optional.empty(), "", "Text.", "h4");
        new StaticDossier().write(new Report(List.of(linked, clean), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), base.failures()), dir);
        Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        List<Element> links = page.select("a[href^=http]");
        assertEquals(1, links.size(), "a URL that does not parse is shown, not linked");
        assertEquals("https://example.org/news/1", links.getFirst().attr("href"));
        assertEquals("noopener noreferrer nofollow", links.getFirst().attr("rel"));
    }
}
