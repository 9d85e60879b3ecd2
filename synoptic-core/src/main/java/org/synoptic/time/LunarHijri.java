package org.synoptic.time;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.synoptic.model.Calendar;

/**
 * The Islamic (Lunar Hijri) calendar, computed with the Umm al-Qura tables: the civil calendar
 * of Saudi Arabia. Dates fixed by moon sighting elsewhere (Iran, South Asia) can differ by a day.
 */
record LunarHijri() implements HijriCalendar {

    /** Optional apostrophe or ayn inside transliterations: Sha'ban, Rabi' al-awwal. */
    private static final String Q = "['’‘`ʿʾ]?";

    /** "al-", "ul ", "'l-" and the like between the two words of a compound month name; bounded. */
    private static final String LINK = "(?:[\\s-]{0,2}(?:al|ul|el|" + Q + "l)?[\\s-]{0,2})";

    private static final String FIRST = "(?:Awwal|Awal|Avval|Aval|Ula|Oula|Oola|I)\\b";
    private static final String SECOND = "(?:Thani|Thaani|Sani|Akhir|Akhar|Akhira|Akhirah|Thaniyah|II)\\b";
    private static final String DHU = "(?:Dhu|Zu|Zi|Thu)" + LINK;

    @Override
    public Calendar kind() {
        return Calendar.LUNAR_HIJRI;
    }

    @Override
    public String monthPattern() {
        return "(?:(?<m1>Muharr?am|Moharr?am)|(?<m2>Safar)"
                + "|(?<m4>Rabi" + Q + LINK + SECOND + ")|(?<m3>Rabi" + Q + LINK + FIRST + ")"
                + "|(?<m6>Jumad[ae]?" + LINK + SECOND + ")|(?<m5>Jumad[ae]?" + LINK + FIRST + ")"
                + "|(?<m7>Rajab)|(?<m8>Sha" + Q + "ban)|(?<m9>Rama[dz]h?an)|(?<m10>Shaww?al)"
                + "|(?<m11>" + DHU + "Q[ai]" + Q + "d[ae]?h?)|(?<m12>" + DHU + "Hijj?[ae]h?))\\b";
    }

    @Override
    public String yearSuffix() {
        return "AH|A\\.H|(?:Lunar\\s+)?Hijri(?:\\s+Qamari)?|Qamari";
    }

    @Override
    public String yearPrefix() {
        return "(?:Hijri|Islamic|lunar|Lunar\\s+Hijri)(?:\\s+calendar)?\\s+year";
    }

    @Override
    public int minYear() {
        return 1300;
    }

    @Override
    public int maxYear() {
        return 1500;
    }

    @Override
    public com.ibm.icu.util.Calendar newCalendar() {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return c;
    }
}
