package org.synoptic.time;

import org.synoptic.model.Calendar;

/** One normalised match before overlap resolution: {@code [start, end)} of the scanned text. */
record Candidate(int start, int end, String value, Calendar calendar, boolean relative) {

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
