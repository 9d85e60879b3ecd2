package org.synoptic.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How much visible text an element holds (non-space characters outside scripts and styles), and
 * whether a text has a run of exactly four digits that could be a year (19xx, 20xx, or 13xx,
 * 14xx for the Solar Hijri calendar, in any script's digits). The walk of {@link DateWalk.Scan}
 * measures each text once ({@link #measure}), only as far as a short stretch of text can reach,
 * and keeps the body's first {@code <h1>} elements; an element's full size is measured when first
 * asked about (only the few blocks a date's context is judged by are), since a map entry for every
 * element of every page cost more than all of those measurements. The segmenting walk already
 * counts the letters of every element that is not phrasing content ({@link Blocks.Stats}); those
 * counts are the sizes here, unless the page has text inside a script, style, noscript or
 * template, which the walk counts and a size leaves out.
 */
final class TextSizes {

    static final int MAX_HEADINGS = 20;

    private final List<Element> headings = new ArrayList<>();
    private final Map<Element, Integer> measured = new IdentityHashMap<>();
    private Map<Element, Blocks.Stats> counted = Map.of();
    /** Notes an {@code <h1>}; false once {@link #MAX_HEADINGS} are noted. */
    boolean heading(Element h1) {
        if (headings.size() >= MAX_HEADINGS) {
            return false;
        }
        headings.add(h1);
        return true;
    }

    /**
     * The segmenting walk's letter counts, to be used as sizes: only when no text it counted lay
     * inside an element a size skips ({@link DateWalk#isScript}).
     */
    void counted(Blocks.Result segments) {
        counted = segments.stats();
    }

    /** The element's visible characters. */
    int size(Element element) {
        Blocks.Stats stats = counted.get(element);
        return stats != null ? stats.letters() : measured.computeIfAbsent(element, TextSizes::count);
    }

    /** The page's first {@code <h1>} elements, in document order (at most {@link #MAX_HEADINGS}). */
    List<Element> headings() {
        return headings;
    }

    private static int count(Element element) {
        int[] visible = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    visible[0] += measure(text.getWholeText(), Integer.MAX_VALUE - 1) >> 1;
                } else if (node instanceof Element e && DateWalk.isScript(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return visible[0];
    }

    /**
     * {@link #measure(String, int)} of a text whose visible characters ({@code letters}) and
     * whether any is a digit are known already, as the segmenting walk counts them: only a long
     * text with digits is read again, for a year within its first {@code max + 1} characters.
     */
    static int measure(String text, int letters, boolean digits, int max) {
        if (letters > max) {
            return digits ? measure(text, max) : (max + 1) * 2;
        }
        return letters * 2 + (digits && DateText.mayHoldDate(text) ? 1 : 0);
    }

    /**
     * A text's visible characters times two, plus one when it has a year-like run: the same
     * test as {@link DateText#mayHoldDate}. Counting stops past {@code max} characters, which it
     * then reports as {@code max + 1}; whether a year occurs is then read from the part counted.
     * Most texts hold no digit at all, so runs are looked for only in those that do.
     */
    static int measure(String text, int max) {
        int visible = 0;
        boolean digits = false;
        int end = 0;
        for (; end < text.length() && visible <= max; end++) {
            char c = text.charAt(end);
            if (c > ' ' && c < 128) {
                visible++;
                digits |= c >= '0' && c <= '9';
            } else if (!TextClean.isSpace(c)) {
                visible++;
                digits |= c >= 128 && Character.isDigit(c);
            }
        }
        boolean year = digits && DateText.mayHoldDate(end == text.length() ? text : text.substring(0, end));
        return visible * 2 + (year ? 1 : 0);
    }
}
