package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.time.Tagging.SUNDAY_2021_03_07;
import static org.synoptic.time.Tagging.only;
import static org.synoptic.time.Tagging.tag;
import static org.synoptic.time.Tagging.tagUnanchored;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Timex;

/** Expressions resolved against the publication date. */
class AnchoredDatesTest {

    @ParameterizedTest(name = "{1} @ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister resigned on Saturday after the vote.       | Saturday         | 2021-03-07 | 2021-03-06
            The minister resigned on Saturday after the vote.       | Saturday         | 2021-03-06 | 2021-03-06
            Protesters gathered last Saturday near the palace.      | last Saturday    | 2021-03-07 | 2021-03-06
            Protesters gathered last Saturday near the palace.      | last Saturday    | 2021-03-06 | 2021-02-27
            Envoys will meet next Monday in Geneva.                 | next Monday      | 2021-03-07 | 2021-03-08
            The court ruled Friday that the law stands.             | Friday           | 2021-03-07 | 2021-03-05
            The envoy will meet the minister on Wednesday.          | Wednesday        | 2024-10-15 | 2024-10-16
            He is expected to sign the deal on Monday in Astana.    | Monday           | 2024-10-15 | 2024-10-21
            He was expected to spend Wednesday with deputies.       | Wednesday        | 2024-10-16 | 2024-10-16
            He is expected to meet members of the lower house of the national parliament, the Mazhilis, on Wednesday. | Wednesday | 2024-10-15 | 2024-10-16
            "We will talk," he said on Monday.                      | Monday           | 2024-10-16 | 2024-10-14
            The ferry sails today despite the wind.                 | today            | 2021-03-07 | 2021-03-07
            Yesterday the ferry stayed in port.                     | Yesterday        | 2021-03-07 | 2021-03-06
            The ferry sails tomorrow if the wind drops.             | tomorrow         | 2021-03-07 | 2021-03-08
            Sales fell last week across the region.                 | last week        | 2021-03-07 | 2021-W08
            Sales fell last month across the region.                | last month       | 2021-03-07 | 2021-02
            Sales fell last year across the region.                 | last year        | 2021-03-07 | 2020
            Sales should recover next year, analysts said.          | next year        | 2021-03-07 | 2022
            Sales have risen this year so far.                      | this year        | 2021-03-07 | 2021
            The envoy arrived two days ago by train.                | two days ago     | 2021-03-07 | 2021-03-05
            The envoy arrived three weeks ago by train.             | three weeks ago  | 2021-03-07 | 2021-W06
            The envoy arrived a year ago by train.                  | a year ago       | 2021-03-07 | 2020
            The shipment docked on February 8 at the port.          | February 8       | 2021-03-07 | 2021-02-08
            The shipment docked on December 20 at the port.         | December 20      | 2021-01-05 | 2020-12-20
            The ballot is set for Oct 15, the commission said.      | Oct 15           | 2024-10-10 | 2024-10-15
            The ballot is set for 15 October, the commission said.  | 15 October       | 2024-10-10 | 2024-10-15
            The quarrel began in February over fishing rights.      | February         | 2021-03-07 | 2021-02
            The quarrel began in December over fishing rights.      | December         | 2021-01-05 | 2020-12
            February was the wettest month on record.               | February         | 2021-03-07 | 2021-02
            Prices fell sharply in early March as stocks grew.      | early March      | 2021-03-07 | 2021-03
            The plant closed in late March for repairs.             | late March       | 2021-03-07 | 2021-03
            The rules changed last February after a review.         | last February    | 2021-03-07 | 2021-02
            The rules changed last February after a review.         | last February    | 2021-02-10 | 2020-02
            The summit is planned for April next year.              | April next year  | 2021-03-07 | 2022-04
            The bill passed on Tuesday, October 15 after midnight.  | Tuesday, October 15 | 2024-10-16 | 2024-10-15
            """)
    void resolvedAgainstThePublicationDate(String sentence, String expression, LocalDate anchor, String value) {
        Timex t = only(tag(sentence, anchor), sentence, expression, value);
        assertTrue(t.relative(), "resolved against the anchor");
    }

    @Test
    void nothingRelativeWithoutAPublicationDate() {
        String text = "The minister resigned on Saturday, two days ago, and the talks of last year "
                + "failed in February, on March 3 and again today.";
        assertEquals(List.of(), tagUnanchored(text));
    }

    @Test
    void absoluteDatesSurviveWithoutAPublicationDate() {
        String text = "On Saturday, March 6, 2021 the ministry said talks since 2019 had stalled.";
        List<Timex> found = tagUnanchored(text);
        assertEquals(List.of("2021-03-06", "2019"), found.stream().map(Timex::value).toList());
        assertEquals(List.of(false, false), found.stream().map(Timex::relative).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shoppers queued for Good Friday bargains.
            The interview ran in USA Today and on This Week.
            """)
    void namesThatContainDayWordsAreNotDates(String sentence) {
        assertEquals(List.of(), tag(sentence, SUNDAY_2021_03_07));
    }
}
