package org.synoptic.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.names.Articles.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Quote;

class QuoteSpansTest {

    private static List<Quote> quotes(String text) {
        Article article = article("q", text);
        List<Quote> quotes = QuoteFinder.create().find(article, List.of());
        for (Quote quote : quotes) {
            assertEquals("q", quote.article());
            assertTrue(quote.start() <= quote.end() && quote.end() <= text.length());
        }
        return quotes;
    }

    @Test
    void curlyQuoteOffsetsCoverTheTextInsideTheMarks() {
        String text = "The envoy said: \u201CThe road is still open to us.\u201D Then he left.";
        Quote quote = quotes(text).get(0);
        assertEquals("The road is still open to us.", quote.text());
        assertEquals(text.indexOf("The road"), quote.start());
        assertEquals(text.indexOf('\u201D'), quote.end());
    }

    @Test
    void straightQuotesPairBySpacing() {
        String text = "\"We wanted a fair price,\" the trader said, and later: \"Nobody listened to the farmers.\"";
        assertEquals(List.of("We wanted a fair price,", "Nobody listened to the farmers."),
                quotes(text).stream().map(Quote::text).toList());
    }

    @Test
    void scareQuotesOfOneOrTwoWordsAreSkipped() {
        String text = "The so-called \u201Cred line\u201D and the \"reset\" were mocked as \u201Ca very old idea\u201D by critics.";
        assertEquals(List.of("a very old idea"), quotes(text).stream().map(Quote::text).toList());
    }

    @Test
    void aQuoteRunsOnIntoAParagraphThatReopensIt() {
        String text = "Vask spoke at length.\n\n\u201CThe first part of the plan is about grain.\n\n"
                + "\u201CThe second part is about the railway,\u201D he said.";
        List<Quote> found = quotes(text);
        assertEquals(1, found.size());
        Quote quote = found.get(0);
        assertEquals(text.indexOf("The first"), quote.start());
        assertEquals(text.lastIndexOf('\u201D'), quote.end());
        assertEquals("The first part of the plan is about grain.\n\nThe second part is about the railway,", quote.text());
    }

    @Test
    void straightQuotesRunOnToo() {
        String text = "\"Prices rose for a third month.\n\"Wages did not follow them,\" the union said.";
        assertEquals(List.of("Prices rose for a third month.\n\nWages did not follow them,"),
                quotes(text).stream().map(Quote::text).toList());
    }

    @Test
    void anUnclosedQuoteThatDoesNotRunOnIsDropped() {
        String text = "He said \u201Cthis never ends and goes on\n\nThe next paragraph has \u201Cits own full quote\u201D here.";
        assertEquals(List.of("its own full quote"), quotes(text).stream().map(Quote::text).toList());
    }

    @Test
    void quotesComeInTextOrder() {
        String text = "\u201COne two three,\u201D she said. \u201CFour five six,\u201D she added. \"Seven eight nine.\"";
        List<Integer> starts = quotes(text).stream().map(Quote::start).toList();
        assertEquals(3, starts.size());
        assertEquals(starts.stream().sorted().toList(), starts);
    }
}
