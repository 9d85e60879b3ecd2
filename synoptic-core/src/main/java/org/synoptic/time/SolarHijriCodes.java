package org.synoptic.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Calendar;

/**
 * Solar Hijri dates inside Iranian agencies' story codes: "HJ/13991216000915" and
 * "CWS/14030724000412" begin with the filing day as {@code 13YYMMDD} or {@code 14YYMMDD} glued
 * after a slash-prefixed desk code. Only those eight digits are tagged, and only when they form
 * a real day of that calendar.
 */
final class SolarHijriCodes implements Rule {

    private static final Pattern CODE = Pattern.compile(
            "\\b[A-Z]{1,10}/(?<y>1[34]\\d\\d)(?<m>\\d\\d)(?<d>\\d\\d)\\d{0,10}\\b");

    private final SolarHijri calendar = new SolarHijri();

    @Override
    public void find(Scan scan, List<Candidate> out) {
        Matcher m = CODE.matcher(scan.text());
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            int month = Integer.parseInt(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            if (month >= 1 && month <= 12 && day >= 1) {
                calendar.toGregorian(year, month, day).ifPresent(date -> out.add(new Candidate(
                        m.start("y"), m.end("d"), Iso.day(date), Calendar.SOLAR_HIJRI, false)));
            }
        }
    }
}
