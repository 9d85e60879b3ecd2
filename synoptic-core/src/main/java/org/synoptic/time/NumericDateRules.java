package org.synoptic.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Calendar;

/**
 * All-digit Gregorian dates: ISO "2021-03-06" or "2021/03/06", and day-month-year "06/03/2021"
 * only when the order is certain because one field exceeds 12 ("25/12/2020", "12/25/2020").
 * "03/06/2021" is skipped: Europe and the United States read it differently.
 */
final class NumericDateRules implements Rule {

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d./-])(?<y>\\d{4})(?<sep>[-/])(?<m>\\d{2})\\k<sep>(?<d>\\d{2})(?![\\d/-]|[.,]\\d)");

    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d./-])(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\d/-]|[.,]\\d)");

    @Override
    public void find(Scan scan, List<Candidate> out) {
        Matcher iso = ISO.matcher(scan.text());
        while (iso.find()) {
            add(iso, num(iso, "y"), num(iso, "m"), num(iso, "d"), out);
        }
        Matcher dmy = DMY.matcher(scan.text());
        while (dmy.find()) {
            int a = num(dmy, "a");
            int b = num(dmy, "b");
            if (a > 12 && b <= 12) {
                add(dmy, num(dmy, "y"), b, a, out);
            } else if (b > 12 && a <= 12) {
                add(dmy, num(dmy, "y"), a, b, out);
            }
        }
    }

    private static void add(Matcher m, int year, int month, int day, List<Candidate> out) {
        if (Iso.plausibleYear(year)) {
            YearInference.safeDate(year, month, day).ifPresent(date ->
                    out.add(new Candidate(m.start(), m.end(), Iso.day(date), Calendar.GREGORIAN, false)));
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
