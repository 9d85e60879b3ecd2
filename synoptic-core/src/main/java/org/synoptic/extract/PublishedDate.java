package org.synoptic.extract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.synoptic.extract.DateCandidate.Kind;
import org.synoptic.model.Evidence;

/**
 * The publication and last-update dates of a document, chosen from the candidates every signal
 * contributes (see {@link DateSignals} for HTML, the line rules of {@link Paragraphs} and
 * {@link TextExtractor} for text, container hints) once the clock is known.
 *
 * <p><b>What it does.</b> Candidates claim either the first publication or an update; a
 * modification date never becomes the publication date while a publication date stands.
 * Implausible candidates fall out with their reason (before 1990, after the fetch time plus a
 * day of slack for time zones, or set aside where they were found: scripts, comments, related
 * stories, copyright lines). Among the rest the strongest signal wins ({@link Signal}
 * order), unless independent signals disagree with it in a way that settles the question: see
 * {@link DateChoice}. The evidence names the deciding signal and every beaten candidate with why.
 *
 * <p><b>Why this way.</b> Publishers state dates deliberately in metadata and carelessly
 * everywhere else; a fixed priority is what htmldate and news-please have shown to work, and keeps
 * the choice explainable. Agreement checks fix the two common failures of pure priority: UTC
 * timestamps that fall on the next day of the publisher's calendar, and metadata that disagrees
 * with the date in the URL.
 *
 * <p><b>Bounds.</b> At most {@link #MAX_CANDIDATES} candidates are kept (the walk's own limits
 * keep a page far below); choosing is a sort of them. Reading the page's markup and text
 * ({@link DateWalk}, linear in the page) is most of the cost: its scan rides the text
 * extraction's own walk, and the reading runs only when the metadata leaves the day open
 * ({@link #walkPage}); on the ScrapingHub pages dates then take about a sixteenth of extraction
 * time (CPU samples).
 *
 * <p><b>Not yet.</b> No fetch time from HTTP headers or files (the container's, a WARC-Date or a
 * JSONL {@code fetched}, or a saved page's note bounds the dates; else the clock's now), relative
 * dates ("3 hours ago") only against such a stated fetch time, no two-digit years, no epoch
 * timestamps, no other calendars than the Gregorian and the Solar Hijri; the order of ambiguous
 * n/n/yyyy dates comes from the page's language only. When metadata settles the day, dates shown only in the markup are not read,
 * so they are absent from the evidence.
 */
final class PublishedDate {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final int MAX_CANDIDATES = 400;

    /**
     * Signals by how deliberately a publisher states the date: container hints, JSON-LD, meta tags,
     * {@code <time>} and microdata, the URL path, elements named as dates or bylines, labelled date
     * lines, a Solar Hijri news code, and last any date in the page's visible text.
     */
    enum Signal {
        HINT, JSON_LD, META, TIME_ELEMENT, URL, DATE_ELEMENT, TEXT_LINE, NEWS_CODE, PAGE_TEXT;

        String label() {
            return switch (this) {
                case DATE_ELEMENT -> "byline-text";
                default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
            };
        }
    }

    private final List<DateCandidate> candidates = new ArrayList<>();
    private Optional<YearMonth> urlMonth = Optional.empty();
    private Optional<BiFunction<LocalDate, Optional<Instant>, List<DateCandidate>>> pageWalk = Optional.empty();

    /** A day from a container hint or a news code. */
    void add(Signal signal, Optional<LocalDate> date) {
        date.ifPresent(d -> add(DateCandidate.of(Kind.PUBLISHED, signal, signal.label(), Stamp.ofDay(d), 0, "")));
    }

    /**
     * A date line near the top of the text ("March 7, 2021 - 21:54", "Updated: 15 October 2024"):
     * each date in it, as an update when its label says so ({@link DateLabels}).
     */
    void addLine(String line) {
        int previousEnd = 0;
        for (DateText.Found found : DateText.all(line, DateText.SlashOrder.UNKNOWN)) {
            Kind kind = DateLabels.label(line, found, previousEnd) == DateLabels.Label.MODIFIED ? Kind.MODIFIED : Kind.PUBLISHED;
            previousEnd = found.end();
            add(DateCandidate.of(kind, Signal.TEXT_LINE, "text-line", new Stamp(found.day(), Optional.empty(), found.time()), 1, ""));
        }
    }

    void add(DateCandidate candidate) {
        if (candidates.size() < MAX_CANDIDATES) {
            candidates.add(candidate);
        }
    }

    /**
     * The walk over the page that {@link #walkPage} runs: given the latest plausible day and the
     * stated fetch time, if any, the candidates of the page's markup and text, or none when the
     * metadata already settles it.
     */
    void pageWalk(BiFunction<LocalDate, Optional<Instant>, List<DateCandidate>> walk) {
        pageWalk = Optional.of(walk);
    }

    /**
     * Runs the page walk, if any: once, before the page is cleaned for its text. It adds nothing
     * when the metadata already settles the day (see {@link DateSignals}).
     */
    void walkPage(Clock clock, Optional<Instant> fetched) {
        pageWalk.ifPresent(walk -> walk.apply(latest(clock), fetched).forEach(this::add));
        pageWalk = Optional.empty();
    }

    /** The latest plausible day by {@code clock}: today plus a day of slack for time zones. */
    static LocalDate latest(Clock clock) {
        return LocalDate.now(clock).plusDays(1);
    }

    /** The best-ranked standing candidate of a kind gathered so far. */
    Optional<DateCandidate> strongest(Kind kind) {
        return candidates.stream().filter(c -> c.standing() && c.kind() == kind).min(Comparator.comparingInt(DateCandidate::rank));
    }

    /** The month a URL names without its day: a consistency check, never a publication day. */
    void urlMonth(YearMonth month) {
        urlMonth = Optional.of(month);
    }

    void addAll(PublishedDate other) {
        other.candidates.forEach(this::add);
        if (other.urlMonth.isPresent()) {
            urlMonth = other.urlMonth;
        }
    }

    /** A chosen date and its evidence. */
    record Decision(Stamp stamp, Evidence evidence) {
        LocalDate date() {
            return stamp.day();
        }
    }

    /**
     * The publication date and the last update, each when the document gives one; when no
     * publication date stands but candidates fell, {@code unresolved} says why each fell.
     */
    record Dates(Optional<Decision> published, Optional<Decision> modified, Optional<Evidence> unresolved) {

        /** The "published" evidence: the decision's, else why there is none. */
        Optional<Evidence> publishedEvidence() {
            return published.map(Decision::evidence).or(() -> unresolved);
        }
    }

    Dates decide(Clock clock) {
        return DateChoice.choose(candidates, urlMonth, latest(clock));
    }
}
