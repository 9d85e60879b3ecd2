package org.synoptic.extract;

import org.synoptic.extract.PublishedDate.Signal;

/**
 * One date a signal offers: whether it claims the first publication or a later update, the
 * signal and its precise label for the evidence ("meta:article:published_time", "json-ld:WebPage",
 * "itemprop:datePublished", ...), the stamp, and why it was set aside before any choosing ("inside
 * a script", "in a comment", "copyright line", ...; empty when it stands).
 *
 * @param rank lower is stronger: the signal's place in {@link Signal} times ten plus a strength
 *             within the signal (an Article node beats a WebPage node in JSON-LD); a strength of
 *             ten or more ranks it below the next signals, and a date found far from the headline
 *             ranks {@link #FAR} below every date near it
 */
record DateCandidate(Kind kind, Signal signal, String label, Stamp stamp, int rank, String rejection) {

    enum Kind { PUBLISHED, MODIFIED }

    /** What being far from the headline costs a date found in the page's markup or text. */
    static final int FAR = 100;

    static DateCandidate of(Kind kind, Signal signal, String label, Stamp stamp, int strength, String rejection) {
        return new DateCandidate(kind, signal, label, stamp, signal.ordinal() * 10 + strength, rejection);
    }

    DateCandidate far() {
        return new DateCandidate(kind, signal, label, stamp, rank + FAR, rejection);
    }

    boolean isFar() {
        return rank >= FAR;
    }

    boolean standing() {
        return rejection.isEmpty();
    }
}
