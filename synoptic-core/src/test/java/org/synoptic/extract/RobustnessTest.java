package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class RobustnessTest {

    @Test
    void aPageOfOnlyFurnitureHasNoText() {
        Article article = Pages.html(Pages.resource("all-furniture.html"));
        assertEquals("", article.text());
        assertEquals("Harbour Herald", article.outlet());
    }

    @Test
    void oddInputsGiveAnArticleNotAnException() {
        String[] inputs = {
            "", " ", "\u0000\u0001\u0002\uFFFD\uFFFD binary\u0007junk\u0000",
            "<html><head><title>Cut", "<html><body><article><p>The council met on Monday and agreed to",
            "<html><body></body></html>", "<<<>>><p <div class=\"\"\"\">", "<script>var a = '</p>';",
            "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head></html>",
            "<meta name=\"date\" content=\"2024-99-99\"><meta name=\"author\" content=\"\">"
        };
        for (String input : inputs) {
            Article html = Pages.html(input);
            Article text = Pages.text(input);
            assertNotNull(html.text());
            assertNotNull(text.text());
            assertEquals(16, html.id().length());
        }
    }

    @Test
    void truncatedHtmlKeepsWhatItHas() {
        String page = Pages.page("<title>Harbour plan</title>", "");
        Article article = Pages.html(page.substring(0, page.indexOf("Residents who attended") + 60));
        assertTrue(article.text().contains("The council met on Monday evening"), article.text());
    }

    @Test
    void hundredThousandNestedDivsDoNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>Deep inside the page, this paragraph still counts, with a comma or two, as text.</p>");
        html.append("</div>".repeat(depth)).append("</body></html>");
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Pages.html(html.toString()));
        assertTrue(article.text().contains("Deep inside the page"));
    }

    @Test
    void sixteenMegabytePageFinishesInSeconds() {
        StringBuilder html = new StringBuilder("<html><head><title>Long report</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
        for (int i = 0; html.length() < 16 * 1024 * 1024; i++) {
            html.append("<div class=\"part\"><p>Paragraph ").append(i)
                    .append(" of the report, with several clauses, a <a href=\"/n\">note</a>, and enough words to count.</p>")
                    .append("<ul class=\"links\"><li><a href=\"/more\">More</a></li></ul></div>\n");
        }
        html.append("</article></body></html>");
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Pages.html(html.toString()));
        assertTrue(article.text().startsWith("Paragraph 0 of the report"));
    }

    @Test
    void sixteenMegabytesOfPlainTextFinishInSeconds() {
        String line = "A line of plain text, with words and a full stop.\n";
        String text = line.repeat(16 * 1024 * 1024 / line.length());
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Pages.text(text));
        assertTrue(article.text().startsWith("A line of plain text"));
    }

    @Test
    void onlyTheFirstMaxHtmlCharsArePartOfThePage() {
        String paragraph = "<p>An ordinary paragraph of the report, with a comma, and words enough to count.</p>\n";
        StringBuilder html = new StringBuilder("<html><body><article>");
        while (html.length() < HtmlExtractor.MAX_HTML_CHARS) {
            html.append(paragraph);
        }
        html.append("<p>A closing paragraph past the cap, which the extractor never reads.</p></article></body></html>");
        Article article = Pages.html(html.toString());
        assertTrue(article.text().startsWith("An ordinary paragraph"));
        assertFalse(article.text().contains("past the cap"));
    }
}
