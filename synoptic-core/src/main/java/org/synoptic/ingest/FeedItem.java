package org.synoptic.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * The fields of one RSS item or Atom entry as the feed reader collects them, then the document
 * they make. Several elements can supply one hint; the order of preference is fixed here.
 */
final class FeedItem {

    String title = "";
    String link = "";
    /** RSS {@code author} is an e-mail address by the spec, so a {@code dc:creator} name is preferred. */
    String email = "";
    String creator = "";
    String content = "";
    String summary = "";
    String published = "";
    String updated = "";
    String dcDate = "";
    boolean tooLarge;

    Input toInput(String source, String outlet, long limit) {
        if (tooLarge) {
            return new Input.Failure(source, Reasons.tooLarge(limit));
        }
        Optional<LocalDate> date = Dates.parse(published)
                .or(() -> Dates.parse(updated))
                .or(() -> Dates.parse(dcDate));
        Hints hints = new Hints(
                Optional.empty(),
                present(link),
                present(title),
                present(creator).or(() -> present(email)),
                present(outlet),
                date);
        String html = content.isBlank() ? summary : content;
        return new Input.Document(source, ContentType.HTML, html.strip(), hints);
    }

    /** Appends to a field that may occur more than once (several authors). */
    static String join(String existing, String more) {
        return existing.isBlank() ? more.strip() : existing + ", " + more.strip();
    }

    private static Optional<String> present(String value) {
        String text = value.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
