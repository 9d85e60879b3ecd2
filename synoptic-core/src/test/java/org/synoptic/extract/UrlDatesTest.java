package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
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

    @Test
    void everyPathEitherDayPatternMatchesHoldsAYearAfterANonDigit() {
        // The day patterns as UrlDates writes them, tried without the year test before them.
        List<Pattern> patterns = List.of(Pattern.compile(
                "(?<![\\d])((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])"
                        + "|(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])"),
                Pattern.compile("/((?:19|20)\\d{2})/(\\p{L}{3,9})/(\\d{1,2})(?:/|$)"));
        List<String> pieces = List.of("/", "-", "_", "19", "20", "2021", "1999", "03", "7", "12", "31", "0", "9", "mar", "x", "١٩",
                "/2021/03/07", "2021-03-", "20210307", "/2019/nov/");
        Random random = new Random(5);
        int matched = 0;
        for (int i = 0; i < 50_000; i++) {
            String path = RandomTexts.of(random, pieces, 8).replace(" ", "");
            boolean matches = patterns.stream().anyMatch(p -> p.matcher(path).find());
            matched += matches ? 1 : 0;
            assertTrue(!matches || UrlDates.mayHoldYear(path), path);
        }
        assertTrue(matched > 5_000, "the patterns matched " + matched + " paths");
    }
}
