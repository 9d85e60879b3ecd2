package org.synoptic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.time.Tagging.SUNDAY_2021_03_07;
import static org.synoptic.time.Tagging.only;
import static org.synoptic.time.Tagging.tag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Calendar;

/**
 * Islamic calendar dates, converted with ICU's Umm al-Qura tables. Expected days are the Saudi
 * civil dates (Eid al-Adha 1444 fell on 28 June 2023); Iran, fixing months by sighting, placed
 * 15 Sha'ban 1442 a day later (29 March 2021).
 */
class LunarHijriTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fasting began on 1 Ramadan 1445 across the region.        | 1 Ramadan 1445          | 2024-03-11
            Crowds filled the shrine on 15 Sha'ban 1442 at dusk.      | 15 Sha'ban 1442         | 2021-03-28
            Pilgrims gathered on Dhul Hijjah 10, 1444 at Mina.        | Dhul Hijjah 10, 1444    | 2023-06-28
            Pilgrims gathered on 10 Zulhijjah 1444 at Mina.           | 10 Zulhijjah 1444       | 2023-06-28
            Processions marked 10 Muharram 1446 in many cities.       | 10 Muharram 1446        | 2024-07-16
            The holiday of 12 Rabi' al-Awwal 1446 closed offices.     | 12 Rabi' al-Awwal 1446  | 2024-09-15
            The holiday of 12 Rabiul Awal 1446 closed offices.        | 12 Rabiul Awal 1446     | 2024-09-15
            The decree is dated 5 Rabi al-Thani 1445 in the gazette.  | 5 Rabi al-Thani 1445    | 2023-10-20
            The decree is dated 1 Jumada I 1445 in the gazette.       | 1 Jumada I 1445         | 2023-11-15
            The decree is dated 20 Jumada al-Thani 1445 in print.     | 20 Jumada al-Thani 1445 | 2024-01-02
            Trade slowed in Ramadan 1445 AH as shops shortened hours. | Ramadan 1445 AH         | 2024-03
            The accord was signed on 1 Dhu al-Qadah 1445 in Jeddah.   | 1 Dhu al-Qadah 1445     | 2024-05-09
            The mosque was finished in 1445 AH after ten years.       | 1445 AH                 | 2024
            """)
    void lunarHijriDates(String sentence, String expression, String value) {
        only(tag(sentence, SUNDAY_2021_03_07), sentence, expression, value, Calendar.LUNAR_HIJRI);
    }

    @Test
    void monthNamesAloneAreNotDates() {
        assertEquals(List.of(), tag("Markets stay open late during Ramadan and Shawwal.", SUNDAY_2021_03_07));
    }
}
