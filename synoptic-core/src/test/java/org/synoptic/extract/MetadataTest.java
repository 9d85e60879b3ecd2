package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Hints;

/** One test per signal kind: each page carries only the signal under test (plus its prose). */
class MetadataTest {

    private static Article page(String head, String article) {
        return Pages.html(Pages.page(head, article));
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void titleFromEachSignalInPriorityOrder() {
        assertEquals("From JSON-LD", page(jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}")
                + "<meta property=\"og:title\" content=\"From og\"><title>From title</title>", "").title());
        assertEquals("From og", page("<meta property=\"og:title\" content=\"From og\">"
                + "<meta name=\"twitter:title\" content=\"From twitter\"><title>From title</title>", "").title());
        assertEquals("From twitter", page("<meta name=\"twitter:title\" content=\"From twitter\"><title>From title</title>", "").title());
        assertEquals("Headline in the article", page("<title>Something else</title>", "<h1>Headline in the article</h1>").title());
        assertEquals("Only the title element", page("<title>Only the title element</title>", "").title());
        assertEquals("", page("", "").title());
    }

    @Test
    void jsonLdIsReadUpToTwentyThousandNodesInDocumentOrder() {
        // The root and the graph array are two nodes, each filler object two more (itself and its
        // value): after 9,998 fillers the article is node 19,999 and read, after 9,999 node 20,001.
        for (int fillers : new int[] {9_998, 9_999}) {
            String graph = "{\"@graph\":[" + "{\"n\":1},".repeat(fillers) + "{\"@type\":\"NewsArticle\",\"headline\":\"Late node\"}]}";
            String expected = fillers == 9_998 ? "Late node" : "";
            assertEquals(expected, page(jsonLd(graph), "").title(), fillers + " fillers");
        }
    }

    @Test
    void aCutJsonLdHeadlineGivesWayToTheFullOne() {
        String head = jsonLd("{\"@type\":\"Article\",\"headline\":\"Council approves the harbour road plan after a long…\"}")
                + "<meta property=\"og:title\" content=\"Council approves the harbour road plan after a long night of debate\">";
        assertEquals("Council approves the harbour road plan after a long night of debate", page(head, "").title());
    }

    @Test
    void authorFromEachSignal() {
        assertEquals("Ana Ruiz, Ben Cole", page(jsonLd("{\"@type\":\"BlogPosting\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
                + "{\"@type\":\"Person\",\"name\":\"Ben Cole\"}]}"), "").author());
        assertEquals("Ana Ruiz", page(jsonLd("{\"@type\":\"NewsArticle\",\"author\":\"Ana Ruiz\"}"), "").author());
        assertEquals("Ana Ruiz", page("<meta name=\"author\" content=\"Ana Ruiz\">", "").author());
        assertEquals("Ana Ruiz", page("<meta property=\"article:author\" content=\"Ana Ruiz\">", "").author());
        assertEquals("", page("<meta property=\"article:author\" content=\"https://social.example/ana.ruiz\">", "").author());
        assertEquals("Ana Ruiz", page("", "<a rel=\"author\" href=\"/ana\">Ana Ruiz</a>").author());
        assertEquals("Ana Ruiz", page("", "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Ana Ruiz</span></span>").author());
        assertEquals("Ana Ruiz, Ben Cole", page("", "<div class=\"byline\">By Ana Ruiz and Ben Cole</div>").author());
    }

    @Test
    void authorIsNeverADateOrTheOutlet() {
        assertEquals("", page("<meta name=\"author\" content=\"15 October 2024\">", "").author());
        assertEquals("", page("<meta property=\"og:site_name\" content=\"Harbour Herald\"><meta name=\"author\" content=\"Harbour Herald\">", "").author());
        assertEquals("Ana Ruiz", page("", "<p class=\"byline\">By Ana Ruiz | Updated Oct. 15, 2024</p>").author());
    }

    @Test
    void outletFromEachSignal() {
        assertEquals("Harbour Herald", page("<meta property=\"og:site_name\" content=\"Harbour Herald\">"
                + jsonLd("{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Publisher Name\"}}"), "").outlet());
        assertEquals("Publisher Name", page(jsonLd("{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Publisher Name\"}}"), "").outlet());
        assertEquals("Herald App", page("<meta name=\"application-name\" content=\"Herald App\">", "").outlet());
        assertEquals("herald.example", Pages.html(Pages.page("", ""), Hints.NONE.withUrl("https://www.herald.example/a/1")).outlet());
        assertEquals("herald.example", page("<link rel=\"canonical\" href=\"https://www.herald.example/story\">", "").outlet());
    }

    @Test
    void urlFromHintThenCanonicalThenOpenGraph() {
        String head = "<link rel=\"canonical\" href=\"https://herald.example/canonical\"><meta property=\"og:url\" content=\"https://herald.example/og\">";
        assertEquals("https://herald.example/hint", Pages.html(Pages.page(head, ""), Hints.NONE.withUrl("https://herald.example/hint")).url());
        assertEquals("https://herald.example/canonical", page(head, "").url());
        assertEquals("https://herald.example/og", page("<meta property=\"og:url\" content=\"https://herald.example/og\">", "").url());
    }

    @Test
    void languageAsPrimaryTag() {
        assertEquals("pt", Pages.html("<html lang=\"pt-BR\"><body><p>Olá</p></body></html>").language());
        assertEquals("de", page("<meta http-equiv=\"content-language\" content=\"de-AT\">", "").language());
        assertEquals("fr", page("<meta property=\"og:locale\" content=\"fr_FR\">", "").language());
        assertEquals("", page("", "").language());
    }

    @Test
    void licenseFromEachSignal() {
        assertEquals("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
                page("<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">", "").license());
        assertEquals("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
                page("", "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">Some rights reserved</a>").license());
        assertEquals("CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)",
                page(jsonLd("{\"@type\":\"NewsArticle\",\"license\":\"https://creativecommons.org/publicdomain/zero/1.0/\"}"), "").license());
        assertEquals("CC BY-NC 4.0", page("<meta name=\"dc.rights\" content=\"CC BY-NC 4.0\">", "").license());
        Article line = page("", "<p>Republished under a Creative Commons Attribution-ShareAlike 3.0 Unported License.</p>");
        assertEquals("Creative Commons Attribution-ShareAlike 3.0 Unported", line.license());
        assertEquals(-1, line.text().indexOf("Republished"));
    }

    @Test
    void hintsWinOverInferredFields() {
        Hints hints = new Hints(Optional.of("id-7"), Optional.of("https://herald.example/x"), Optional.of("Hinted title"),
                Optional.of("Hinted Author"), Optional.of("Hinted Outlet"), Optional.of(java.time.LocalDate.of(2023, 5, 1)));
        String head = "<meta property=\"og:title\" content=\"Page title\"><meta name=\"author\" content=\"Page Author\">"
                + "<meta property=\"og:site_name\" content=\"Page Outlet\"><meta property=\"article:published_time\" content=\"2024-01-02\">";
        Article article = Pages.html(Pages.page(head, ""), hints);
        assertEquals("id-7", article.id());
        assertEquals("Hinted title", article.title());
        assertEquals("Hinted Author", article.author());
        assertEquals("Hinted Outlet", article.outlet());
        assertEquals("https://herald.example/x", article.url());
        assertEquals("2023-05-01", article.published().orElseThrow().toString());
    }
}
