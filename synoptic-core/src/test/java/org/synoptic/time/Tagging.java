package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.synoptic.model.Article;
import org.synoptic.model.Calendar;
import org.synoptic.model.Timex;

/** Shared test helpers: build an article, tag it, and check one expression's span and value. */
final class Tagging {

    /** A Sunday, so "on Saturday" is the day before. */
    static final LocalDate SUNDAY_2021_03_07 = LocalDate.of(2021, 3, 7);

    private static final TimeTagger TAGGER = TimeTagger.create();

    private Tagging() {}

    static Article article(String text, Optional<LocalDate> published) {
        return new Article("a1", "test", "", "", "", "", "", "", published, "en", text, "");
    }

    static List<Timex> tag(String text, LocalDate published) {
        return TAGGER.tag(article(text, Optional.of(published)));
    }

    static List<Timex> tagUnanchored(String text) {
        return TAGGER.tag(article(text, Optional.empty()));
    }

    /** The timex whose span is exactly the first occurrence of {@code expression} in {@code text}. */
    static Timex find(List<Timex> timexes, String text, String expression) {
        int start = text.indexOf(expression);
        assertTrue(start >= 0, "fixture lacks '" + expression + "'");
        int end = start + expression.length();
        return timexes.stream().filter(t -> t.start() == start && t.end() == end).findFirst()
                .orElseGet(() -> fail("no timex [" + start + ", " + end + ") '" + expression + "' in " + timexes));
    }

    /** Asserts exactly one timex, spanning {@code expression}, with this value and calendar. */
    static Timex only(List<Timex> timexes, String text, String expression, String value, Calendar calendar) {
        assertEquals(1, timexes.size(), () -> "expected one timex in: " + timexes);
        Timex t = find(timexes, text, expression);
        assertEquals(value, t.value(), expression);
        assertEquals(calendar, t.calendar(), expression);
        assertEquals(expression, t.text());
        return t;
    }

    static Timex only(List<Timex> timexes, String text, String expression, String value) {
        return only(timexes, text, expression, value, Calendar.GREGORIAN);
    }
}
