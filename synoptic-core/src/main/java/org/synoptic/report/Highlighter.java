package org.synoptic.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders one article's text as HTML paragraphs with arbitrarily overlapping highlight spans.
 *
 * <p>Overlapping spans cannot each become one element (crossing spans would need crossing tags),
 * so the text is cut at every span boundary and each segment is wrapped in the marks of all
 * spans covering it, nested in one fixed order (by rank, then start, longer first, then input
 * order). Between segments only the marks that change are closed and opened: those after the
 * longest common prefix of the old and new nesting. Paragraph breaks (a whitespace run with two
 * or more newlines) close every mark and start a new {@code <p>}, since a mark cannot hold a
 * paragraph. Cuts never split a surrogate pair.
 *
 * <p>Bounds: at most {@link #MAX_MARKS} marks per article (the first by position; later text is
 * left plain) and at most {@link #MAX_DEPTH} marks around a segment (the innermost are dropped),
 * so the output is O(text + marks · MAX_DEPTH) and the work O(text + marks · log marks).
 */
final class Highlighter {

    static final int MAX_MARKS = 20_000;
    static final int MAX_DEPTH = 12;

    /** A span to highlight; {@code open} is its complete, already escaped opening tag. */
    record Mark(int start, int end, int rank, String open) {}

    /** A fragment target at a text position; {@code id} must already be a safe id. */
    record Anchor(int position, String id) {}

    private static final String PARAGRAPH = "<p dir=\"auto\">";
    private static final Comparator<Mark> BY_POSITION = Comparator.comparingInt(Mark::start).thenComparingInt(Mark::rank);
    private static final Comparator<Mark> NESTING = Comparator.comparingInt(Mark::rank)
            .thenComparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed());

    private Highlighter() {}

    static void render(Writer out, String text, List<Mark> marks, List<Anchor> anchors) throws IOException {
        Mark[] nested = prepare(text, marks);
        long[] starts = new long[nested.length];
        long[] ends = new long[nested.length];
        for (int i = 0; i < nested.length; i++) {
            starts[i] = (long) nested[i].start() << 32 | i;
            ends[i] = (long) nested[i].end() << 32 | i;
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        List<Anchor> points = new ArrayList<>(anchors.size());
        for (Anchor anchor : anchors) {
            points.add(new Anchor(snap(text, anchor.position()), anchor.id()));
        }
        points.sort(Comparator.comparingInt(Anchor::position));
        List<int[]> breaks = paragraphBreaks(text);
        int[] cuts = cuts(text.length(), nested, points, breaks);

        TreeSet<Integer> active = new TreeSet<>();
        List<Integer> open = new ArrayList<>();
        int si = 0;
        int ei = 0;
        int ai = 0;
        int bi = 0;
        boolean content = false;
        boolean pendingBreak = false;
        out.write(PARAGRAPH);
        for (int c = 0; c + 1 < cuts.length; c++) {
            int at = cuts[c];
            while (ei < ends.length && (int) (ends[ei] >>> 32) == at) {
                active.remove((int) ends[ei++]);
            }
            while (si < starts.length && (int) (starts[si] >>> 32) == at) {
                active.add((int) starts[si++]);
            }
            while (bi < breaks.size() && breaks.get(bi)[1] <= at) {
                bi++;
            }
            boolean inBreak = bi < breaks.size() && breaks.get(bi)[0] <= at;
            boolean hasText = !inBreak && cuts[c + 1] > at;
            if (inBreak) {
                pendingBreak = content;
            } else if (hasText && pendingBreak) {
                close(out, open, 0);
                out.write("</p>\n" + PARAGRAPH);
                pendingBreak = false;
            }
            close(out, open, inBreak ? 0 : commonPrefix(open, active));
            while (ai < points.size() && points.get(ai).position() == at) {
                out.write("<span class=\"anchor\" id=\"" + points.get(ai++).id() + "\"></span>");
            }
            if (hasText) {
                reopen(out, open, active, nested);
                Html.escape(out, text, at, cuts[c + 1]);
                content = true;
            }
        }
        out.write("</p>\n");
    }

    /** Clamps and snaps the marks, drops empty ones, keeps the first MAX_MARKS, orders them for nesting. */
    private static Mark[] prepare(String text, List<Mark> marks) {
        List<Mark> kept = new ArrayList<>(marks.size());
        for (Mark mark : marks) {
            int start = snap(text, mark.start());
            int end = snap(text, Math.max(mark.end(), start));
            if (end > start) {
                kept.add(new Mark(start, end, mark.rank(), mark.open()));
            }
        }
        if (kept.size() > MAX_MARKS) {
            kept.sort(BY_POSITION);
            kept = kept.subList(0, MAX_MARKS);
        }
        Mark[] nested = kept.toArray(Mark[]::new);
        Arrays.sort(nested, NESTING);
        return nested;
    }

    /** The position clamped to the text and moved off the middle of a surrogate pair. */
    private static int snap(String text, int position) {
        int at = Math.clamp(position, 0, text.length());
        if (at > 0 && at < text.length()
                && Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int[] cuts(int length, Mark[] marks, List<Anchor> anchors, List<int[]> breaks) {
        int[] all = new int[2 + 2 * marks.length + anchors.size() + 2 * breaks.size()];
        int n = 0;
        all[n++] = 0;
        all[n++] = length;
        for (Mark mark : marks) {
            all[n++] = mark.start();
            all[n++] = mark.end();
        }
        for (Anchor anchor : anchors) {
            all[n++] = anchor.position();
        }
        for (int[] gap : breaks) {
            all[n++] = gap[0];
            all[n++] = gap[1];
        }
        int[] distinct = Arrays.stream(all).sorted().distinct().toArray();
        // A final empty segment at the end closes the last marks and writes anchors placed there.
        int[] cuts = Arrays.copyOf(distinct, distinct.length + 1);
        cuts[distinct.length] = length;
        return cuts;
    }

    /** Maximal whitespace runs containing at least two newlines, as {@code {start, end}}. */
    static List<int[]> paragraphBreaks(String text) {
        List<int[]> breaks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int newlines = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                newlines += text.charAt(i++) == '\n' ? 1 : 0;
            }
            if (newlines >= 2) {
                breaks.add(new int[] {start, i});
            }
        }
        return breaks;
    }

    private static int commonPrefix(List<Integer> open, TreeSet<Integer> active) {
        Iterator<Integer> wanted = active.iterator();
        int k = 0;
        while (k < open.size() && wanted.hasNext() && open.get(k).equals(wanted.next())) {
            k++;
        }
        return k;
    }

    private static void close(Writer out, List<Integer> open, int keep) throws IOException {
        while (open.size() > keep) {
            open.removeLast();
            out.write("</mark>");
        }
    }

    private static void reopen(Writer out, List<Integer> open, TreeSet<Integer> active, Mark[] nested)
            throws IOException {
        Iterator<Integer> wanted = active.iterator();
        for (int skip = 0; skip < open.size(); skip++) {
            wanted.next();
        }
        while (open.size() < MAX_DEPTH && wanted.hasNext()) {
            int index = wanted.next();
            open.add(index);
            out.write(nested[index].open());
        }
    }
}
