package org.synoptic.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How much visible text each element holds (non-space characters outside scripts and styles),
 * and whether that text has a run of exactly four digits that could be a year (19xx, 20xx, or
 * 13xx, 14xx for the Solar Hijri calendar, in any script's digits). Measured for the whole tree
 * in one pass, so that "is this a short stretch of text", "could it hold a date" and "does this
 * block hold most of the page" each cost a lookup; the page's {@code <h1>} elements are noted on
 * the way. Linear in the page; one map entry per element.
 */
final class TextSizes {

    /** Per element: visible characters times two, plus one when a year-like run occurs. */
    private final Map<Element, Integer> sizes = new IdentityHashMap<>(EXPECTED_ELEMENTS);
    private final List<Element> headings = new ArrayList<>();

    private static final int MAX_HEADINGS = 20;
    private static final int EXPECTED_ELEMENTS = 4_096;

    private TextSizes() {}

    static TextSizes of(Element root) {
        TextSizes out = new TextSizes();
        // Per open element, by depth: visible characters so far, and a year-like run seen.
        int[][] open = {new int[64], new int[64]};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (depth > 0) {
                        measure(text.getWholeText(), open, depth - 1);
                    }
                } else if (node instanceof Element element) {
                    if (DateWalk.isScript(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("h1") && out.headings.size() < MAX_HEADINGS) {
                        out.headings.add(element);
                    }
                    if (depth >= open[0].length) {
                        open[0] = Arrays.copyOf(open[0], depth * 2);
                        open[1] = Arrays.copyOf(open[1], depth * 2);
                    }
                    open[0][depth] = 0;
                    open[1][depth] = 0;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    int visible = open[0][depth];
                    int year = open[1][depth];
                    out.sizes.put(element, visible * 2 + year);
                    if (depth > 0) {
                        open[0][depth - 1] += visible;
                        open[1][depth - 1] |= year;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    /** The element's visible characters; 0 for an element outside the measured tree. */
    int size(Element element) {
        return sizes.getOrDefault(element, 0) >> 1;
    }

    /** Whether the element's visible text has a year-like run of four digits. */
    boolean hasYear(Element element) {
        return (sizes.getOrDefault(element, 0) & 1) == 1;
    }

    /** The page's first {@code <h1>} elements, in document order (at most {@link #MAX_HEADINGS}). */
    List<Element> headings() {
        return headings;
    }

    /** Adds a text's visible characters to {@code open[0][at]} and sets {@code open[1][at]} when it has a year-like run. */
    private static void measure(String text, int[][] open, int at) {
        int visible = 0;
        int run = 0;
        int first = -1;
        int second = -1;
        boolean year = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            int digit = c >= '0' && c <= '9' ? c - '0' : c < 128 ? -1 : Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                run++;
                first = run == 1 ? digit : first;
                second = run == 2 ? digit : second;
            } else {
                if (run == 4 && ((first == 1 && second == 9) || (first == 2 && second == 0) || (first == 1 && (second == 3 || second == 4)))) {
                    year = true;
                }
                run = 0;
            }
            visible += i == text.length() || isSpace(c) ? 0 : 1;
        }
        open[0][at] += visible;
        if (year) {
            open[1][at] = 1;
        }
    }

    /** {@link Character#isWhitespace} or a no-break space, without Unicode lookups for ASCII. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return c == '\u00A0' || Character.isWhitespace(c);
    }
}
