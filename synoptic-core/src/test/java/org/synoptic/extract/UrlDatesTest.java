package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDatesTest {

    private static final Optional<LocalDate> MARCH_7 = Optional.of(LocalDate.of(2021, 3, 7));

    @Test
    void wholeDaysInThePath() {
        assertEquals(MARCH_7, UrlDates.day("https://paper.example/2021/03/07/harbour-road"));
        assertEquals(MARCH_7, UrlDates.day("https://paper.example/news/2021-03-07/harbour-road"));
        assertEquals(MARCH_7, UrlDates.day("https://paper.example/news/20210307/harbour-road"));
        assertEquals(MARCH_7, UrlDates.day("https://paper.example/harbour-road-20210307.html"));
        assertEquals(MARCH_7, UrlDates.day("https://paper.example/2021/mar/07/harbour-road"));
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)), UrlDates.day("https://paper.example/2019/nov/18/story"));
    }

    @Test
    void idsQueriesAndHostsAreNotDates() {
        assertEquals(Optional.empty(), UrlDates.day("https://paper.example/news/120210307120908039/story"));
        assertEquals(Optional.empty(), UrlDates.day("https://paper.example/story?date=2021-03-07"));
        assertEquals(Optional.empty(), UrlDates.day("https://20210307.paper.example/story"));
        assertEquals(Optional.empty(), UrlDates.day("https://paper.example/2021/02/30/story"));
    }

    @Test
    void monthOnlyPaths() {
        assertEquals(Optional.of(YearMonth.of(2018, 8)), UrlDates.month("https://blog.example/2018/08/irish-road-trip.html"));
        assertEquals(Optional.empty(), UrlDates.month("https://blog.example/2018/13/post"));
    }
}
