package org.synoptic.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the element(s) holding the article, Readability-style: every paragraph of 25 letters
 * or more gives points (1 + commas + one per 100 letters, at most 3) to its container and, with
 * decay, to four more ancestors; each container starts from a tag base, its class/id weight and
 * a bonus for semantic markup (article, main, itemprop=articleBody); the total is scaled down by
 * link density. The best container wins, climbs to an ancestor that several strong candidates
 * share, and takes along siblings that score well or read like prose.
 *
 * <p>Cost: one pass over the blocks, five ancestors each, plus a sort of the candidates.
 */
final class MainText {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;

    private MainText() {}

    /** The chosen elements in document order; {@code body} itself when nothing scores. */
    static List<Element> choose(Element body, Blocks.Result segments, boolean weightClasses) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Boolean> hasBlockChild = new IdentityHashMap<>();
        List<Element> firstScored = new ArrayList<>();
        for (Blocks.Block block : segments.blocks()) {
            if (!counts(block)) {
                continue;
            }
            Element owner = block.owner();
            boolean mixed = owner != body && hasBlockChild.computeIfAbsent(owner, MainText::hasBlockChild);
            Element start = mixed || owner == body ? owner : owner.parent();
            double points = points(block.text());
            Element ancestor = start;
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
                Double old = scores.get(ancestor);
                if (old == null) {
                    firstScored.add(ancestor);
                }
                scores.put(ancestor, (old == null ? initialScore(ancestor, weightClasses) : old) + share);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((element, score) -> score * (1 - segments.stats(element).linkDensity()));
        // Ties keep the order candidates were first scored in (document order), not hash order.
        List<Element> ranked = new ArrayList<>(firstScored);
        ranked.sort(Comparator.comparingDouble((Element e) -> -scores.get(e)));
        if (ranked.isEmpty() || ranked.get(0) == body) {
            return List.of(body);
        }
        Element top = climb(ranked, scores, body);
        return withSiblings(top, scores, segments, body);
    }

    private static Element climb(List<Element> ranked, Map<Element, Double> scores, Element body) {
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) >= 0.75 * topScore) {
                strong.add(ranked.get(i));
            }
        }
        if (strong.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (Element candidate : strong) {
                    containing += isAncestor(parent, candidate) ? 1 : 0;
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(top, topScore);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, Blocks.Result segments, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        Map<Element, Double> prose = prosePerChild(parent, segments);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            boolean sameClass = !topClass.isEmpty() && sibling.className().equals(topClass);
            double bonus = sameClass ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                chosen.add(sibling);
            } else if (sameClass && prose.getOrDefault(sibling, 0.0) >= threshold && segments.stats(sibling).linkDensity() < 0.3) {
                chosen.add(sibling);
            } else if (isParagraphLike(sibling) && readsLikeProse(sibling, segments)) {
                chosen.add(sibling);
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * Paragraph points per child of {@code parent}, undecayed: a sibling whose paragraphs sit too
     * deep for the five scored ancestor levels still shows how much prose it holds.
     */
    private static Map<Element, Double> prosePerChild(Element parent, Blocks.Result segments) {
        Map<Element, Double> prose = new IdentityHashMap<>();
        for (Blocks.Block block : segments.blocks()) {
            if (!counts(block)) {
                continue;
            }
            Element child = block.owner();
            while (child != null && child.parent() != parent) {
                child = child.parent();
            }
            if (child != null) {
                prose.merge(child, points(block.text()), Double::sum);
            }
        }
        return prose;
    }

    private static boolean counts(Blocks.Block block) {
        return block.kind() != Blocks.Kind.ITEM && block.kind() != Blocks.Kind.CAPTION && block.text().length() >= MIN_PARAGRAPH;
    }

    private static double points(String text) {
        return 1 + commas(text) + Math.min(text.length() / 100, 3);
    }

    /** A p, a div of inline content only, or a wrapper whose single child is one of those. */
    private static boolean isParagraphLike(Element element) {
        Element current = element;
        for (int depth = 0; depth < 4; depth++) {
            if (current.normalName().equals("p") || !hasBlockChild(current)) {
                return current.normalName().equals("p") || current.normalName().equals("div");
            }
            if (current.childrenSize() != 1 || !current.ownText().isBlank()) {
                return false;
            }
            current = current.child(0);
        }
        return false;
    }

    private static boolean readsLikeProse(Element paragraph, Blocks.Result segments) {
        double linkDensity = segments.stats(paragraph).linkDensity();
        String text = paragraph.text();
        if (text.length() > 80) {
            return linkDensity < 0.25;
        }
        return !text.isEmpty() && linkDensity == 0 && (text.endsWith(".") || text.contains(". "));
    }

    private static double initialScore(Element element, boolean weightClasses) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            case "article" -> 5;
            case "main" -> 3;
            default -> 0;
        };
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 25;
        }
        return weightClasses ? score + Boilerplate.classWeight(element) : score;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (Blocks.isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                count++;
            }
        }
        return count;
    }
}
