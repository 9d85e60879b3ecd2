package org.synoptic.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.synoptic.model.Evidence;

/**
 * The publication date, chosen from candidates that each signal contributes. Signals are ranked
 * by how deliberately a publisher states the date: container hints, JSON-LD, meta tags, a
 * {@code <time>} element, the URL path, a date line near the top of the text, and last a Solar
 * Hijri news code. The first plausible candidate of the best signal wins; plausible means not
 * before 1990 and not after today (by the injected clock) plus one day of slack for time zones.
 *
 * <p>Candidates are kept as a list rather than returned at first sight so that a later version
 * can weigh agreement between signals and report its evidence.
 */
final class PublishedDate {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    enum Signal { HINT, JSON_LD, META, TIME_ELEMENT, URL, TEXT_LINE, NEWS_CODE }

    record Candidate(Signal signal, LocalDate date) {}

    private final List<Candidate> candidates = new ArrayList<>();

    void add(Signal signal, Optional<LocalDate> date) {
        date.ifPresent(d -> candidates.add(new Candidate(signal, d)));
    }

    void addAll(PublishedDate other) {
        candidates.addAll(other.candidates);
    }

    Optional<LocalDate> choose(Clock clock) {
        return decide(clock).map(Decision::date);
    }

    /** The chosen date and its evidence: the deciding signal and every other candidate with why it lost. */
    record Decision(LocalDate date, Evidence evidence) {}

    Optional<Decision> decide(Clock clock) {
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        Optional<Candidate> chosen = candidates.stream()
                .filter(c -> !c.date().isBefore(EARLIEST) && !c.date().isAfter(latest))
                .min(Comparator.comparing(Candidate::signal));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence.Candidate> beaten = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c == chosen.get()) {
                continue;
            }
            String reason = c.date().isBefore(EARLIEST) ? "before " + EARLIEST
                    : c.date().isAfter(latest) ? "after today" : "lower-priority signal";
            beaten.add(new Evidence.Candidate(label(c.signal()), c.date().toString(), reason));
        }
        return Optional.of(new Decision(chosen.get().date(),
                new Evidence(label(chosen.get().signal()), chosen.get().date().toString(), beaten)));
    }

    private static String label(Signal signal) {
        return signal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
