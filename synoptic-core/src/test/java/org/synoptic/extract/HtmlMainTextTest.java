package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class HtmlMainTextTest {

    private final Article article = Pages.html(Pages.resource("harbour-bridge.html"));

    @Test
    void keepsEveryParagraphOfTheStoryInOrder() {
        String text = article.text();
        List<String> expected = List.of(
                "Passenger ferries resumed their crossings to the island on Tuesday morning",
                "The first boat left the south pier shortly after dawn",
                "Why the crossing stopped",
                "Inspectors closed the route in late August",
                "Repair crews worked in two shifts",
                "\"We kept hearing that the island felt cut off",
                "Islanders said the closure had made ordinary errands exhausting",
                "The trust said timetables would return to the summer pattern");
        int at = -1;
        for (String paragraph : expected) {
            int next = text.indexOf(paragraph);
            assertTrue(next > at, () -> "missing or out of order: " + paragraph + "\n---\n" + text);
            at = next;
        }
    }

    @Test
    void dropsPageFurniture() {
        String text = article.text();
        List<String> furniture = List.of(
                "We use cookies", "Skip to main content", "Sport", "Advertisement", "discount kayaks",
                "Share on Facebook", "Bridge closed after divers find corrosion", "Related",
                "Sign up for our free morning newsletter", "Ferries", "harbourwatcher",
                "About time too", "Leave a Reply", "Lighthouse keeper retires", "print edition",
                "All rights reserved", "Privacy", "Photo: Harbour Trust", "By Priya Raman");
        for (String phrase : furniture) {
            assertFalse(text.contains(phrase), () -> "furniture kept: " + phrase + "\n---\n" + text);
        }
    }

    @Test
    void keepsHeadlineDatelineAndLicenceOutOfTheText() {
        assertFalse(article.text().contains("Ferry service returns to Kestrel Bay"));
        assertFalse(article.text().contains("KESTREL BAY"));
        assertFalse(article.text().contains("Creative Commons"));
        assertTrue(article.text().startsWith("Passenger ferries resumed"));
        assertEquals("KESTREL BAY, Oct. 15 (CL)", article.dateline());
        assertEquals("Creative Commons Attribution 4.0 International", article.license());
    }

    @Test
    void joinsParagraphsWithBlankLinesAndCleanWhitespace() {
        String text = article.text();
        assertTrue(text.contains(" bridge that carries the harbour road.\n\nThe first boat"));
        assertFalse(text.contains("  "));
        assertFalse(text.contains("&amp;") || text.contains("&quot;") || text.contains("\u00A0"));
        assertFalse(text.startsWith("\n") || text.endsWith("\n"));
    }

    @Test
    void readsTheMetadata() {
        assertEquals("Ferry service returns to Kestrel Bay after bridge repairs", article.title());
        assertEquals("Priya Raman, Tomas Lind", article.author());
        assertEquals("The Coastal Ledger", article.outlet());
        assertEquals("https://www.coastalledger.example/news/2024/10/15/ferry-returns", article.url());
        assertEquals("en", article.language());
        assertEquals("2024-10-15", article.published().orElseThrow().toString());
    }

    @Test
    void keepsAMainContainerWhoseNameMentionsFurniture() {
        String html = "<html><body><div class=\"content-sidebar-wrap\"><div class=\"entry-content has-share-buttons\">"
                + "<p>The orchard planted three hundred apple trees this spring, most of them old local varieties "
                + "that had almost disappeared from the valley, and volunteers did all of the digging.</p>"
                + "<p>Each tree was grafted from a cutting kept by a neighbour, and the owners hope to sell juice, "
                + "cider and dried fruit from the first harvest in about four years, if the weather is kind.</p>"
                + "</div><div class=\"sidebar\"><p>Popular now: ten ways to prune roses, and more tips for your garden.</p></div>"
                + "</div></body></html>";
        String text = Pages.html(html).text();
        assertTrue(text.contains("The orchard planted three hundred apple trees"), text);
        assertTrue(text.contains("Each tree was grafted"), text);
        assertFalse(text.contains("Popular now"), text);
    }

    @Test
    void dropsLinkListsInsideTheArticle() {
        String html = Pages.page("", "<h1>Harbour plan</h1><ul class=\"more\"><li><a href=\"/1\">Council budget approved after long debate</a></li>"
                + "<li><a href=\"/2\">New school opens in the autumn for two hundred pupils</a></li>"
                + "<li><a href=\"/3\">Market hall to be restored with lottery money</a></li></ul>");
        String text = Pages.html(html).text();
        assertTrue(text.contains("The council met on Monday evening"), text);
        assertFalse(text.contains("Council budget approved"), text);
    }

    @Test
    void hiddenElementsGoUnlessTheyHoldThePage() {
        String hiddenBox = Pages.page("", "<div style=\"display: none\"><p>Hidden teaser text about a different story entirely.</p></div>"
                + "<p hidden>Another hidden paragraph that should never be read.</p>");
        String text = Pages.html(hiddenBox).text();
        assertTrue(text.contains("The council met on Monday evening"), text);
        assertFalse(text.contains("Hidden teaser") || text.contains("Another hidden"), text);
        String hiddenWrapper = Pages.page("", "").replace("<article>", "<article aria-hidden=\"true\">");
        assertTrue(Pages.html(hiddenWrapper).text().contains("The council met on Monday evening"));
    }

    @Test
    void aSingleLineBreakJoinsAndADoubleOneSplits() {
        String html = Pages.page("", "<div class=\"story\">The pier will close for the winter,<br>the harbour master said on Friday, "
                + "after storms damaged the railings.<br><br>Repairs are expected to start in March, with the pier reopening by Easter.</div>");
        String text = Pages.html(html).text();
        assertTrue(text.contains("The pier will close for the winter, the harbour master said on Friday, after storms damaged the railings."
                + "\n\nRepairs are expected to start in March"), text);
    }
}
