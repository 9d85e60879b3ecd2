package org.synoptic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.synoptic.report.Highlighter.Anchor;
import org.synoptic.report.Highlighter.Mark;

class HighlighterTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    private static String render(String text, List<Mark> marks, List<Anchor> anchors) throws IOException {
        StringWriter out = new StringWriter();
        Highlighter.render(out, text, marks, anchors);
        return out.toString();
    }

    private static Mark mark(int start, int end, int rank, String name) {
        return new Mark(start, end, rank, "<mark class=\"" + name + "\">");
    }

    /** Checks that every closing tag closes the innermost open one; returns the deepest mark nesting. */
    private static int balancedMarkDepth(String html) {
        Deque<String> open = new ArrayDeque<>();
        int deepest = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            if (tag.group(1).isEmpty()) {
                open.push(tag.group(2));
                deepest = Math.max(deepest, (int) open.stream().filter("mark"::equals).count());
            } else {
                assertEquals(tag.group(2), open.pop(), "misnested in " + html);
            }
        }
        assertTrue(open.isEmpty(), "unclosed tags in " + html);
        return deepest;
    }

    @Test
    void nestedSpansNestInRankOrder() throws IOException {
        String html = render("The Kellen Bridge opened", List.of(mark(4, 17, 4, "ent"), mark(0, 24, 0, "fact")), List.of());
        assertEquals("<p dir=\"auto\"><mark class=\"fact\">The <mark class=\"ent\">Kellen Bridge</mark> opened</mark></p>\n", html);
    }

    @Test
    void crossingSpansAreCutIntoProperlyNestedPieces() throws IOException {
        String html = render("Alpha Beta Gamma", List.of(mark(0, 10, 4, "ent"), mark(6, 16, 3, "timex")), List.of());
        assertEquals("<p dir=\"auto\"><mark class=\"ent\">Alpha </mark><mark class=\"timex\"><mark class=\"ent\">Beta</mark>"
                + " Gamma</mark></p>\n", html);
    }

    @Test
    void paragraphBreaksCloseAndReopenMarks() throws IOException {
        String html = render("One two.\n\nThree four.\n\n", List.of(mark(4, 15, 1, "reuse")), List.of());
        assertEquals("<p dir=\"auto\">One <mark class=\"reuse\">two.</mark></p>\n"
                + "<p dir=\"auto\"><mark class=\"reuse\">Three</mark> four.</p>\n", html);
    }

    @Test
    void anchorsSitAtTheirOffsetIncludingTheEnd() throws IOException {
        String html = render("One two.", List.of(), List.of(new Anchor(8, "end"), new Anchor(4, "a-x-4")));
        assertEquals("<p dir=\"auto\">One <span class=\"anchor\" id=\"a-x-4\"></span>two.<span class=\"anchor\" id=\"end\"></span></p>\n",
                html);
    }

    @Test
    void textIsEscapedInsideMarks() throws IOException {
        String html = render("<b>&'\"", List.of(mark(0, 3, 4, "ent")), List.of());
        assertEquals("<p dir=\"auto\"><mark class=\"ent\">&lt;b&gt;</mark>&amp;&#39;&quot;</p>\n", html);
    }

    @Test
    void outOfRangeAndEmptySpansAreClampedOrDropped() throws IOException {
        String html = render("short", List.of(mark(2, 999, 4, "ent"), mark(3, 3, 3, "timex"), mark(4, 1, 2, "quote")),
                List.of(new Anchor(50, "far")));
        assertEquals("<p dir=\"auto\">sh<mark class=\"ent\">ort</mark><span class=\"anchor\" id=\"far\"></span></p>\n", html);
    }

    @Test
    void cutsNeverSplitASurrogatePair() throws IOException {
        String text = "x\uD83D\uDE00y";
        String html = render(text, List.of(mark(2, 4, 4, "ent")), List.of(new Anchor(2, "mid")));
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(html), html);
        assertTrue(html.contains("<mark class=\"ent\">\uD83D\uDE00y</mark>"), html);
    }

    @Test
    void nestingDepthIsBounded() throws IOException {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            marks.add(mark(i % 5, 60 - i, i % 5, "m" + i));
        }
        String html = render("x".repeat(60), marks, List.of());
        assertEquals(Highlighter.MAX_DEPTH, balancedMarkDepth(html));
    }

    @Test
    void marksPastTheLimitAreLeftOut() throws IOException {
        int count = Highlighter.MAX_MARKS + 500;
        List<Mark> marks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            marks.add(mark(i, i + 1, 4, "ent"));
        }
        String html = render("y".repeat(count), marks, List.of());
        assertEquals(Highlighter.MAX_MARKS, html.split("<mark ", -1).length - 1);
        assertTrue(html.endsWith("y".repeat(500) + "</p>\n"), "the marks kept are the first ones");
    }

    @Test
    void randomOverlapsRenderEveryCoveringMarkAroundEveryCharacter() throws IOException {
        Random random = new Random(20241102L);
        String alphabet = "ab <&\"'xyz";
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < Highlighter.MAX_DEPTH; i++) {
                int a = random.nextInt(41);
                int b = random.nextInt(41);
                marks.add(new Mark(Math.min(a, b), Math.max(a, b), random.nextInt(5),
                        "<mark data-i=\"" + i + "\">"));
            }
            String html = render(text.toString(), marks, List.of());
            balancedMarkDepth(html);
            assertCoverage(text.toString(), marks, html);
        }
    }

    private static void assertCoverage(String text, List<Mark> marks, String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        int[] offset = {0};
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode textNode) {
                String piece = textNode.getWholeText();
                assertEquals(text.substring(offset[0], offset[0] + piece.length()), piece);
                Set<Integer> around = new TreeSet<>();
                List<Integer> ranks = new ArrayList<>();
                for (Element parent = textNode.parent() instanceof Element e ? e : null; parent != null; parent = parent.parent()) {
                    if (parent.tagName().equals("mark")) {
                        int i = Integer.parseInt(parent.attr("data-i"));
                        around.add(i);
                        ranks.addFirst(marks.get(i).rank());
                    }
                }
                for (int at = offset[0]; at < offset[0] + piece.length(); at++) {
                    Set<Integer> expected = new TreeSet<>();
                    for (int i = 0; i < marks.size(); i++) {
                        if (marks.get(i).start() <= at && at < marks.get(i).end()) {
                            expected.add(i);
                        }
                    }
                    assertEquals(expected, around, "at " + at + " in " + html);
                }
                assertEquals(ranks.stream().sorted().toList(), ranks, "outer marks have lower ranks");
                offset[0] += piece.length();
            }
        }, body.selectFirst("p"));
        assertEquals(text.length(), offset[0]);
    }
}
