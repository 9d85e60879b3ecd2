package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.time.Tagging.SUNDAY_2021_03_07;
import static org.synoptic.time.Tagging.find;
import static org.synoptic.time.Tagging.only;
import static org.synoptic.time.Tagging.tag;
import static org.synoptic.time.Tagging.tagUnanchored;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Calendar;
import org.synoptic.model.Timex;

/** Iranian calendar dates, converted with ICU's Persian calendar. */
class SolarHijriTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The rally was held on Bahman 20, 1399 in the capital.     | Bahman 20, 1399  | 2021-02-08
            The rally was held on 20 Bahman 1399 in the capital.      | 20 Bahman 1399   | 2021-02-08
            The plan was approved on Mehr 24, 1403 by the cabinet.    | Mehr 24, 1403    | 2024-10-15
            The bourse fell sharply on Aban 12, 1403 in heavy trade.  | Aban 12, 1403    | 2024-11-02
            The decree dated Esfand 16, 1399 was read aloud.          | Esfand 16, 1399  | 2021-03-06
            The harvest of Amordad 10, 1402 was the largest yet.      | Amordad 10, 1402 | 2023-08-01
            The budget bill for Isfand 29, 1403 went to vote.         | Isfand 29, 1403  | 2025-03-19
            Prices jumped during Bahman 1399 across the country.      | Bahman 1399      | 2021-02
            The figures for 1399 SH show a deficit.                   | 1399 SH          | 2020
            Inflation in the Iranian year 1399 exceeded forecasts.    | 1399             | 2020
            """)
    void solarHijriDates(String sentence, String expression, String value) {
        Timex t = only(tag(sentence, SUNDAY_2021_03_07), sentence, expression, value, Calendar.SOLAR_HIJRI);
        assertFalse(t.relative());
    }

    @Test
    void twoDigitYearsTakeTheAnchorsCentury() {
        String text = "The order issued on Bahman 20, 99 stays in force.";
        Timex t = only(tag(text, SUNDAY_2021_03_07), text, "Bahman 20, 99", "2021-02-08", Calendar.SOLAR_HIJRI);
        assertTrue(t.relative(), "the century came from the anchor");
        String nextYear = "The order issued on 20 Dey 99 stays in force.";
        assertEquals("2021-01-09", only(tag(nextYear, java.time.LocalDate.of(2021, 4, 1)), nextYear,
                "20 Dey 99", "2021-01-09", Calendar.SOLAR_HIJRI).value(), "SH 1400 anchor still reads 99 as 1399");
        assertEquals(List.of(), tagUnanchored(text), "no anchor, no century");
    }

    @Test
    void dayWithoutYearTakesTheNearestSolarYear() {
        String text = "Schools reopened on 20 Dey after the holidays.";
        Timex t = only(tag(text, SUNDAY_2021_03_07), text, "20 Dey", "2021-01-09", Calendar.SOLAR_HIJRI);
        assertTrue(t.relative());
    }

    @Test
    void newsCodesCarryTheFilingDay() {
        String text = "Story code HJ/13991216000915 and CWS/14030724000412; bad code HJ/13991316000915.";
        List<Timex> found = tag(text, SUNDAY_2021_03_07);
        assertEquals(2, found.size(), found::toString);
        assertEquals("2021-03-06", find(found, text, "13991216").value());
        assertEquals("2024-10-15", find(found, text, "14030724").value());
        assertTrue(found.stream().allMatch(t -> t.calendar() == Calendar.SOLAR_HIJRI && !t.relative()));
    }

    @Test
    void bareHijriYearNeedsEvidenceOfTheCalendar() {
        assertEquals(List.of(), tag("The fortress was built in 1399 by a local ruler.", SUNDAY_2021_03_07));
        String text = "The law of Bahman 20, 1399 replaced rules dating from 1398.";
        assertEquals("2019", find(tag(text, SUNDAY_2021_03_07), text, "1398").value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mehr News Agency reported the talks in detail.
            Tir and Dey were mentioned in a poem by the author.
            Mr Azar said the Aban group would respond.
            """)
    void monthNamesWithoutNumbersAreNotDates(String sentence) {
        assertEquals(List.of(), tag(sentence, SUNDAY_2021_03_07));
    }
}
