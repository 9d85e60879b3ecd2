package org.synoptic.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
        Deque<int[]> open = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && !open.isEmpty()) {
                    measure(text.getWholeText(), open.peek());
                } else if (node instanceof Element element) {
                    if (DateWalk.isScript(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("h1") && out.headings.size() < MAX_HEADINGS) {
                        out.headings.add(element);
                    }
                    open.push(new int[2]);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && !open.isEmpty()) {
                    int[] measured = open.pop();
                    out.sizes.put(element, measured[0] * 2 + measured[1]);
                    if (!open.isEmpty()) {
                        open.peek()[0] += measured[0];
                        open.peek()[1] |= measured[1];
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

    /** Adds a text's visible characters to {@code counts[0]} and sets {@code counts[1]} when it has a year-like run. */
    private static void measure(String text, int[] counts) {
        int visible = 0;
        int run = 0;
        int first = -1;
        int second = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                run++;
                first = run == 1 ? digit : first;
                second = run == 2 ? digit : second;
            } else {
                if (run == 4 && ((first == 1 && second == 9) || (first == 2 && second == 0) || (first == 1 && (second == 3 || second == 4)))) {
                    counts[1] = 1;
                }
                run = 0;
            }
            visible += i == text.length() || Character.isWhitespace(c) || c == '\u00A0' ? 0 : 1;
        }
        counts[0] += visible;
    }
}
