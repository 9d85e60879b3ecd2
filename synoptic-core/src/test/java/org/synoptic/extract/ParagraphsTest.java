package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void aLineOfPostDetailsNamesItsAuthorAndStaysInTheText() {
        String details = "05/10/2024 - Publicado por: Ana Ruiz - Categoria: Porto - Tags: cais";
        assertEquals("Publicado por: Ana Ruiz", Paragraphs.metaLineByline(details));
        assertEquals("Posted by Ana Ruiz", Paragraphs.metaLineByline("Posted by Ana Ruiz | Harbour news | 3 comments"));
        assertEquals(List.of("Ana Ruiz"), PersonNames.of("Publicado por: Ana Ruiz", SiteNames.NONE, false));
        Paragraphs.Body body = Paragraphs.select(List.of(candidate(details), candidate("The pier reopened on Monday.")), "Pier reopens");
        assertEquals("Publicado por: Ana Ruiz", body.byline());
        assertEquals(details + "\n\nThe pier reopened on Monday.", body.text());
    }

    @Test
    void aSentenceOrAShortLineIsNoLineOfPostDetails() {
        assertEquals("", Paragraphs.metaLineByline("Posted by Ana Ruiz | Harbour news"));
        assertEquals("", Paragraphs.metaLineByline("The board met - as it does each spring - and by Friday the vote was in - a yes."));
        assertEquals("", Paragraphs.metaLineByline("Posted by Ana Ruiz - " + "a very long line of details ".repeat(10) + "- end"));
    }

    @Test
    void aBylineLineInOtherLanguagesIsOneOnlyWhenANameFollowsTheLead() {
        for (String line : List.of("Von Anna Berg", "Par Claire Martin", "Por ANA RUIZ", "Door Joost de Vries", "Af Lars Holm")) {
            assertEquals(true, Paragraphs.isByline(line), line);
        }
        for (String line : List.of("Von Montag an gilt die neue Regel", "Par ailleurs, le port ferme", "Por eso cerró el puerto")) {
            assertEquals(false, Paragraphs.isByline(line), line);
        }
    }

    private static Paragraphs.Candidate candidate(String text) {
        return new Paragraphs.Candidate(text, Blocks.Kind.PARAGRAPH, 0);
    }
}
