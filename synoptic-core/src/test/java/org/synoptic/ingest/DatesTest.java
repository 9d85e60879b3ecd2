package org.synoptic.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Container dates read as the calendar date in the writer's own offset. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-10-15|2024-10-15",
        "2024-10-15T23:30:00-05:00|2024-10-15",
        "2024-10-15T00:10:00Z|2024-10-15",
        "2024-10-15 08:00:00|2024-10-15",
        "Tue, 15 Oct 2024 23:30:00 -0500|2024-10-15",
        "Wed, 16 Oct 2024 00:30:00 +0330|2024-10-16",
        "16 Oct 2024 08:05 GMT|2024-10-16",
        "Wed, 16 Oct 2024 08:05:00 EST|2024-10-16",
        "Thurs, 3 October 24 10:00 PDT|2024-10-03",
        "wed, 16 oct 2024 08:05:00 gmt|2024-10-16",
    })
    void readsTheDateAsWritten(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), Dates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a date", "2024-13-40", "31 Feb 2024 10:00 GMT", "15 Foo 2024", "yesterday"})
    void unreadableIsNoDate(String text) {
        assertEquals(Optional.empty(), Dates.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-03-04T10:15:00Z|2019-03-04T10:15:00Z",
        "2019-03-04T10:15:00+01:00|2019-03-04T09:15:00Z",
        "2019-03-04|2019-03-04T00:00:00Z",
    })
    void readsAFetchTimeAsAMoment(String text, Instant expected) {
        assertEquals(Optional.of(expected), Dates.instant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "last Tuesday", "2019-13-04T10:15:00Z", "2019-03-04 10:15", "Mon, 04 Mar 2019 10:15:00 GMT"})
    void anUnreadableFetchTimeIsNone(String text) {
        assertEquals(Optional.empty(), Dates.instant(text));
    }
}
