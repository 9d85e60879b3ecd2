package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
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
}
