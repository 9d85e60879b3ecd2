package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private static final Optional<LocalDate> MARCH_3 = Optional.of(LocalDate.of(2021, 3, 3));

    @Test
    void monthNamesInSevenLanguages() {
        allMarch3("March 3, 2021", "Mar. 3, 2021", "Mar 3rd, 2021", "3 March 2021", "3rd of March, 2021",
                "3 Mar 2021", "3. März 2021", "3. Maerz 2021", "3. Mär. 2021", "3 mars 2021", "mercredi 3 mars 2021",
                "3 de marzo de 2021", "3 marzo 2021", "mercoledì 3 marzo 2021", "3 de março de 2021", "3 maart 2021",
                "3 mrt. 2021", "MARCH 3, 2021", "März 3, 2021");
        assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), DateText.find("1er mars 2021"));
        assertEquals(Optional.of(LocalDate.of(2020, 8, 17)), DateText.find("17 août 2020"));
        assertEquals(Optional.of(LocalDate.of(2019, 12, 24)), DateText.find("24. Dezember 2019"));
        assertEquals(Optional.of(LocalDate.of(2019, 9, 14)), DateText.find("14 sept. 2019"));
        assertEquals(Optional.of(LocalDate.of(2018, 5, 6)), DateText.find("Mai 06 2018"));
    }

    @Test
    void monthNamesOfOtherPressesAfterADay() {
        allMarch3("3 marca 2021", "3. března 2021", "3 Mart 2021", "3 martie 2021", "3. maaliskuuta 2021",
                "3 mars 2021", "3 marts 2021", "3 Maret 2021", "3. mart 2021", "3 марта 2021 года", "3 березня 2021",
                "3 март 2021", "3 Μαρτίου 2021", "3 במרץ 2021", "3 מרץ 2021", "3 مارس 2021", "3 آذار 2021");
        // The longest name, twelve letters; Turkish capitals lower-cased without a Turkish locale.
        assertEquals(Optional.of(LocalDate.of(2020, 10, 24)), DateText.find("24 października 2020"));
        assertEquals(Optional.of(LocalDate.of(2020, 5, 19)), DateText.find("19 MAYIS 2020"));
        assertEquals(Optional.of(LocalDate.of(2020, 11, 2)), DateText.find("2 Kasım 2020"));
        assertEquals(Optional.of(LocalDate.of(2020, 4, 24)), DateText.find("24 أبريل 2020"));
        assertEquals(Optional.of(LocalDate.of(2020, 8, 17)), DateText.find("17 באוגוסט 2020"));
    }

    @Test
    void numericFormats() {
        assertEquals(MARCH_3, DateText.find("03.03.2021"));
        assertEquals(MARCH_3, DateText.find("3.3.2021, 14:20"));
        assertEquals(MARCH_3, DateText.find("2021-03-03"));
        assertEquals(MARCH_3, DateText.find("2021/03/03"));
        assertEquals(MARCH_3, DateText.find("2021.03.03."));
        assertEquals(MARCH_3, DateText.find("2021年3月3日"));
        assertEquals(MARCH_3, DateText.find("2021년 3월 3일"));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 17)), DateText.find("17/03/2020"), "day-first is certain past 12");
        assertEquals(Optional.of(LocalDate.of(2020, 3, 17)), DateText.find("03/17/2020"), "month-first is certain past 12");
        assertEquals(Optional.of(LocalDate.of(2017, 8, 8)), DateText.find("08/08/2017"), "both readings agree");
    }

    @Test
    void ambiguousSlashDatesFollowThePagesOrder() {
        assertEquals(Optional.empty(), DateText.find("10/11/2024"));
        assertEquals(LocalDate.of(2024, 11, 10), DateText.all("10/11/2024", DateText.SlashOrder.DAY_FIRST).get(0).day());
        assertEquals(LocalDate.of(2024, 10, 11), DateText.all("10/11/2024", DateText.SlashOrder.MONTH_FIRST).get(0).day());
    }

    @Test
    void solarHijriDatesInText() {
        Optional<LocalDate> february8 = Optional.of(LocalDate.of(2021, 2, 8));
        assertEquals(february8, DateText.find("Bahman 20, 1399"));
        assertEquals(february8, DateText.find("20 Bahman 1399"));
        assertEquals(february8, DateText.find("۲۰ بهمن ۱۳۹۹"));
        assertEquals(Optional.of(LocalDate.of(2024, 10, 15)), DateText.find("Mehr 24, 1403"));
        assertEquals(Optional.empty(), DateText.find("Esfand 31, 1399"), "1399 is not a leap year");
    }

    @Test
    void solarHijriMonthsTypedWithTheArabicYeh() {
        // "2 Tir 1399" with the Arabic yeh (U+064A) and with the alef maksura (U+0649) for the Persian yeh.
        assertEquals(Optional.of(LocalDate.of(2020, 6, 22)), DateText.find("2 \u062A\u064A\u0631 1399"));
        assertEquals(Optional.of(LocalDate.of(2020, 6, 22)), DateText.find("2 \u062A\u0649\u0631 1399"));
        assertEquals(Optional.of(LocalDate.of(2020, 4, 20)), DateText.find("\u06F1 \u0627\u0631\u062F\u064A\u0628\u0647\u0634\u062A \u06F1\u06F3\u06F9\u06F9"));
    }

    @Test
    void fakeDatesAreNotDates() {
        for (String text : List.of("Call 0800 2021 1234 today", "order id 20210307123", "v2.3.2021", "version 1.2.2021.5",
                "It cost 2,021.50 euros", "1,900 billion", "ISBN 978-3-16-148410-0", "room 12/2021", "score 3-2 in 2021",
                "between 1990 and 2021", "item 3 of 2021", "mid-March 2021", "2021")) {
            assertEquals(Optional.empty(), DateText.find(text), text);
        }
    }

    @Test
    void impossibleDatesAreNotDates() {
        for (String text : List.of("30 February 2021", "2021-02-30", "31.04.2021", "February 29, 2021", "32.01.2021", "2021-13-01")) {
            assertEquals(Optional.empty(), DateText.find(text), text);
        }
        assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), DateText.find("February 29, 2020"));
    }

    @Test
    void everyDateInOrderWithTheClockTimeAfterIt() {
        List<DateText.Found> found = DateText.all("Published 3 March 2021 at 14:20, updated 2021-03-05 9.05 pm", DateText.SlashOrder.UNKNOWN);
        assertEquals(2, found.size());
        assertEquals(LocalDate.of(2021, 3, 3), found.get(0).day());
        assertEquals(Optional.of(LocalTime.of(14, 20)), found.get(0).time());
        assertEquals(Optional.of(LocalTime.of(21, 5)), found.get(1).time());
        assertTrue(found.get(0).end() <= found.get(1).start());
    }

    private static final List<String> PIECES = List.of("3", "03", "17", "2021", "1399", "۱۳۹۹", "١٤٠٢", "12345", "7th", "1st", "2nd",
            "23rd", "1er", "thMarch", "March", "march", "MAR", "Mar.", "Sept", "mars", "März", "marzo", "de", "of", " ", ", ", ".", "-",
            "/", "º", "Marches", "Marching", "x", "ab", "Bahman", "日", "𝐀", "Mai", "mayo", "Dezember", "Meeting", "de2021", "٣", "03.", "/", "-", "\t", "2019", ".2020", "/2020",
            "-2021", "12/", "12-", "de ", "of ", "12.03. 2021", "3.3.2021", "3/3/2021", "3-3-2021", "March 3 2021", "3 de marzo de 2021",
            "7th of March, 2021", "Mar.3,2021");

    @Test
    void theMonthTestLetsThroughEveryWindowWhereANamePatternReadsAMonth() {
        Random random = new Random(41);
        for (int i = 0; i < 40_000; i++) {
            String text = randomText(random);
            for (int from = 0; from <= text.length(); from += 1 + random.nextInt(4)) {
                int to = from + random.nextInt(text.length() - from + 1);
                if (!DateText.namesMonth(text, from, to)
                        && (readsMonth(DateText.DAY_NAME.matcher(text), text, from, to, 2) || readsMonth(DateText.NAME_DAY.matcher(text), text, from, to, 1))) {
                    throw new AssertionError("month missed in [" + from + ", " + to + ") of: " + text);
                }
            }
        }
    }

    @Test
    void everyMatchOfADatePatternPassesItsTestOfTheCharacterBeforeTheYear() {
        Random random = new Random(47);
        // Pattern, its year group, its month group (0: none); a match without a month name reads no date.
        List<Object[]> patterns = List.of(new Object[] {DateText.DAY_NAME, 3, 2}, new Object[] {DateText.NAME_DAY, 3, 1},
                new Object[] {DateText.DOTTED, 3, 0}, new Object[] {DateText.SLASHED, 4, 0});
        for (int i = 0; i < 40_000; i++) {
            String text = randomText(random);
            for (Object[] p : patterns) {
                java.util.regex.Pattern pattern = (java.util.regex.Pattern) p[0];
                int month = (int) p[2];
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (month == 0 || MonthNames.gregorian(m.group(month)).isPresent()) {
                        assertTrue(DateText.mayEndBeforeYear(pattern, text, m.start((int) p[1])), pattern + " in: " + text);
                    }
                }
            }
        }
    }

    @Test
    void fourDigitRunsAreThoseOfEveryScriptsDigits() {
        Random random = new Random(43);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            List<Integer> expected = new ArrayList<>();
            int runStart = -1;
            for (int k = 0; k <= text.length(); k++) {
                boolean digit = k < text.length() && Character.isDigit(text.charAt(k));
                if (digit && runStart < 0) {
                    runStart = k;
                } else if (!digit && runStart >= 0) {
                    if (k - runStart == 4) {
                        expected.add(runStart);
                    }
                    runStart = -1;
                }
            }
            assertEquals(expected, java.util.Arrays.stream(DateText.fourDigitRuns(text)).boxed().toList(), text);
        }
    }

    /** Whether the pattern, searched within the window, matches with a month name in the group. */
    private static boolean readsMonth(Matcher m, String text, int from, int to, int monthGroup) {
        m.useTransparentBounds(true);
        for (int at = from; at < to; ) {
            m.region(at, to);
            if (!m.find()) {
                return false;
            }
            if (MonthNames.gregorian(m.group(monthGroup)).isPresent()) {
                return true;
            }
            at = m.start() + 1;
        }
        return false;
    }

    private static String randomText(Random random) {
        return RandomTexts.of(random, PIECES, 9);
    }

    private static void allMarch3(String... texts) {
        for (String text : texts) {
            assertEquals(MARCH_3, DateText.find(text), text);
        }
    }
}
