package org.synoptic.time;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.synoptic.model.Calendar;

/**
 * The Iranian (Solar Hijri) calendar. ICU's PersianCalendar is reached through the locale
 * factory ({@code @calendar=persian}) because its constructors are marked internal.
 */
record SolarHijri() implements HijriCalendar {

    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");

    @Override
    public Calendar kind() {
        return Calendar.SOLAR_HIJRI;
    }

    @Override
    public String monthPattern() {
        return "(?:(?<m1>Farvardin)|(?<m2>Ordibehesht)|(?<m3>Khordad)|(?<m4>Tir)|(?<m5>A?mordad)"
                + "|(?<m6>Shahrivar)|(?<m7>Mehr)|(?<m8>Aban)|(?<m9>Azar)|(?<m10>De[yi])|(?<m11>Bahman)"
                + "|(?<m12>[EI]sfand))\\b";
    }

    @Override
    public String yearSuffix() {
        return "SH|AP|H\\.?\\s?Sh|Solar\\s+Hijri|Hijri\\s+Shamsi|Shamsi";
    }

    @Override
    public String yearPrefix() {
        return "(?:Iranian|Persian|solar|Solar\\s+Hijri|Shamsi)(?:\\s+calendar)?\\s+year";
    }

    @Override
    public int minYear() {
        return 1300;
    }

    @Override
    public int maxYear() {
        return 1499;
    }

    @Override
    public com.ibm.icu.util.Calendar newCalendar() {
        return com.ibm.icu.util.Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
    }
}
