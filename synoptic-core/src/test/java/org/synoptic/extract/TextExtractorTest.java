package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class TextExtractorTest {

    private static final String STORY = String.join("\n",
            "date 2021-03-06",
            "",
            "IranWorld NewsMiddle EastPolitics",
            "",
            "Desalination plant opens on the southern coast",
            "",
            "March 7, 2021 - 21:54",
            "",
            "BANDAR ABBAS, Mar. 07 (MNA) – A desalination plant that can supply drinking water to",
            "about two hundred thousand people opened on Sunday, provincial officials said.",
            "",
            "The plant draws seawater through a pipe that runs almost a kilometre offshore and returns",
            "the brine further out, which the operators say protects the coral near the beach.",
            "",
            "Share this:",
            "Share on Facebook",
            "Print",
            "",
            "Officials said a second line would be added next year if demand keeps rising.",
            "",
            "Related",
            "Read more",
            "Comments (0)",
            "Leave a Reply",
            "6 + 2 =",
            "Subscribe to our newsletter",
            "We use cookies to give you the best experience on our website.",
            "This story is published under a Creative Commons Attribution 4.0 International licence.",
            "© 2021 Example News Agency. All rights reserved.",
            "Back to top button",
            "",
            "HJ/13991216000915");

    private final Article article = Pages.text(STORY);

    @Test
    void titleIsTheShortFirstLineBeforeABlankLine() {
        assertEquals("Desalination plant opens on the southern coast", article.title());
        assertFalse(article.text().contains("Desalination plant opens"));
    }

    @Test
    void keepsTheStoryAsParagraphs() {
        assertEquals("A desalination plant that can supply drinking water to about two hundred thousand people opened "
                + "on Sunday, provincial officials said.\n\n"
                + "The plant draws seawater through a pipe that runs almost a kilometre offshore and returns the brine "
                + "further out, which the operators say protects the coral near the beach.\n\n"
                + "Officials said a second line would be added next year if demand keeps rising.", article.text());
    }

    @Test
    void metadataFromTheText() {
        assertEquals("BANDAR ABBAS, Mar. 07 (MNA)", article.dateline());
        assertEquals("Creative Commons Attribution 4.0 International", article.license());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 6)), article.published());
    }

    @Test
    void dateLineAfterTheTitleAndTrailingNewsCodeGiveTheDate() {
        Article dated = Pages.text("Plant opens\n\nMarch 7, 2021 - 21:54\n\nThe plant opened on Sunday, officials said.\n");
        assertEquals(Optional.of(LocalDate.of(2021, 3, 7)), dated.published());
        assertEquals("The plant opened on Sunday, officials said.", dated.text());
        Article coded = Pages.text("Plant opens\n\nThe plant opened on Sunday, officials said.\n\nHJ/13991216000915\n");
        assertEquals(Optional.of(LocalDate.of(2021, 3, 6)), coded.published());
        assertEquals("The plant opened on Sunday, officials said.", coded.text());
    }

    @Test
    void singleNewlinesMakeOneParagraphPerLine() {
        Article lines = Pages.text("The plant opened on Sunday.\nIt cost forty million.\nShare this:\nA second line is planned.");
        assertEquals("", lines.title());
        assertEquals("The plant opened on Sunday.\n\nIt cost forty million.\n\nA second line is planned.", lines.text());
    }

    @Test
    void aFirstLineEndingInAStopIsNotATitle() {
        Article noTitle = Pages.text("The plant opened on Sunday.\n\nIt cost forty million.");
        assertEquals("", noTitle.title());
        assertTrue(noTitle.text().startsWith("The plant opened"));
    }

    @Test
    void byLineBecomesTheAuthor() {
        Article byline = Pages.text("Plant opens\n\nBy Leila Farahani\n\nThe plant opened on Sunday, officials said.");
        assertEquals("Leila Farahani", byline.author());
        assertEquals("The plant opened on Sunday, officials said.", byline.text());
    }

    @Test
    void boilerplateLinesAreRecognisedAlone() {
        for (String line : new String[] {"Leave a Comment", "Leave a Reply", "Back to top", "Back to top button", "6 + 2 =",
                "Share this:", "Share on Facebook", "Print", "Related", "Read more", "Comments (0)",
                "Subscribe to our newsletter", "© 2024 Harbour Herald", "All rights reserved.", "IranWorld NewsMiddle EastPolitics",
                "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies."}) {
            assertTrue(BoilerplateLines.isBoilerplate(line), line);
        }
        for (String line : new String[] {"Read more about the plant in our report on water supply, published last year.",
                "The company printed its results on Monday.", "YouTube and McDonald's signed a deal.",
                "Google will phase out third-party cookies next year, the company said."}) {
            assertFalse(BoilerplateLines.isBoilerplate(line), line);
        }
    }

    @Test
    void mastheadLinesGiveDateAndBylineAndLeaveTheHeadlineAsTitle() {
        Article masthead = Pages.text(String.join("\n",
                "Coastal Weekly",
                "Environment | Gulf",
                "Sunday, 3 November 2024",
                "By Mina Farzan",
                "",
                "Mangrove planting doubles along the southern shore",
                "",
                "Volunteers planted forty thousand mangrove saplings this autumn, twice last year's number, the "
                        + "provincial environment office said on Saturday."));
        assertEquals("Mangrove planting doubles along the southern shore", masthead.title());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 3)), masthead.published());
        assertEquals("Mina Farzan", masthead.author());
        assertTrue(masthead.text().startsWith("Volunteers planted"), masthead.text());
        assertFalse(masthead.text().contains("Coastal Weekly"));
    }

    @Test
    void headerGluedToTheFirstSentenceGivesTheDateAndLeavesTheText() {
        Article glued = Pages.text(" date 2024-10-15 At a meeting in the port city, the harbour board approved a second quay.\n\n"
                + "Work is due to start in the spring, the board said.");
        assertEquals(Optional.of(LocalDate.of(2024, 10, 15)), glued.published());
        assertTrue(glued.text().startsWith("At a meeting in the port city"), glued.text());
    }
}
