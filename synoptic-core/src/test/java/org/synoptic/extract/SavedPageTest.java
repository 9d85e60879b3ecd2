package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Hints;

class SavedPageTest {

    private static final String SINGLE_FILE = """
            <!DOCTYPE html> <html lang="en"><!--
             Page saved with SingleFile\s
             url: https://harbour.example/news/2019/03/02/ferries-run-again\s
             saved date: Mon Mar 04 2019 11:00:00 GMT+0100 (Central European Standard Time)
            --><head><title>Ferries run again</title></head><body></body></html>""";

    @Test
    void singleFileNotesTheAddressAndTheSaveTime() {
        Hints hints = SavedPage.hints(Hints.NONE, SINGLE_FILE);
        assertEquals(Optional.of("https://harbour.example/news/2019/03/02/ferries-run-again"), hints.url());
        assertEquals(Optional.of(Instant.parse("2019-03-04T10:00:00Z")), hints.fetched());
    }

    @Test
    void singleFilesOlderHeaderToo() {
        Hints hints = SavedPage.hints(Hints.NONE, SINGLE_FILE.replace("Page saved with SingleFile", "Archive processed by SingleFile"));
        assertEquals(Optional.of("https://harbour.example/news/2019/03/02/ferries-run-again"), hints.url());
    }

    @Test
    void aBrowserNotesTheAddress() {
        Hints hints = SavedPage.hints(Hints.NONE,
                "<!DOCTYPE html>\n<!-- saved from url=(0049)https://harbour.example/news/ferries-run-again -->\n<html></html>");
        assertEquals(Optional.of("https://harbour.example/news/ferries-run-again"), hints.url());
        assertEquals(Optional.empty(), hints.fetched());
    }

    @Test
    void theContainersHintsComeFirstAndOtherCommentsSayNothing() {
        Hints container = Hints.NONE.withUrl("https://wire.example/a").withFetched(Instant.parse("2020-01-01T00:00:00Z"));
        assertEquals(container, SavedPage.hints(container, SINGLE_FILE));
        assertEquals(Hints.NONE, SavedPage.hints(Hints.NONE, "<!-- saved from url=(0010)javascript:x --><!-- url: https://a.example/ -->"));
        assertEquals(Hints.NONE, SavedPage.hints(Hints.NONE, " ".repeat(SavedPage.HEAD_CHARS) + SINGLE_FILE));
        assertEquals(Optional.empty(), SavedPage.scriptDate("24/11/2026 19:20"));
        assertEquals(Optional.of(Instant.parse("2026-09-24T00:00:00Z")), SavedPage.scriptDate("Thu Sep 24 2026"));
        assertEquals(Optional.empty(), SavedPage.scriptDate("Mon Feb 30 2019 11:00:00 GMT+0100"));
    }

    @Test
    void theSavedAddressAndTimeDateThePage() {
        String page = SINGLE_FILE.replace("<body></body>", "<body><article><h1>Ferries run again</h1>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"dateModified\": \"2024-06-01\"}</script>"
                + "<p>The ferries between the two harbours ran again on Saturday after a week of storms kept them in port, "
                + "and the first boat left at six in the morning with a full load of passengers and cars.</p></article></body>");
        Article article = Pages.html(page);
        assertEquals("https://harbour.example/news/2019/03/02/ferries-run-again", article.url());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 2)), article.published());
        assertEquals("harbour.example", article.outlet());
        // The page's update date falls after it was saved: no update date stands.
        assertNull(article.details().evidence().get("modified"), article.details().evidence()::toString);
    }
}
