package org.synoptic.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks. Curly marks say which way they face; a straight mark opens after a
 * space, a line start or a bracket or dash, and closes before a space, punctuation or the line
 * end (a mark with spaces on both sides, or none, is skipped). Marks pair inside a paragraph
 * (a line of text). A quote left open at the end of a paragraph runs on when the next paragraph
 * opens with a mark of the same kind, as news style writes a long quotation; otherwise it is
 * dropped, as an unpaired mark. Passages of fewer than {@value #MIN_WORDS} words (scare quotes,
 * titles) are not quotes.
 */
final class QuoteSpans {

    static final int MIN_WORDS = 3;
    /** A passage longer than this is a mis-paired mark, not a quotation. */
    static final int MAX_QUOTE_CHARS = 10_000;
    /** Paragraphs one quotation may run over. */
    static final int MAX_PARAGRAPHS = 6;

    private record Mark(int at, boolean opens, boolean curly) {}

    private QuoteSpans() {}

    /** Paragraph ranges {start, end}: maximal stretches without a line break that hold some text. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        Mark open = null;
        List<int[]> pieces = new ArrayList<>();
        for (int[] paragraph : paragraphs(text)) {
            List<Mark> marks = marks(text, paragraph[0], paragraph[1]);
            int from = 0;
            if (open != null) {
                boolean runsOn = !marks.isEmpty() && marks.get(0).opens() && marks.get(0).curly() == open.curly()
                        && text.substring(paragraph[0], marks.get(0).at()).isBlank() && pieces.size() < MAX_PARAGRAPHS;
                if (runsOn) {
                    from = 1;
                } else {
                    open = null;
                    pieces.clear();
                }
            }
            int pieceStart = open != null ? marks.get(0).at() + 1 : -1;
            for (int m = from; m < marks.size(); m++) {
                Mark mark = marks.get(m);
                if (mark.opens()) {
                    open = mark;
                    pieces.clear();
                    pieceStart = mark.at() + 1;
                } else if (open != null && mark.curly() == open.curly()) {
                    pieces.add(new int[] {pieceStart, mark.at()});
                    keep(text, new QuoteSpan(open.at(), mark.at(), pieces), out);
                    open = null;
                    pieces.clear();
                }
            }
            if (open != null) {
                pieces.add(new int[] {pieceStart, paragraph[1]});
            }
        }
        return out;
    }

    private static void keep(String text, QuoteSpan span, List<QuoteSpan> out) {
        String quoted = span.text(text);
        if (quoted.length() <= MAX_QUOTE_CHARS && org.synoptic.internal.Words.count(quoted) >= MIN_WORDS) {
            out.add(span);
        }
    }

    private static List<Mark> marks(String text, int start, int end) {
        List<Mark> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                out.add(new Mark(i, true, true));
            } else if (c == '\u201D') {
                out.add(new Mark(i, false, true));
            } else if (c == '"') {
                boolean opens = i == start || opensAfter(text.charAt(i - 1));
                boolean closes = i + 1 == end || closesBefore(text.charAt(i + 1));
                if (opens != closes) {
                    out.add(new Mark(i, opens, false));
                }
            }
        }
        return out;
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-' || c == ':';
    }

    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || ",.;:!?)]\u2014\u2013-".indexOf(c) >= 0;
    }
}
