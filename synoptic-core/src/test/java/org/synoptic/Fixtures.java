package org.synoptic;

import java.time.LocalDate;
import java.util.Optional;
import org.synoptic.internal.Hashing;
import org.synoptic.model.Article;

/** Builds articles for tests with only the fields a test cares about. */
public final class Fixtures {

    private Fixtures() {}

    public static Article article(String id, String title, String text, String published) {
        Optional<LocalDate> date = published.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(published));
        return new Article(id, id + ".txt", "", title, "", "", "", "", date, "en", text,
                Hashing.sha256(title + "\n\n" + text));
    }
}
