package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.time.Tagging.SUNDAY_2021_03_07;
import static org.synoptic.time.Tagging.tag;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Calendar;
import org.synoptic.model.Timex;

/** Whole-tagger behaviour: overlaps, order, determinism, bounds. */
class RuleTimeTaggerTest {

    private static final String MIXED = "On Saturday the agency said that since 2019, and again on Bahman 20, 1399 "
            + "(February 8, 2021), prices rose; yesterday the bank said next year looks better than the 1990s.";

    @Test
    void longestMatchWinsAndResultIsInTextOrder() {
        List<Timex> found = tag(MIXED, SUNDAY_2021_03_07);
        assertEquals(List.of("Saturday", "2019", "Bahman 20, 1399", "February 8, 2021", "yesterday", "next year",
                "the 1990s"), found.stream().map(Timex::text).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start(), "sorted and disjoint: " + found);
        }
        for (Timex t : found) {
            assertEquals(t.text(), MIXED.substring(t.start(), t.end()));
        }
        assertEquals(Calendar.SOLAR_HIJRI, found.get(2).calendar());
        assertEquals(found.get(2).value(), found.get(3).value(), "both calendars name the same day");
    }

    @Test
    void weekdayBeforeADateIsPartOfIt() {
        String text = "Voting ends Tuesday, October 15, 2024.";
        List<Timex> found = tag(text, SUNDAY_2021_03_07);
        assertEquals(1, found.size(), found::toString);
        assertEquals("Tuesday, October 15, 2024", found.getFirst().text());
    }

    @Test
    void sameInputSameOutput() {
        TimeTagger fresh = TimeTagger.create();
        List<Timex> first = tag(MIXED, SUNDAY_2021_03_07);
        assertEquals(first, fresh.tag(Tagging.article(MIXED, Optional.of(SUNDAY_2021_03_07))));
        assertEquals(first, tag(MIXED, SUNDAY_2021_03_07));
    }

    @Test
    void readsOnlyTheFirstMillionCharacters() {
        String filler = " ".repeat(RuleTimeTagger.MAX_CHARS - 20);
        String text = "It began in 2001." + filler + "It ended in 2005.";
        List<Timex> found = tag(text, SUNDAY_2021_03_07);
        assertEquals(List.of("2001"), found.stream().map(Timex::value).toList());
    }

    @Test
    void emptyTextHasNoDates() {
        assertEquals(List.of(), tag("", SUNDAY_2021_03_07));
    }

    @Test
    void rejectsNullArticle() {
        assertThrows(IllegalArgumentException.class, () -> TimeTagger.create().tag(null));
    }
}
