package org.synoptic.quotes;

import java.util.List;

/**
 * One quoted passage: the characters inside its marks, possibly over several paragraphs.
 *
 * @param open   offset of the opening mark
 * @param close  offset of the closing mark
 * @param pieces the quoted ranges {start, end}, one per paragraph, in order
 */
record QuoteSpan(int open, int close, List<int[]> pieces) {

    QuoteSpan {
        pieces = List.copyOf(pieces);
    }

    int start() {
        return pieces.get(0)[0];
    }

    int end() {
        return pieces.get(pieces.size() - 1)[1];
    }

    /** The quoted words; paragraphs of a running quote are joined by a blank line, without their repeated marks. */
    String text(String article) {
        StringBuilder out = new StringBuilder();
        for (int[] piece : pieces) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(article, piece[0], piece[1]);
        }
        return out.toString();
    }
}
