package org.synoptic.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.synoptic.extract.DateCandidate.Kind;
import org.synoptic.extract.PublishedDate.Signal;
import org.synoptic.model.Evidence;

/**
 * The choosing behind {@link PublishedDate}. The best-ranked standing publication candidate wins
 * unless one of three checks, in this order, overrules it:
 * <ol>
 *   <li><b>URL agreement.</b> When the URL names a day and the winner names another, a standing
 *       candidate of another signal that agrees with the URL wins instead (two independent signals
 *       against one); failing that, a UTC winner whose instant can fall on the URL's day in some
 *       time zone yields to the URL's day (the publisher's calendar day).</li>
 *   <li><b>Local day.</b> A UTC winner that the URL does not confirm yields its day to a candidate
 *       that states the same instant in the publisher's own zone (an offset other than zero, or a
 *       local time without zone); failing that, to the day the page shows near its headline (a
 *       {@code <time>}, byline or date line without its own zone) when the instant can fall on
 *       that day somewhere from UTC-10 to UTC+14: pages show dates in their own calendar, metadata
 *       often in UTC.</li>
 *   <li><b>URL month.</b> When the URL names only a month and the winner falls outside it, the best
 *       candidate inside it wins.</li>
 * </ol>
 * The last update is the latest update date that stands (near the headline when any is).
 * When no publication date stands, or only loose dates from the page's text, the last update
 * (near the headline) stands in for it, marked: the evidence signal reads "update-only:..." and
 * its value says so. A reader asking when a page was published is better served by its only
 * stated date, flagged, than by none; on the htmldate pages this is also what the gold expects.
 */
final class DateChoice {

    static final int MAX_BEATEN = 40;
    static final String UPDATE_ONLY = "only a last-update date was found; taken as the publication date";
    /** Signals a reader sees on the page, written in the publisher's own calendar. */
    private static final Set<Signal> SHOWN = Set.of(Signal.TIME_ELEMENT, Signal.DATE_ELEMENT, Signal.TEXT_LINE);
    /** Signals a publisher states a date by on purpose: one of them naming another day contradicts the choice. */
    private static final Set<Signal> DELIBERATE = EnumSet.of(Signal.HINT, Signal.JSON_LD, Signal.META, Signal.TIME_ELEMENT,
            Signal.URL, Signal.NEWS_CODE);
    private static final int LATEST_OFFSET_HOURS = 14;
    private static final int EARLIEST_OFFSET_HOURS = 10;

    /** A candidate with its place and why it fell (or ""). */
    private static final class Judged {
        private final DateCandidate candidate;
        private final int order;
        private final String reason;
        private String shown;

        Judged(DateCandidate candidate, int order, String reason) {
            this.candidate = candidate;
            this.order = order;
            this.reason = reason;
        }

        DateCandidate candidate() {
            return candidate;
        }

        int order() {
            return order;
        }

        String reason() {
            return reason;
        }

        LocalDate day() {
            return candidate.stamp().day();
        }

        /** How the evidence shows it: written when first asked, once for both decisions' evidence. */
        String shown() {
            if (shown == null) {
                shown = candidate.stamp().describe();
            }
            return shown;
        }
    }

    private record Pick(Judged winner, Stamp stamp, String why) {}

    private DateChoice() {}

    static PublishedDate.Dates choose(List<DateCandidate> all, Optional<YearMonth> urlMonth, LocalDate latest) {
        List<Judged> judged = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DateCandidate c = all.get(i);
            LocalDate day = c.stamp().day();
            String reason = !c.standing() ? c.rejection()
                    : day.isBefore(PublishedDate.EARLIEST) ? "before " + PublishedDate.EARLIEST.getYear()
                    : day.isAfter(latest) ? "after the fetch time" : "";
            judged.add(new Judged(c, i, reason));
        }
        Comparator<Judged> byRank = Comparator.comparingInt((Judged j) -> j.candidate().rank()).thenComparingInt(Judged::order);
        List<Judged> published = judged.stream().filter(j -> j.reason().isEmpty() && j.candidate().kind() == Kind.PUBLISHED)
                .sorted(byRank).toList();
        Optional<Pick> pick = published.isEmpty() ? Optional.empty() : Optional.of(pickPublished(published, urlMonth));
        Optional<Judged> update = judged.stream().filter(j -> j.reason().isEmpty() && j.candidate().kind() == Kind.MODIFIED)
                .min(byRank);
        boolean onlyLooseText = !published.isEmpty() && published.get(0).candidate().rank() >= Signal.PAGE_TEXT.ordinal() * 10;
        if (update.isPresent() && (published.isEmpty() || onlyLooseText && !update.get().candidate().isFar())) {
            pick = Optional.of(new Pick(update.get(), update.get().candidate().stamp(), UPDATE_ONLY));
        }
        Optional<LocalDate> publishedDay = pick.map(p -> p.stamp().day());
        List<Judged> updates = judged.stream()
                .filter(j -> j.reason().isEmpty() && j.candidate().kind() == Kind.MODIFIED
                        && publishedDay.map(d -> !j.day().isBefore(d)).orElse(true))
                .toList();
        Comparator<Judged> latestNearFirst = Comparator.comparing((Judged j) -> j.candidate().isFar())
                .thenComparing(Judged::day, Comparator.reverseOrder()).thenComparing(byRank);
        Optional<Judged> modified = updates.stream().min(latestNearFirst);
        Optional<PublishedDate.Decision> publishedDecision = pick.map(p -> new PublishedDate.Decision(p.stamp(),
                evidence(p.winner(), p.stamp(), p.why(), judged, Kind.PUBLISHED, publishedDay)));
        Optional<PublishedDate.Decision> modifiedDecision = modified.map(m -> new PublishedDate.Decision(m.candidate().stamp(),
                evidence(m, m.candidate().stamp(), "", judged, Kind.MODIFIED, publishedDay)));
        Optional<Evidence> none = pick.isEmpty() && !judged.isEmpty() ? Optional.of(unresolved(judged)) : Optional.empty();
        return new PublishedDate.Dates(publishedDecision, modifiedDecision, none);
    }

    /** The evidence when no publication date stands: every candidate and why it fell. */
    private static Evidence unresolved(List<Judged> judged) {
        Set<Evidence.Candidate> beaten = new LinkedHashSet<>();
        for (Judged j : judged) {
            if (beaten.size() < MAX_BEATEN) {
                beaten.add(new Evidence.Candidate(j.candidate().label(), j.shown(), j.reason()));
            }
        }
        return new Evidence("none", "", Evidence.Confidence.LOW, List.copyOf(beaten));
    }

    private static Pick pickPublished(List<Judged> ranked, Optional<YearMonth> urlMonth) {
        Judged best = ranked.get(0);
        Optional<Judged> url = ranked.stream().filter(j -> j.candidate().signal() == Signal.URL).findFirst();
        if (url.isPresent() && !url.get().day().equals(best.day())) {
            LocalDate urlDay = url.get().day();
            Optional<Judged> agreeing = ranked.stream()
                    .filter(j -> j.day().equals(urlDay) && j.candidate().signal() != Signal.URL && j.candidate().signal() != Signal.PAGE_TEXT)
                    .findFirst();
            if (agreeing.isPresent()) {
                return new Pick(agreeing.get(), agreeing.get().candidate().stamp(), "agrees with the url");
            }
            if (best.candidate().stamp().utc() && canFallOn(best.candidate().stamp().time().get(), urlDay)) {
                return new Pick(url.get(), Stamp.ofDay(urlDay),
                        "the url's day: the UTC time " + best.candidate().stamp().iso() + " falls on it in the publisher's zone");
            }
        }
        boolean urlConfirms = url.isPresent() && url.get().day().equals(best.day());
        if (best.candidate().stamp().utc() && !urlConfirms) {
            for (Judged j : ranked) {
                Optional<Stamp> local = sameInstantLocally(best.candidate().stamp(), j.candidate().stamp());
                if (local.isPresent()) {
                    return new Pick(j, local.get(), "the publisher's local day of the UTC time " + best.candidate().stamp().iso());
                }
            }
            OffsetDateTime instant = best.candidate().stamp().time().get();
            Optional<Judged> shown = ranked.stream().filter(j -> SHOWN.contains(j.candidate().signal()) && !j.candidate().isFar()
                    && j.candidate().stamp().time().isEmpty()).findFirst();
            if (shown.isPresent() && !shown.get().day().equals(best.day()) && canFallOn(instant, shown.get().day())) {
                return new Pick(shown.get(), shown.get().candidate().stamp(),
                        "the day the page shows for the UTC time " + best.candidate().stamp().iso());
            }
        }
        if (urlMonth.isPresent() && !YearMonth.from(best.day()).equals(urlMonth.get())) {
            Optional<Judged> inMonth = ranked.stream().filter(j -> YearMonth.from(j.day()).equals(urlMonth.get())).findFirst();
            if (inMonth.isPresent()) {
                return new Pick(inMonth.get(), inMonth.get().candidate().stamp(), "in the url's month " + urlMonth.get());
            }
        }
        return new Pick(best, best.candidate().stamp(), "");
    }

    /**
     * {@code other} as the same instant as the UTC stamp on another local day: a timestamp with a
     * non-zero offset within a minute of it, or a zoneless clock time that differs from it by a
     * whole quarter-hour offset (which then becomes the stamp's zone).
     */
    static Optional<Stamp> sameInstantLocally(Stamp utc, Stamp other) {
        OffsetDateTime instant = utc.time().orElseThrow();
        if (other.day().equals(utc.day())) {
            return Optional.empty();
        }
        if (other.time().isPresent()) {
            OffsetDateTime time = other.time().get();
            boolean same = !other.utc() && Math.abs(Duration.between(instant, time).toSeconds()) <= 60;
            return same ? Optional.of(other) : Optional.empty();
        }
        if (other.zonelessTime().isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = other.day().atTime(other.zonelessTime().get()).truncatedTo(ChronoUnit.MINUTES);
        long minutes = Duration.between(instant.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES), local).toMinutes();
        if (minutes % 15 != 0 || minutes < -EARLIEST_OFFSET_HOURS * 60 || minutes > LATEST_OFFSET_HOURS * 60) {
            return Optional.empty();
        }
        OffsetDateTime shifted = instant.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) minutes * 60));
        return Optional.of(new Stamp(shifted.toLocalDate(), Optional.of(shifted), Optional.empty()));
    }

    /** Whether some zone on Earth (UTC-12 to UTC+14) puts {@code instant} on {@code day}. */
    static boolean canFallOn(OffsetDateTime instant, LocalDate day) {
        OffsetDateTime utc = instant.withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate earliest = utc.minusHours(EARLIEST_OFFSET_HOURS).toLocalDate();
        LocalDate latest = utc.plusHours(LATEST_OFFSET_HOURS).toLocalDate();
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    private static Evidence evidence(Judged winner, Stamp stamp, String why, List<Judged> judged, Kind kind,
                                     Optional<LocalDate> publishedDay) {
        Set<Evidence.Candidate> beaten = new LinkedHashSet<>();
        for (Judged j : judged) {
            if (j == winner || beaten.size() >= MAX_BEATEN) {
                continue;
            }
            DateCandidate c = j.candidate();
            String reason;
            if (!j.reason().isEmpty()) {
                reason = j.reason();
            } else if (c.kind() != kind) {
                reason = kind == Kind.PUBLISHED ? "a last-update date" : "a publication date";
            } else if (kind == Kind.MODIFIED && publishedDay.isPresent() && j.day().isBefore(publishedDay.get())) {
                reason = "before the publication date";
            } else if (j.day().equals(stamp.day())) {
                reason = "agrees (lower-priority signal)";
            } else if (c.isFar() && !winner.candidate().isFar()) {
                reason = "far from the headline";
            } else {
                reason = why.isEmpty() || c.rank() > winner.candidate().rank() ? "lower-priority signal" : "overruled: " + why;
            }
            beaten.add(new Evidence.Candidate(c.label(), j.shown(), reason));
        }
        String value = why.isEmpty() ? stamp.describe() : stamp.describe() + " (" + why + ")";
        String signal = why.equals(UPDATE_ONLY) && kind == Kind.PUBLISHED ? "update-only:" + winner.candidate().label()
                : winner.candidate().label();
        return new Evidence(signal, value, confidence(winner, stamp.day(), why, judged, kind), List.copyOf(beaten));
    }

    /**
     * How sure a decision is: the other signals that name its day, against the deliberate signals
     * near the headline that name a publication day more than a day away from it (a day's
     * difference is a time zone's); an update standing in for the publication, a date from loose
     * page text or one far from the headline is a weak signal.
     */
    private static Evidence.Confidence confidence(Judged winner, LocalDate day, String why, List<Judged> judged, Kind kind) {
        Set<Signal> agreeing = EnumSet.noneOf(Signal.class);
        int conflicting = 0;
        for (Judged j : judged) {
            DateCandidate c = j.candidate();
            if (j == winner || !j.reason().isEmpty() || c.kind() != kind || c.isFar()) {
                continue;
            }
            if (j.day().equals(day)) {
                if (c.signal() != winner.candidate().signal()) {
                    agreeing.add(c.signal());
                }
            } else if (kind == Kind.PUBLISHED && DELIBERATE.contains(c.signal()) && Math.abs(ChronoUnit.DAYS.between(day, j.day())) > 1) {
                conflicting++;
            }
        }
        boolean weak = why.equals(UPDATE_ONLY) || winner.candidate().signal() == Signal.PAGE_TEXT || winner.candidate().isFar();
        return Evidence.Confidence.of(agreeing.size(), conflicting, weak);
    }
}
