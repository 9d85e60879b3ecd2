package org.synoptic.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element's text into blocks at block-level tags and double line breaks, in one iterative walk
 * (jsoup's {@link NodeTraversor}, so depth cannot overflow the stack). The same walk sums, for
 * every element that is not phrasing content (links, spans, emphasis), its letters and the
 * letters inside links, which scoring and cleaning need for size and link density.
 */
final class Blocks {

    /** At most this many blocks are kept from one page; the rest is dropped. */
    static final int MAX_BLOCKS = 50_000;

    /**
     * What rides along the segmenting walk: every node, before the walk reads it, and for a text
     * node its letters (non-space characters) and whether any is a digit, counted once for both;
     * then every element once its subtree is done.
     */
    interface Observer {
        void head(Node node, int depth, int letters, boolean digits);

        void tail(Element element, int depth);
    }

    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "figure", "figcaption", "header", "footer", "address", "center", "details", "summary", "hr",
            "fieldset", "caption", "form", "nav", "aside", "hgroup", "picture", "video", "audio");

    /** Phrasing tags: their letters count toward the enclosing container's statistics only. */
    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "span", "em", "strong", "b", "i", "u", "s", "small", "sup", "sub", "font", "abbr", "cite", "code",
            "mark", "q", "time", "img", "br", "wbr", "label", "var", "kbd", "samp", "dfn", "bdi", "bdo", "ins", "del");

    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, PRE, CELL, CAPTION }

    /** A run of text with the innermost block element holding it. */
    record Block(Element owner, Kind kind, String text, int letters, int linkLetters) {
        double linkDensity() {
            return letters == 0 ? 0 : (double) linkLetters / letters;
        }
    }

    /** Letters in an element's subtree, and how many of them are link text. */
    record Stats(int letters, int linkLetters) {
        double linkDensity() {
            return letters == 0 ? 0 : (double) linkLetters / letters;
        }
    }

    record Result(List<Block> blocks, Map<Element, Stats> stats) {
        Stats stats(Element element) {
            return stats.getOrDefault(element, new Stats(0, 0));
        }
    }

    private Blocks() {}

    static Result segment(Element root) {
        return walk(new Walker(root, null));
    }

    /** The blocks, with {@code observer} shown every node of the same walk, sparing it a walk of its own. */
    static Result segment(Element root, Observer observer) {
        return walk(new Walker(root, Objects.requireNonNull(observer)));
    }

    private static Result walk(Walker walker) {
        Element root = walker.root;
        NodeTraversor.traverse(walker, root);
        walker.flush();
        return new Result(List.copyOf(walker.blocks), walker.stats);
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    private static final class Walker implements NodeVisitor {
        private final Element root;
        /** Null for the text's own walks, which nothing rides along. */
        private final Observer observer;
        private final List<Block> blocks = new ArrayList<>();
        private final Map<Element, Stats> stats = new IdentityHashMap<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final Deque<int[]> counters = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int letters;
        private int linkLetters;
        private int linkDepth;

        Walker(Element root, Observer observer) {
            this.root = root;
            this.observer = observer;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText();
                int count;
                if (observer == null) {
                    count = countLetters(value);
                } else {
                    int counted = countLettersAndDigits(value);
                    count = counted >>> 1;
                    observer.head(node, depth, count, (counted & 1) == 1);
                }
                text.append(value);
                letters += count;
                int link = linkDepth > 0 ? count : 0;
                linkLetters += link;
                int[] counter = counters.peek();
                if (counter != null) {
                    counter[0] += count;
                    counter[1] += link;
                }
                return;
            }
            if (observer != null) {
                observer.head(node, depth, 0, false);
            }
            if (node instanceof Element element) {
                String tag = element.normalName();
                boolean block = BLOCK_TAGS.contains(tag);
                if (block || (tag.equals("br") && followsBreak(element))) {
                    flush();
                } else if (tag.equals("br")) {
                    text.append(' ');
                }
                if (block) {
                    open.push(element);
                }
                if (!INLINE_TAGS.contains(tag)) {
                    counters.push(new int[2]);
                }
                if (tag.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (observer != null) {
                observer.tail(element, depth);
            }
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.pop();
            }
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (INLINE_TAGS.contains(tag)) {
                return;
            }
            int[] counter = counters.pop();
            stats.put(element, new Stats(counter[0], counter[1]));
            int[] parent = counters.peek();
            if (parent != null) {
                parent[0] += counter[0];
                parent[1] += counter[1];
            }
        }

        void flush() {
            if (letters > 0 && blocks.size() < MAX_BLOCKS) {
                Element owner = open.isEmpty() ? root : open.peek();
                blocks.add(new Block(owner, kind(), TextClean.line(text), letters, linkLetters));
            }
            text.setLength(0);
            letters = 0;
            linkLetters = 0;
        }

        private Kind kind() {
            for (Element element : open) {
                switch (element.normalName()) {
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> { return Kind.HEADING; }
                    case "li", "dd", "dt" -> { return Kind.ITEM; }
                    case "blockquote" -> { return Kind.QUOTE; }
                    case "pre" -> { return Kind.PRE; }
                    case "td", "th" -> { return Kind.CELL; }
                    case "figcaption", "caption" -> { return Kind.CAPTION; }
                    case "p" -> { return Kind.PARAGRAPH; }
                    default -> { }
                }
            }
            return Kind.PARAGRAPH;
        }

        /** A second line break in a row ends a paragraph; a single one only ends a line. */
        private static boolean followsBreak(Element br) {
            for (Node previous = br.previousSibling(); previous != null; previous = previous.previousSibling()) {
                if (previous instanceof TextNode textNode && textNode.isBlank()) {
                    continue;
                }
                return previous instanceof Element element && element.normalName().equals("br");
            }
            return false;
        }

        private static int countLetters(String value) {
            int count = 0;
            for (int i = 0; i < value.length(); i++) {
                if (!TextClean.isSpace(value.charAt(i))) {
                    count++;
                }
            }
            return count;
        }

        /** The letters times two, plus one when a digit (of any script) is among them. */
        private static int countLettersAndDigits(String value) {
            int count = 0;
            boolean digits = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!TextClean.isSpace(c)) {
                    count++;
                    digits |= c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
                }
            }
            return count << 1 | (digits ? 1 : 0);
        }
    }
}
