package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

/** Each date signal, named in the evidence; publication and update kept apart; timestamps with and without zone. */
class DateSignalsTest {

    private static Article page(String head, String article) {
        return Pages.html(Pages.page(head, article));
    }

    private static Evidence published(Article article) {
        return article.details().evidence().get("published");
    }

    private static Optional<LocalDate> day(String value) {
        return Optional.of(LocalDate.parse(value));
    }

    @Test
    void eachSignalIsNamedInTheEvidence() {
        assertEquals("json-ld", published(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-07\"}</script>", "")).signal());
        assertEquals("json-ld:WebPage", published(page("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2024-03-07\"}]}</script>", "")).signal());
        assertEquals("meta:article:published_time", published(page("<meta property=\"article:published_time\" content=\"2024-03-07\">", "")).signal());
        assertEquals("meta:five_hundred_pixels:uploaded", published(page("<meta property=\"five_hundred_pixels:uploaded\" "
                + "content=\"2024-03-07T10:00:00Z\">", "")).signal());
        assertEquals("time-element", published(page("", "<header><time datetime=\"2024-03-07\">7 March</time></header>")).signal());
        assertEquals("itemprop:datePublished", published(page("", "<span itemprop=\"datePublished\" content=\"2024-03-07\">7/3</span>")).signal());
        assertEquals("abbr.published", published(page("", "<abbr class=\"published\" title=\"2024-03-07T09:00:00-05:00\">9 AM</abbr>")).signal());
        assertEquals("byline-text", published(page("", "<div class=\"post-date\">7. März 2024</div>")).signal());
        assertEquals("text-line", published(page("", "<p>Veröffentlicht am 7. März 2024</p>")).signal());
        assertEquals("date-line", published(page("", "<div><span>Donnerstag, 07.03.2024</span><b>x</b></div>")).signal());
        assertEquals("page-text", published(page("", "<div><span>Der Rat tagte am 07.03.2024 im Rathaus</span><b>x</b></div>")).signal());
        assertEquals("news-code", published(page("", "<p>CWS/14021217000412</p>")).signal());
        Article fromUrl = Pages.html(Pages.page("", ""), Hints.NONE.withUrl("https://herald.example/2024/03/07/harbour"));
        assertEquals("url", published(fromUrl).signal());
        Article hinted = Pages.html(Pages.page("<meta name=\"date\" content=\"2024-02-02\">", ""),
                new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), day("2024-03-07")));
        assertEquals("hint", published(hinted).signal());
        assertEquals(day("2024-03-07"), hinted.published());
    }

    @Test
    void publicationAndUpdateAreKeptApart() {
        Article ld = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2024-03-09T08:00:00Z\","
                + "\"datePublished\":\"2024-03-07T21:54:00+03:30\"}</script>", "");
        assertEquals(day("2024-03-07"), ld.published());
        assertEquals(day("2024-03-09"), ld.details().modified());
        assertEquals("2024-03-09T08:00:00Z", ld.details().modifiedTime());
        assertTrue(published(ld).beaten().stream().anyMatch(c -> c.value().startsWith("2024-03-09") && c.reason().equals("a last-update date")));
        for (String update : new String[] {"<meta property=\"article:modified_time\" content=\"2024-03-09\">",
                "<meta property=\"og:updated_time\" content=\"2024-03-09\">"}) {
            Article meta = page("<meta property=\"article:published_time\" content=\"2024-03-07\">" + update, "");
            assertEquals(day("2024-03-07"), meta.published(), update);
            assertEquals(day("2024-03-09"), meta.details().modified(), update);
        }
        Article markup = page("<meta name=\"date\" content=\"2024-03-07\">", "<header><time itemprop=\"dateModified\" datetime=\"2024-03-09\">"
                + "9 March</time> <time class=\"updated\" datetime=\"2024-03-08\">8 March</time></header>");
        assertEquals(day("2024-03-07"), markup.published());
        assertEquals(day("2024-03-09"), markup.details().modified());
        Article lines = page("", "<p>Published: 7 March 2024</p><p>Updated: 9 March 2024, 10:15</p>");
        assertEquals(day("2024-03-07"), lines.published());
        assertEquals(day("2024-03-09"), lines.details().modified());
    }

    @Test
    void anUpdateOnlyPageSaysSo() {
        Article article = page("<meta property=\"article:modified_time\" content=\"2024-03-09T08:00:00Z\">", "");
        assertEquals(day("2024-03-09"), article.published());
        assertEquals("update-only:meta:article:modified_time", published(article).signal());
        assertTrue(published(article).value().contains("only a last-update date"));
        Article text = Pages.text("Harbour road plan\n\nUpdated: 9 March 2024\n\nThe council met on Monday to discuss the plan, "
                + "and most members spoke in favour of it.\n");
        assertEquals(day("2024-03-09"), text.details().modified());
        assertEquals("update-only:text-line", published(text).signal());
    }

    @Test
    void timestampsKeepTheirZoneAndZonelessTimesStayDays() {
        Article zoned = page("<meta property=\"article:published_time\" content=\"2024-10-15T14:20:00+03:30\">", "");
        assertEquals("2024-10-15T14:20:00+03:30", zoned.details().publishedTime());
        assertEquals(day("2024-10-15"), zoned.published());
        Article compact = page("<meta property=\"article:published_time\" content=\"20241015T14:20:07+0330\">", "");
        assertEquals("2024-10-15T14:20:07+03:30", compact.details().publishedTime());
        Article zoneless = page("<meta property=\"article:published_time\" content=\"2024-10-15 14:20\">", "");
        assertEquals("", zoneless.details().publishedTime());
        assertEquals(day("2024-10-15"), zoneless.published());
        assertEquals("2024-10-15 14:20 (time without zone: day precision)", published(zoneless).value());
        Article rfc = page("<meta http-equiv=\"last-modified\" content=\"Tue, 15 Oct 2024 11:20:00 GMT\">"
                + "<meta name=\"date\" content=\"2024-10-14\">", "");
        assertEquals("2024-10-15T11:20:00Z", rfc.details().modifiedTime());
    }

    @Test
    void settledMetadataSpareTheWalkOverThePage() {
        String settledHead = "<meta property=\"article:published_time\" content=\"2024-03-07T10:00:00+01:00\">"
                + "<meta property=\"article:modified_time\" content=\"2024-03-08T10:00:00+01:00\">";
        Article settled = page(settledHead, "<p class=\"post-date\">1 March 2024</p>");
        assertEquals(day("2024-03-07"), settled.published());
        assertTrue(published(settled).beaten().stream().noneMatch(c -> c.signal().equals("byline-text")), "the page was not walked");
        Article futureMeta = page(settledHead.replace("2024-03-0", "2026-03-0"), "<p class=\"post-date\">1 March 2024</p>");
        assertEquals(day("2024-03-01"), futureMeta.published(), "an implausible metadata date settles nothing");
        Article utc = page(settledHead.replace("+01:00", "Z"), "<p class=\"post-date\">1 March 2024</p>");
        assertTrue(published(utc).beaten().stream().anyMatch(c -> c.signal().equals("byline-text")), "a UTC time is checked against the page");
    }
}
