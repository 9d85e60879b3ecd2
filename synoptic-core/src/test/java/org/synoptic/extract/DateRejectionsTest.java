package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;

/**
 * Every way a date is set aside shows in the evidence with its reason, and none of them becomes
 * the publication date. The clock of {@link Pages} says 2025-01-10.
 */
class DateRejectionsTest {

    private static final String PROSE = "<p>The council met on Monday evening to discuss the plan, which would widen the harbour "
            + "road, move the bus stop and add a crossing near the school, and most members spoke in favour of it.</p>";

    private static Article page(String head, String before, String article, String after) {
        return Pages.html("<html><head><title>Harbour road plan approved | Herald</title>" + head + "</head><body>" + before
                + "<article><h1>Harbour road plan approved</h1>" + article + PROSE + "</article>" + after + "</body></html>");
    }

    private static String reason(Article article, String value) {
        Evidence evidence = article.details().evidence().get("published");
        return evidence.beaten().stream().filter(c -> c.value().startsWith(value)).map(Evidence.Candidate::reason)
                .findFirst().orElse("(not in the evidence)");
    }

    @Test
    void furnitureAroundTheArticle() {
        Article article = page("",
                "<header class=\"site-header\"><span class=\"date\">Friday, 10 January 2025</span></header>"
                        + "<nav><span class=\"date\">9 January 2025</span></nav>"
                        + "<div id=\"calendar\"><span class=\"date\">8 January 2025</span></div>",
                "<div class=\"byline\">By Ana Ruiz, 3 March 2024</div>",
                "<aside><span class=\"date\">7 January 2025</span></aside>"
                        + "<div class=\"related-posts\"><span class=\"date\">6 January 2025</span></div>"
                        + "<div id=\"comments\"><span class=\"date\">5 January 2025</span></div>"
                        + "<div class=\"footer\"><p>Last changed 4 January 2025</p><p>© Herald</p></div>"
                        + "<script>var built = \"2024-12-30\";</script><!-- cached 2024-12-31 -->");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), article.published());
        assertEquals("site header", reason(article, "2025-01-10"));
        assertEquals("navigation", reason(article, "2025-01-09"));
        assertEquals("calendar or archive widget", reason(article, "2025-01-08"));
        assertEquals("related-stories block", reason(article, "2025-01-07"));
        assertEquals("related-stories block", reason(article, "2025-01-06"));
        assertEquals("comment section", reason(article, "2025-01-05"));
        assertEquals("page footer", reason(article, "2025-01-04"));
        assertEquals("inside a script", reason(article, "2024-12-30"));
        assertEquals("in a comment", reason(article, "2024-12-31"));
    }

    @Test
    void blocksNamedByTheirHeading() {
        Article article = page("", "", "<p class=\"byline\">By Ana Ruiz, 3 March 2024</p>",
                "<section><h2>Read next</h2><ul><li><a href=\"/a\">Bridge works</a> <span class=\"date\">4 March 2024</span></li></ul></section>"
                        + "<div><h3>Lesen Sie auch</h3><p><a href=\"/b\">Hafen</a> 05.03.2024</p></div>");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), article.published());
        assertEquals("related-stories block", reason(article, "2024-03-04"));
        assertEquals("related-stories block", reason(article, "2024-03-05"));
    }

    @Test
    void copyrightLinesAndCommentNodes() {
        Article article = page("<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-03\"},"
                + "{\"@type\":\"Comment\",\"datePublished\":\"2024-03-04\"}]</script>", "", "<p>© 2019 Herald Media</p><p>(c) 01.02.2020</p>", "");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), article.published());
        assertEquals("comment section", reason(article, "2024-03-04"));
        assertEquals("copyright line", reason(article, "2020-02-01"));
    }

    @Test
    void futureAncientAndLowerSignals() {
        Article article = page("<meta property=\"article:published_time\" content=\"2025-01-12T00:00:00Z\">"
                        + "<meta name=\"date\" content=\"1989-12-31\"><meta name=\"dc.date\" content=\"2024-05-05\">"
                        + "<meta property=\"article:modified_time\" content=\"2024-06-01\">", "",
                "<time datetime=\"2024-05-04\">4 May</time>", "");
        assertEquals(Optional.of(LocalDate.of(2024, 5, 5)), article.published());
        assertEquals("after the fetch time", reason(article, "2025-01-12"));
        assertEquals("before 1990", reason(article, "1989-12-31"));
        assertEquals("lower-priority signal", reason(article, "2024-05-04"));
        assertEquals("a last-update date", reason(article, "2024-06-01"));
        Article slack = page("<meta property=\"article:published_time\" content=\"2025-01-11\">", "", "", "");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 11)), slack.published(), "a day of slack for time zones");
    }

    @Test
    void noDateStandingStillExplainsWhy() {
        Article article = page("<meta property=\"article:published_time\" content=\"2026-05-01\">", "", "", "<!-- 2024-02-02 -->");
        assertEquals(Optional.empty(), article.published());
        Evidence evidence = article.details().evidence().get("published");
        assertEquals("none", evidence.signal());
        assertTrue(evidence.beaten().stream().anyMatch(c -> c.reason().equals("after the fetch time")));
        assertTrue(evidence.beaten().stream().anyMatch(c -> c.reason().equals("in a comment")));
    }

    @Test
    void anUpdateBeforeThePublicationIsNoUpdate() {
        Article article = page("<meta property=\"article:published_time\" content=\"2024-05-05\">"
                + "<meta property=\"article:modified_time\" content=\"2024-05-01\">", "", "", "");
        assertEquals(Optional.empty(), article.details().modified());
    }
}
