package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StampTest {

    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    @Test
    void timestampsReadAsTheFormatterWritesThem() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            int year = i % 100 == 0 ? random.nextInt(20_000) - 5_000 : 1 + random.nextInt(9_999);
            LocalDateTime local = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                    random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(i % 3 == 0 ? 0 : random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600);
            OffsetDateTime time = OffsetDateTime.of(local, offset);
            assertEquals(FORMATTER.format(time), Stamp.iso(time), time.toString());
        }
    }

    /** The pattern {@link Stamp#parse} reads every value with that its fast path does not take. */
    private static final Pattern ISO = Pattern.compile("^\\s*(?<y>(?:19|20)\\d{2})"
            + "(?:(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})|(?<cm>\\d{2})(?<cd>\\d{2}))"
            + "(?:[T\\s]+(?<h>\\d{1,2}):(?<min>\\d{1,2})(?::(?<s>\\d{1,2})(?:[.,]\\d+)?)?\\s*(?<zone>Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?"
            + "(?![\\d:])", Pattern.CASE_INSENSITIVE);

    @Test
    void machineTimestampsReadAsThePatternReadsThem() {
        List<String> pieces = List.of("2021", "1999", "2020", "1899", "-", "03", "3", "13", "00", "-", "07", "31", "30", "T",
                "t", " ", "21", "24", ":", "54", "60", "00", ".123", ",5", ".", "Z", "z", "+01:00", "-05:30", "+19:00", "+0100",
                "UTC", " extra", "");
        Random random = new Random(21);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "2021-03-07" : "");
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                value.append(pieces.get(random.nextInt(pieces.size())));
            }
            if (i % 3 == 0) {
                value.setLength(0);
                value.append(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s", 1985 + random.nextInt(40), random.nextInt(14),
                        random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(61),
                        pieces.get(random.nextInt(pieces.size()))));
            }
            String text = value.toString();
            Matcher m = ISO.matcher(text);
            if (m.find()) {
                assertEquals(byPattern(m), Stamp.parse(text), text);
            }
        }
    }

    private static Optional<Stamp> byPattern(Matcher m) {
        Optional<LocalDate> day = m.group("m") != null ? DateText.of(m.group("y"), m.group("m"), m.group("d"))
                : DateText.of(m.group("y"), m.group("cm"), m.group("cd"));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        if (m.group("h") == null) {
            return Optional.of(Stamp.ofDay(day.get()));
        }
        try {
            LocalDateTime local = day.get().atTime(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            String zone = m.group("zone");
            if (zone == null) {
                return Optional.of(new Stamp(day.get(), Optional.empty(), Optional.of(local.toLocalTime())));
            }
            ZoneOffset offset = zone.matches("(?i)Z|UTC|GMT") ? ZoneOffset.UTC : ZoneOffset.of(zone);
            return Optional.of(new Stamp(day.get(), Optional.of(OffsetDateTime.of(local, offset)), Optional.empty()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.of(Stamp.ofDay(day.get()));
        }
    }
}
