package org.synoptic.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter on stderr, redrawn in place at most every 100 ms, and only when
 * stderr is a terminal and the user did not ask for quiet: logs and pipes get no carriage returns.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;
    private int drawnWidth;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void update(int articles, int failures) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        String line = "reading: " + articles + " articles, " + failures + " failed";
        err.print("\r" + line);
        err.flush();
        drawnWidth = line.length();
    }

    void clear() {
        if (enabled && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
