package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Hints;

class RelativeDatesTest {

    /** Fetched at 02:30 UTC on 4 March 2019: three hours earlier is the day before. */
    private static final Instant FETCHED = Instant.parse("2019-03-04T02:30:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published 45 minutes ago|2019-03-04",
        "3 hours ago|2019-03-03",
        "an hour ago|2019-03-04",
        "Updated 2 days ago by the desk|2019-03-02",
        "1 week ago|2019-02-25",
        "vor 2 Tagen|2019-03-02",
        "Veröffentlicht vor einer Stunde|2019-03-04",
        "il y a 5 jours|2019-02-27",
        "hace 2 horas|2019-03-04",
        "hace 3 días|2019-03-01",
        "2 giorni fa|2019-03-02",
        "há 3 dias|2019-03-01",
        "4 uur geleden|2019-03-03",
        "2 weken geleden|2019-02-18",
    })
    void aDayRelativeToTheFetchTime(String text, LocalDate day) {
        assertEquals(List.of(day), RelativeDates.all(text, FETCHED).stream().map(DateText.Found::day).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 months ago", "a year ago", "ages ago", "vor dem Rathaus", "hace falta", "the fact 2 days", "2 days from now", ""})
    void noDayWhereTheTextNamesNone(String text) {
        assertEquals(List.of(), RelativeDates.all(text, FETCHED));
    }

    @Test
    void aPageDatedOnlyRelativelyIsDatedWhenItsFetchTimeIsKnown() {
        String page = Pages.page("", "<h1>Harbour road plan</h1><p class=\"meta\">Posted 3 hours ago</p>");
        Article fetched = Pages.html(page, Hints.NONE.withFetched(FETCHED));
        assertEquals(Optional.of(LocalDate.of(2019, 3, 3)), fetched.published());
        assertEquals("relative-line", fetched.details().evidence().get("published").signal());
        Article unlabelled = Pages.html(page.replace("Posted 3 hours ago", "3 hours ago"), Hints.NONE.withFetched(FETCHED));
        assertEquals("relative-text", unlabelled.details().evidence().get("published").signal());
        // Without a fetch time the page's "now" is unknown: a page saved years ago is not dated today.
        assertEquals(Optional.empty(), Pages.html(page).published());
        // Labelled as an update, it is the last update; with no publication date beside it, it stands in.
        Article updated = Pages.html(page.replace("Posted 3 hours ago", "Posted 9 days ago, updated 3 hours ago"),
                Hints.NONE.withFetched(FETCHED));
        assertEquals(Optional.of(LocalDate.of(2019, 2, 23)), updated.published());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 3)), updated.details().modified());
    }
}
