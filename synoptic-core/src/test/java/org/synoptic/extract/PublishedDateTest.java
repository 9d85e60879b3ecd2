package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

class PublishedDateTest {

    private static Optional<LocalDate> published(String head, String article) {
        return Pages.html(Pages.page(head, article)).published();
    }

    private static Optional<LocalDate> date(String value) {
        return Optional.of(LocalDate.parse(value));
    }

    @Test
    void eachSignalKind() {
        assertEquals(date("2024-03-07"), published("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-07T21:54:00+03:30\"}</script>", ""));
        for (String name : new String[] {"property=\"article:published_time\"", "property=\"og:published_time\"", "name=\"pubdate\"",
                "name=\"publishdate\"", "name=\"date\"", "name=\"DC.date.issued\"", "name=\"sailthru.date\"", "name=\"parsely-pub-date\""}) {
            assertEquals(date("2024-03-07"), published("<meta " + name + " content=\"2024-03-07T10:00:00Z\">", ""), name);
        }
        assertEquals(date("2024-03-07"), published("", "<time datetime=\"2024-03-07\" pubdate>7 March</time>"));
        assertEquals(date("2024-03-07"), published("", "<header><time datetime=\"2024-03-07T09:00\">Thursday</time></header>"));
        assertEquals(date("2024-10-15"), Pages.html(Pages.page("", ""), Hints.NONE.withUrl("https://herald.example/2024/10/15/harbour")).published());
        assertEquals(date("2021-03-07"), published("", "<p>March 7, 2021 - 21:54</p>"));
    }

    @Test
    void theEvidenceSaysHowSureTheDateIs() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-10-15\"}</script>";
        Hints dated = Hints.NONE.withUrl("https://herald.example/2024/10/15/harbour");
        // JSON-LD and the address name one day: sure.
        assertEquals(Evidence.Confidence.HIGH, publishedConfidence(Pages.html(Pages.page(ld, ""), dated)));
        // JSON-LD alone: nothing confirms it, nothing contradicts it.
        assertEquals(Evidence.Confidence.MEDIUM, publishedConfidence(Pages.html(Pages.page(ld, ""))));
        // A meta tag names a day a month away and nothing agrees with JSON-LD: a conflict.
        assertEquals(Evidence.Confidence.LOW, publishedConfidence(Pages.html(Pages.page(ld
                + "<meta property=\"article:published_time\" content=\"2024-09-14\">", ""))));
        // A day apart is a time zone's difference, not a conflict.
        assertEquals(Evidence.Confidence.MEDIUM, publishedConfidence(Pages.html(Pages.page(ld
                + "<meta property=\"article:published_time\" content=\"2024-10-14T23:00:00Z\">", ""))));
        // A date from loose page text alone is weak.
        assertEquals(Evidence.Confidence.LOW, publishedConfidence(Pages.html(Pages.page("",
                "<p>The ferry, which first sailed on 3 May 2019, returns to service next week after repairs.</p>"))));
    }

    private static Evidence.Confidence publishedConfidence(Article article) {
        return article.details().evidence().get("published").confidence();
    }

    @Test
    void higherSignalsWin() {
        String head = "<meta property=\"article:published_time\" content=\"2024-02-02\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-01-01\"}</script>";
        assertEquals(date("2024-01-01"), published(head, "<time datetime=\"2024-03-03\" pubdate></time>"));
        assertEquals(date("2024-02-02"), published("<meta property=\"article:published_time\" content=\"2024-02-02\">",
                "<time datetime=\"2024-03-03\" pubdate></time>"));
    }

    @Test
    void futureAndAncientDatesAreRejected() {
        // The clock says 2025-01-10; a day of slack allows 2025-01-11 but not 2025-01-12.
        assertEquals(date("2024-05-05"), published("<meta property=\"article:published_time\" content=\"2026-01-01\">"
                + "<meta name=\"date\" content=\"2024-05-05\">", ""));
        assertEquals(date("2025-01-11"), published("<meta name=\"date\" content=\"2025-01-11\">", ""));
        assertEquals(Optional.empty(), published("<meta name=\"date\" content=\"2025-01-12\">", ""));
        assertEquals(Optional.empty(), published("<meta name=\"date\" content=\"1989-12-31\">", ""));
    }

    @Test
    void datesWrittenInText() {
        assertEquals(date("2021-03-07"), DateText.find("March 7, 2021 - 21:54"));
        assertEquals(date("2024-10-15"), DateText.find("2024-10-15"));
        assertEquals(date("2024-10-15"), DateText.find("15 October 2024"));
        assertEquals(date("2024-10-15"), DateText.find("Oct. 15, 2024"));
        assertEquals(date("2024-10-15"), DateText.find("15.10.2024"));
        assertEquals(Optional.empty(), DateText.find("10/11/2024"));
        assertEquals(Optional.empty(), DateText.find("2024-02-30"));
        assertEquals(date("2019-11-18"), UrlDates.day("https://paper.example/2019/nov/18/story"));
        assertEquals(date("2019-11-15"), UrlDates.day("https://paper.example/cells-taste-danger-20191115/"));
    }

    @Test
    void solarHijriNewsCodes() {
        assertEquals(date("2024-10-15"), SolarHijri.fromNewsCode("CWS/14030724000412"));
        assertEquals(date("2021-03-06"), SolarHijri.fromNewsCode("News Code HJ/13991216000915"));
        assertEquals(Optional.empty(), SolarHijri.fromNewsCode("HJ/13991316000915"));
        assertEquals(Optional.empty(), SolarHijri.fromNewsCode("ISBN 978/13991216"));
        assertTrue(SolarHijri.isCodeLine(" HJ/13991216000915 "));
    }

    @Test
    void newsCodeIsTheLastResortAndLeavesTheText() {
        var article = Pages.html(Pages.page("", "<p>CWS/14030724000412</p>"));
        assertEquals(date("2024-10-15"), article.published());
        assertEquals(-1, article.text().indexOf("CWS/"));
        var withMeta = Pages.html(Pages.page("<meta name=\"date\" content=\"2024-10-01\">", "<p>CWS/14030724000412</p>"));
        assertEquals(date("2024-10-01"), withMeta.published());
    }
}
