package org.synoptic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Fact;
import org.synoptic.model.Report;
import org.synoptic.model.Span;

class HtmlDossierTest {

    @TempDir
    Path dir;

    private Document written(Report report) throws IOException {
        new StaticDossier().write(report, dir);
        return Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void sectionsComeInOrderWithANavToEach() throws IOException {
        Document page = written(Fixtures.sample());
        List<String> ids = page.select("main > section").eachAttr("id");
        assertEquals(List.of("overview", "stories", "timeline", "articles", "entities", "reuse", "failures"), ids);
        assertEquals(ids.stream().map(id -> "#" + id).toList(), page.select("nav a").eachAttr("href"));
    }

    @Test
    void overviewCountsEveryKindOfResult() throws IOException {
        Document page = written(Fixtures.sample());
        assertEquals(List.of("2 articles", "1 stories", "1 events", "2 entities", "3 timeline facts", "1 reused passages",
                "1 contradictions", "1 failed inputs"), page.select("#overview li").eachText());
    }

    @Test
    void pageLoadsNothingFromOutside() throws IOException {
        Document page = written(Fixtures.sample());
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp);
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:", csp.attr("content"));
        assertTrue(page.select("link, img, iframe, object, embed, [src]").isEmpty());
        assertFalse(page.selectFirst("style").data().contains("url("));
    }

    @Test
    void everyInPageLinkHasATargetAndTimelineSourcesPointAtTheirSentences() throws IOException {
        Document page = written(Fixtures.sample());
        for (Element link : page.select("a[href^=#]")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.outerHtml());
        }
        List<Element> sentences = page.select("#timeline a.sentence");
        assertEquals(5, sentences.size());
        for (Element link : sentences) {
            Element anchor = page.getElementById(link.attr("href").substring(1));
            Element marked = anchor.nextElementSibling();
            assertEquals("mark", marked.tagName());
            assertTrue(marked.hasClass("fact"));
            assertEquals(link.attr("title"), marked.text());
        }
        assertEquals("#a-a1-127", page.select("#timeline tbody tr").get(1).selectFirst("a.sentence").attr("href"));
        assertEquals("#article-a1", page.select("#timeline tbody tr").get(1).selectFirst("a").attr("href"));
    }

    @Test
    void contradictionsAreFlaggedWithDetailAndTheDisagreeingSources() throws IOException {
        Document page = written(Fixtures.sample());
        Element flagged = page.selectFirst("#timeline tr.contradicted");
        assertNotNull(flagged);
        Element contradiction = flagged.selectFirst(".contradiction");
        assertTrue(contradiction.text().startsWith("⚠ contradiction (date): 2024-11-02 vs 2024-11-03"), contradiction.text());
        assertEquals(List.of("#article-a1", "#a-a1-0", "#article-a2", "#a-a2-0"), contradiction.select("a").eachAttr("href"));
        assertEquals(1, page.select("#timeline tr.contradicted").size());
    }

    @Test
    void timelineIsSortedByDateKeepingTheOrderWithinADate() throws IOException {
        Document page = written(Fixtures.sample());
        assertEquals(List.of("2024-11-02", "2024-11-02", "2024-11-03"), page.select("#timeline tbody tr > td:first-child").eachText());
        assertTrue(page.select("#timeline tbody tr").get(1).text().startsWith("2024-11-02 Traffic resumed at noon."));
    }

    @Test
    void articleTextCarriesEveryKindOfHighlight() throws IOException {
        Element article = written(Fixtures.sample()).getElementById("article-a1");
        assertEquals("Ilse Varga (e1)", article.selectFirst("mark.ent.ent-person").attr("title"));
        assertEquals("Kellen Bridge", article.selectFirst("mark.ent.ent-location").text());
        assertEquals("2024-11-02", article.selectFirst("mark.timex").attr("title"));
        assertEquals("on Saturday", article.selectFirst("mark.timex").text());
        assertEquals("Ilse Varga", article.selectFirst("mark.quote").attr("title"));
        assertEquals("We kept our promise.", article.selectFirst("mark.quote").text());
        assertEquals("also in [untitled a2]", article.selectFirst("mark.reuse").attr("title"));
        assertEquals(2, article.select(".text p").size());
        assertEquals("River Post", article.select("dl.meta dd").first().text());
    }

    @Test
    void storiesListEventsAndArticles() throws IOException {
        Element story = written(Fixtures.sample()).getElementById("story-s1");
        assertEquals("Kellen Bridge reopening", story.selectFirst("h3").text());
        assertEquals(List.of("2024-11-02", "The bridge reopened to traffic.", "River Post, [untitled a2]"),
                story.select("table.events tbody td").eachText());
        assertEquals("Bridge reopens after repairs River Post, 2024-11-03", story.selectFirst(".story-articles li").text());
    }

    @Test
    void tablesListEntitiesReuseAndFailures() throws IOException {
        Document page = written(Fixtures.sample());
        assertEquals(List.of("Kellen Bridge", "location", "Kellen Bridge", "2", "2"),
                page.select("#entities tbody tr").get(1).select("td").eachText());
        assertEquals(List.of("Bridge reopens after repairs", "→", "[untitled a2]", "paraphrase", "yes", "1",
                "after eight months of repairs."), page.select("#reuse tbody td").eachText());
        assertEquals(List.of("feeds/broken.html", "no article text found (not-article: an error page (\"Page not found\"))"),
                page.select("#failures tbody td").eachText());
    }

    @Test
    void emptyReportWritesAValidPage() throws IOException {
        Document page = written(Fixtures.empty());
        assertEquals(7, page.select("main > section").size());
        assertTrue(page.select("#overview li").eachText().stream().allMatch(item -> item.startsWith("0 ")));
        assertEquals(1, page.select("script").size());
    }

    @Test
    void aRepeatedArticleIdIsAnchoredOnlyOnce() throws IOException {
        Span first = new Span("dup", 0, 6);
        Report report = new Report(List.of(Fixtures.bare("dup", "First text."), Fixtures.bare("dup", "Second text.")),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Fact("2024", "First text.", "s", List.of(first), List.of())), List.of());
        Document page = written(report);
        assertEquals(2, page.select("article.article").size());
        assertEquals(1, page.select("[id=article-dup]").size());
        assertEquals(1, page.select("[id=a-dup-0]").size());
        assertEquals("First text.", page.getElementById("article-dup").selectFirst(".text").text());
    }

    @Test
    void articleLanguageBecomesTheTextsLang() throws IOException {
        assertEquals("en", written(Fixtures.sample()).getElementById("article-a1").selectFirst(".text").attr("lang"));
    }
}
