package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.time.Tagging.SUNDAY_2021_03_07;
import static org.synoptic.time.Tagging.find;
import static org.synoptic.time.Tagging.only;
import static org.synoptic.time.Tagging.tag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Timex;

/** Dates that carry their own year: month names, digits, years and decades. */
class GregorianDatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The council voted on March 7, 2021 to extend the measure.   | March 7, 2021             | 2021-03-07
            Ballots were counted on 7 March 2021 in every district.     | 7 March 2021              | 2021-03-07
            The strike began Mar. 7, 2021, the union said.              | Mar. 7, 2021              | 2021-03-07
            Polls close on Tuesday, October 15, 2024 at dusk.           | Tuesday, October 15, 2024 | 2024-10-15
            The accord took effect on the 15th of October 2024.         | 15th of October 2024      | 2024-10-15
            Parliament met again on Sept. 30, 2019 after the recess.    | Sept. 30, 2019            | 2019-09-30
            Inflation peaked in February 2021 before easing.            | February 2021             | 2021-02
            She was elected mayor in May 2019 by a wide margin.         | May 2019                  | 2019-05
            Output slumped in mid-March 2020, officials said.           | mid-March 2020            | 2020-03
            Registration closed on 2021-03-06 at noon.                  | 2021-03-06                | 2021-03-06
            The filing is dated 2021/03/06 in the archive.              | 2021/03/06                | 2021-03-06
            The notice was stamped 25/12/2020 by the clerk.             | 25/12/2020                | 2020-12-25
            Shipments resumed 12/25/2020 after the storm.               | 12/25/2020                | 2020-12-25
            The bridge has stood there since 2001 without repairs.      | 2001                      | 2001
            Both sides defended the 2015 nuclear deal in Vienna.        | 2015                      | 2015
            Tehran's 2019 budget leaned heavily on oil sales.           | 2019                      | 2019
            Growth will slow by 2030, the bank warned.                  | 2030                      | 2030
            Factories recovered in mid-2020 as demand returned.         | mid-2020                  | 2020
            The party rose to power in the 1990s on a reform ticket.    | the 1990s                 | 199X
            """)
    void absoluteForms(String sentence, String expression, String value) {
        Timex t = only(tag(sentence, SUNDAY_2021_03_07), sentence, expression, value);
        assertFalse(t.relative(), "a date with its own year does not depend on the anchor");
    }

    @Test
    void exactOffsetsOfAMonthNameDate() {
        Timex t = tag("On March 7, 2021 the port reopened.", SUNDAY_2021_03_07).getFirst();
        assertEquals(3, t.start());
        assertEquals(16, t.end());
        assertEquals("a1", t.article());
    }

    @Test
    void yearRangesAndListsTakeEveryYear() {
        String text = "Prices doubled between 2001 and 2005, and again in 2010, 2011 or 2012.";
        List<Timex> found = tag(text, SUNDAY_2021_03_07);
        assertEquals(List.of("2001", "2005", "2010", "2011", "2012"), found.stream().map(Timex::value).toList());
        assertEquals("2005", find(found, text, "2005").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials may delay the vote, and protesters will march again.
            Theresa May met March Madness fans at the arena.
            Reserves reached $1,900 billion, and the fee was $2025 per head.
            By 1400 GMT more than 2000 people had gathered at the square.
            The 21st century has brought new rivals to the region.
            The ledger showed 03/06/2021 and nothing else.
            June Carter and August Wilson were honoured at the gala.
            The talks resumed at 10:30 on the 5th floor of the ministry.
            Call 0912 555 2021 for the hotline, or dial 1800 2020 400.
            The price rose to 2100 dollars and then fell to 1990 points.
            Jan Kowalski and Dec Murphy shared the stage.
            """)
    void nonDatesAreLeftAlone(String sentence) {
        assertEquals(List.of(), tag(sentence, SUNDAY_2021_03_07));
    }

    @Test
    void capitalisedMayAndMarchNeedADateContext() {
        String text = "The deal should close in May, and the march starts in March.";
        List<Timex> found = tag(text, SUNDAY_2021_03_07);
        assertEquals(2, found.size(), found::toString);
        assertEquals("2021-05", find(found, text, "May").value());
        assertEquals("2021-03", find(found, text, "March").value());
        assertTrue(found.stream().allMatch(Timex::relative), "the year came from the anchor");
    }
}
