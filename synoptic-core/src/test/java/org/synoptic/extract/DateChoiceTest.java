package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

/** Conflicting signals: who wins, and the evidence showing the loser and why. */
class DateChoiceTest {

    private static final String PROSE = "<p>The council met on Monday evening to discuss the plan, which would widen the harbour "
            + "road, move the bus stop and add a crossing near the school, and most members spoke in favour of it.</p>";

    private static Article page(String url, String head, String body) {
        String html = "<html><head><title>Harbour road plan approved</title>" + head + "</head><body>"
                + "<article><h1>Harbour road plan approved</h1>" + body + PROSE + "</article></body></html>";
        return Pages.html(html, url.isEmpty() ? Hints.NONE : Hints.NONE.withUrl(url));
    }

    private static Evidence published(Article article) {
        return article.details().evidence().get("published");
    }

    private static Optional<LocalDate> day(String value) {
        return Optional.of(LocalDate.parse(value));
    }

    private static String reason(Article article, String signal) {
        return published(article).beaten().stream().filter(c -> c.signal().equals(signal)).map(Evidence.Candidate::reason)
                .findFirst().orElse("(not in the evidence)");
    }

    @Test
    void aSignalAgreeingWithTheUrlOverrulesAStrongerOne() {
        Article article = page("https://herald.example/2024/03/07/harbour", "<script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-09\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2024-03-07\">", "");
        assertEquals(day("2024-03-07"), article.published());
        assertEquals("meta:article:published_time", published(article).signal());
        assertTrue(published(article).value().contains("agrees with the url"));
        assertEquals("overruled: agrees with the url", reason(article, "json-ld"));
        Article alone = page("https://herald.example/2024/03/07/harbour", "<meta property=\"article:published_time\" content=\"2024-03-09\">", "");
        assertEquals(day("2024-03-09"), alone.published(), "the url alone does not overrule metadata");
        assertEquals("lower-priority signal", reason(alone, "url"));
    }

    @Test
    void aUtcTimeYieldsToThePublishersLocalDay() {
        Article zoneless = page("", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2023-11-09T06:35:29Z\"}</script><meta name=\"sailthru.date\" content=\"2023-11-08 22:35:29\">", "");
        assertEquals(day("2023-11-08"), zoneless.published());
        assertEquals("2023-11-08T22:35:29-08:00", zoneless.details().publishedTime());
        assertTrue(reason(zoneless, "json-ld").startsWith("overruled: the publisher's local day"));
        Article offset = page("", "<meta property=\"article:published_time\" content=\"2024-03-08T01:00:00Z\">",
                "<div class=\"meta\"><time datetime=\"2024-03-07T20:00:00-05:00\">7 March, 8 pm</time></div>");
        assertEquals("2024-03-07T20:00:00-05:00", offset.details().publishedTime());
        Article urlDay = page("https://herald.example/2024/03/07/harbour",
                "<meta property=\"article:published_time\" content=\"2024-03-08T02:30:00Z\">", "");
        assertEquals(day("2024-03-07"), urlDay.published());
        assertEquals("", urlDay.details().publishedTime(), "the url gives no time");
        Article shown = page("", "<meta property=\"article:published_time\" content=\"2024-03-08T03:00:00Z\">",
                "<div class=\"post-date\">7 March 2024</div>");
        assertEquals(day("2024-03-07"), shown.published());
        Article otherInstant = page("", "<meta property=\"article:published_time\" content=\"2024-03-08T12:00:00Z\">",
                "<div class=\"post-date\">7 March 2024</div>");
        assertEquals(day("2024-03-08"), otherInstant.published(), "noon UTC is the 7th nowhere from UTC-10 to UTC+14");
    }

    @Test
    void datesNearTheHeadlineBeatDatesElsewhere() {
        StringBuilder list = new StringBuilder("<div class=\"latest\">");
        for (int i = 1; i <= 30; i++) {
            list.append("<div class=\"teaser\"><a href=\"/s").append(i).append("\">Story ").append(i)
                    .append("</a><time class=\"date\" datetime=\"2024-05-0").append(1 + i % 9).append("\">May</time></div>");
        }
        list.append("</div>");
        String html = "<html><head><title>Harbour road plan approved</title></head><body>" + list
                + "<article><h1>Harbour road plan approved</h1><p class=\"byline\">By Ana Ruiz | 3 March 2024</p>" + PROSE
                + "</article></body></html>";
        Article article = Pages.html(html);
        assertEquals(day("2024-03-03"), article.published());
        assertEquals("far from the headline", reason(article, "time-element"));
    }

    @Test
    void aMonthInTheUrlPicksTheCandidateInsideIt() {
        Article article = page("https://blog.example/2024/03/harbour.html", "<meta name=\"date\" content=\"2024-04-02\">",
                "<p class=\"post-date\">7 March 2024</p>");
        assertEquals(day("2024-03-07"), article.published());
        assertTrue(published(article).value().contains("in the url's month 2024-03"));
        Article nothingInside = page("https://blog.example/2024/03/harbour.html", "<meta name=\"date\" content=\"2024-04-02\">", "");
        assertEquals(day("2024-04-02"), nothingInside.published(), "a month alone is never a publication day");
    }

    @Test
    void theCanonicalUrlCountsAsAUrl() {
        Article article = page("https://aggregator.example/item/991", "<link rel=\"canonical\" "
                + "href=\"https://herald.example/news/harbour-road-20240307\">", "");
        assertEquals(day("2024-03-07"), article.published());
        assertEquals("url:canonical", published(article).signal());
    }
}
