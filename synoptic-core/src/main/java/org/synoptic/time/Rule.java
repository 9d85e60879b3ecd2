package org.synoptic.time;

import java.util.List;

/** One family of date patterns: scans the whole text once and appends what it finds. */
interface Rule {

    void find(Scan scan, List<Candidate> out);
}
