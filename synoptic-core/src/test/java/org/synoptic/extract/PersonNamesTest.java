package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap tests of {@link PersonNames} must never keep a pattern from a string it would change. */
class PersonNamesTest {

    private static final List<String> PIECES = List.of("By", "by", "BY", "bY", "Von", "von", "vonFred", "byJane", "par", "Par",
            "por", "door", "Di", "av", "di", "written", "Written", "WRITTEN", "reporting", "Reporting", "propos", "recueillis",
            "Recueillies", "écrit", "ÉCRIT", "geschrieben", "text", "Text", "texte", "texto", "testo", "tekst", "ТЕКСТ", "автор",
            "author", "Authors", "AUTORIN", "byline", "Byline", "redaktion", "reporter", "words", "story", "photos", "photo",
            "interview", "bye", "byl", "dı", "ſtory", "Jane", "Doe", "Jan", "JAN", "Sept.", "sep", "Margaret", "Dec", "today",
            "Yesterday", "agO", "and", "AND", "und", "et", "y", "e", "i", "og", "en", "és", "и", "И", "Und", ":", " :", ": ", ",",
            ";", "&", "/", "／", "、", ".", ". ", "-", "|", "ß", "日", "記者", "𝐀𝐁", "\t", "\n", "é", "Piše", "PIŠE", "pisze", "napisała", "كتبت", "بقلم",
            "for", "For", "FOR", "für", "pour", "Posted", "updated", "Monday", "on", "3", "•", "—");

    @Test
    void theLeadTestLetsThroughEveryStringTheLeadPatternChanges() {
        Random random = new Random(23);
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(random);
            assertEquals(PersonNames.LEAD.matcher(text).replaceFirst(""), PersonNames.withoutLead(text), text);
            assertEquals(PersonNames.GLUED_LEAD.matcher(text).replaceFirst(""), PersonNames.withoutGluedLead(text), text);
        }
    }

    @Test
    void theJoinTestLetsThroughEveryStringTheSplitPatternCuts() {
        Random random = new Random(29);
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(random);
            if (!PersonNames.mayJoinNames(text)) {
                assertArrayEquals(new String[] {text}, PersonNames.SPLIT.split(text), text);
            }
        }
    }

    @Test
    void theTailTestLetsThroughEveryStringTheCutPatternCuts() {
        Random random = new Random(37);
        for (int i = 0; i < 30_000; i++) {
            // Author strings are collapsed to single spaces before they are cut.
            String text = TextClean.collapse(randomText(random));
            if (!PersonNames.mayHoldTail(text)) {
                assertEquals(text, PersonNames.CUT.matcher(text).replaceFirst(""), text);
            }
        }
    }

    @Test
    void theCalendarTestLetsThroughEveryStringWithAMonthOrDayWord() {
        Random random = new Random(31);
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(random);
            if (PersonNames.CALENDAR_WORD.matcher(text).find()) {
                assertEquals(true, PersonNames.mayNameCalendar(text), text);
            }
        }
    }

    private static String randomText(Random random) {
        String text = RandomTexts.of(random, PIECES, 6);
        return random.nextBoolean() ? text.strip() : text;
    }
}
