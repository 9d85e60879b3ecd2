package org.synoptic.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Inside the chosen content, removes containers that look like widgets rather than prose, as
 * Readability's "clean conditionally" does: link lists, blocks with more images or inputs than
 * paragraphs, furniture-named boxes. A container with ten or more commas is prose and stays;
 * data tables (with header cells or a caption) stay.
 *
 * <p>One iterative walk counts, per element, letters, link letters, commas and tags; containers
 * are then judged innermost first, so a removed box no longer counts against its parent's test.
 */
final class ConditionalClean {

    private static final Set<String> JUDGED = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section", "figure", "dl");

    private ConditionalClean() {}

    static void clean(Element root) {
        Counter counter = new Counter();
        NodeTraversor.traverse(counter, root);
        for (int i = counter.order.size() - 1; i >= 0; i--) {
            Element element = counter.order.get(i);
            int[] counts = counter.counts.get(element);
            if (element != root && element.parent() != null && shouldRemove(element, counts)) {
                for (Element parent = element.parent(); parent != null && parent != root.parent(); parent = parent.parent()) {
                    int[] outer = counter.counts.get(parent);
                    for (int k = 0; outer != null && k < outer.length; k++) {
                        outer[k] -= counts[k];
                    }
                }
                element.remove();
            }
        }
    }

    private static boolean shouldRemove(Element element, int[] c) {
        String tag = element.normalName();
        if (tag.equals("table") && isDataTable(element)) {
            return false;
        }
        int weight = Boilerplate.classWeight(element);
        if (weight < 0) {
            return true;
        }
        int letters = c[LETTERS];
        if (c[COMMAS] >= 10) {
            return false;
        }
        double linkDensity = letters == 0 ? 0 : (double) c[LINK_LETTERS] / letters;
        boolean list = tag.equals("ul") || tag.equals("ol") || (letters > 0 && c[LIST_LETTERS] * 10 > letters * 9);
        int paragraphs = c[P];
        return (c[IMG] > 1 && paragraphs * 2 < c[IMG] && element.closest("figure") == null)
                || c[INPUT] > paragraphs / 3
                || (!list && letters < 25 && (c[IMG] == 0 || c[IMG] > 2) && linkDensity > 0)
                || (!list && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (list && linkDensity > 0.5);
    }

    private static boolean isDataTable(Element table) {
        return table.selectFirst("th, caption, thead") != null || !table.attr("summary").isEmpty();
    }

    private static final int LETTERS = 0;
    private static final int LINK_LETTERS = 1;
    private static final int COMMAS = 2;
    private static final int P = 3;
    private static final int IMG = 4;
    private static final int INPUT = 5;
    private static final int LIST_LETTERS = 6;

    /** Post-order counts for every judged element, and judged elements in document order. */
    private static final class Counter implements NodeVisitor {
        private final Map<Element, int[]> counts = new IdentityHashMap<>();
        private final List<Element> order = new ArrayList<>();
        private final Deque<int[]> stack = new ArrayDeque<>();
        private int linkDepth;
        private int listDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                int[] top = stack.peek();
                if (top == null) {
                    return;
                }
                String value = text.text();
                int letters = value.strip().length();
                top[LETTERS] += letters;
                top[LINK_LETTERS] += linkDepth > 0 ? letters : 0;
                top[LIST_LETTERS] += listDepth > 0 ? letters : 0;
                top[COMMAS] += MainText.commas(value);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                linkDepth += tag.equals("a") ? 1 : 0;
                listDepth += tag.equals("ul") || tag.equals("ol") ? 1 : 0;
                int[] own = new int[7];
                switch (tag) {
                    case "p" -> own[P] = 1;
                    case "img" -> own[IMG] = 1;
                    case "input", "select", "textarea" -> own[INPUT] = 1;
                    default -> { }
                }
                stack.push(own);
                if (JUDGED.contains(tag)) {
                    order.add(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            linkDepth -= tag.equals("a") ? 1 : 0;
            listDepth -= tag.equals("ul") || tag.equals("ol") ? 1 : 0;
            int[] own = stack.pop();
            if (JUDGED.contains(tag)) {
                counts.put(element, own);
            }
            int[] parent = stack.peek();
            if (parent != null) {
                for (int i = 0; i < own.length; i++) {
                    parent[i] += own[i];
                }
            }
        }
    }
}
