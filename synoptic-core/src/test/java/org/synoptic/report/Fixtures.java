package org.synoptic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.synoptic.model.Article;
import org.synoptic.model.Calendar;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Event;
import org.synoptic.model.Fact;
import org.synoptic.model.Input;
import org.synoptic.model.Mention;
import org.synoptic.model.Passage;
import org.synoptic.model.Quote;
import org.synoptic.model.Report;
import org.synoptic.model.Reuse;
import org.synoptic.model.ReuseKind;
import org.synoptic.model.Span;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/** Reports built by hand: a small consistent one, an empty one, and a hostile one. */
final class Fixtures {

    static final String BRIDGE_TEXT = "The Kellen Bridge reopened on Saturday after eight months of repairs.\n\n"
            + "Mayor Ilse Varga told reporters: \"We kept our promise.\" Traffic resumed at noon.";
    static final String COURIER_TEXT = "The Kellen Bridge reopened on Sunday after eight months of repairs.\n\n"
            + "Officials counted 4,000 cars on the first day.";

    private Fixtures() {}

    static Report empty() {
        return new Report(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Article article(String id, String title, String outlet, String url, LocalDate published, String text) {
        return new Article(id, "feeds/" + id + ".html", url, title, outlet, "Dana Okafor", "CC-BY-4.0", "LEVENTON",
                Optional.ofNullable(published), "en", text, "hash-" + id);
    }

    static Article bare(String id, String text) {
        return new Article(id, "-", "", "", "", "", "", "", Optional.empty(), "", text, "hash-" + id);
    }

    /** The span of the first occurrence of {@code part} in the text. */
    static Span span(String article, String text, String part) {
        int start = text.indexOf(part);
        if (start < 0) {
            throw new IllegalArgumentException(part + " not in " + article);
        }
        return new Span(article, start, start + part.length());
    }

    static Mention mention(String article, String text, String part) {
        Span s = span(article, text, part);
        return new Mention(article, s.start(), s.end(), part);
    }

    /**
     * Two articles on one bridge reopening, disagreeing on the day. The timeline is deliberately
     * not in date order, so that the page's sorting shows.
     */
    static Report sample() {
        Article post = article("a1", "Bridge reopens after repairs", "River Post", "https://example.org/bridge",
                LocalDate.of(2024, 11, 3), BRIDGE_TEXT);
        Article courier = bare("a2", COURIER_TEXT);
        Entity varga = new Entity("e1", EntityType.PERSON, "Ilse Varga", List.of("Ilse Varga"),
                List.of(mention("a1", BRIDGE_TEXT, "Ilse Varga")));
        Entity bridge = new Entity("e2", EntityType.LOCATION, "Kellen Bridge", List.of("Kellen Bridge"),
                List.of(mention("a1", BRIDGE_TEXT, "Kellen Bridge"), mention("a2", COURIER_TEXT, "Kellen Bridge")));
        Span saturday = span("a1", BRIDGE_TEXT, "on Saturday");
        Span sunday = span("a2", COURIER_TEXT, "on Sunday");
        List<Timex> timexes = List.of(
                new Timex("a1", saturday.start(), saturday.end(), "on Saturday", "2024-11-02", Calendar.GREGORIAN, true),
                new Timex("a2", sunday.start(), sunday.end(), "on Sunday", "2024-11-03", Calendar.SOLAR_HIJRI, false));
        Span promise = span("a1", BRIDGE_TEXT, "We kept our promise.");
        List<Quote> quotes = List.of(new Quote("a1", promise.start(), promise.end(), "We kept our promise.", Optional.of("e1")),
                new Quote("a2", 0, 3, "The", Optional.empty()));
        Span fromPassage = span("a1", BRIDGE_TEXT, "after eight months of repairs.");
        Span toPassage = span("a2", COURIER_TEXT, "after eight months of repairs.");
        Reuse reuse = new Reuse("a1", "a2", ReuseKind.PARAPHRASE, true,
                List.of(new Passage(fromPassage.start(), fromPassage.end(), toPassage.start(), toPassage.end())));
        Story story = new Story("s1", "Kellen Bridge reopening", List.of("a1", "a2"),
                List.of(new Event("ev1", "2024-11-02", "The bridge reopened to traffic.", List.of("a1", "a2"))));
        Span first = span("a1", BRIDGE_TEXT, "The Kellen Bridge reopened on Saturday after eight months of repairs.");
        Span second = span("a2", COURIER_TEXT, "The Kellen Bridge reopened on Sunday after eight months of repairs.");
        Span cars = span("a2", COURIER_TEXT, "Officials counted 4,000 cars on the first day.");
        Span noon = span("a1", BRIDGE_TEXT, "Traffic resumed at noon.");
        List<Fact> timeline = List.of(
                new Fact("2024-11-02", "The Kellen Bridge reopened on Saturday after eight months of repairs.", "s1",
                        List.of(first), List.of(new Contradiction(Contradiction.Kind.DATE, "2024-11-02 vs 2024-11-03",
                                List.of(first, second)))),
                new Fact("2024-11-03", "Officials counted 4,000 cars on the first day.", "s1", List.of(cars), List.of()),
                new Fact("2024-11-02", "Traffic resumed at noon.", "s1", List.of(noon), List.of()));
        return new Report(List.of(post, courier), List.of(varga, bridge), timexes, quotes, List.of(reuse),
                List.of(story), timeline,
                List.of(new Input.Failure("feeds/broken.html", "no article text found (not-article: an error page (\"Page not found\"))")));
    }
}
