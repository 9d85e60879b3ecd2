package org.synoptic.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be article text (scripts, forms' controls, hidden elements) and, when
 * asked, page furniture (navigation, asides, footers, elements named like share bars or ads).
 *
 * <p>Removal by tag, name or hidden state is guarded: an element holding more than half of the
 * page's letters is a layout wrapper whatever it is called or however it is styled
 * ("page-with-sidebar", an ASP.NET page-wide form, a wrapper hidden until a script runs), so it
 * stays. One iterative filter pass; a removed element's subtree is skipped, so the pass is linear.
 */
final class DomCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "math", "button", "input", "select",
            "option", "textarea", "object", "embed", "canvas", "video", "audio", "map", "link", "meta",
            "dialog", "label");

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "form");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private DomCleaner() {}

    /**
     * Cleans {@code body} in place; {@code furniture} also removes elements named as widgets.
     * {@code before} is the body's segmentation before cleaning (for element sizes).
     */
    static void clean(Element body, Blocks.Result before, boolean furniture) {
        int pageLetters = before.stats(body).letters();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element) || element == body) {
                    return FilterResult.CONTINUE;
                }
                if (NEVER_TEXT.contains(element.normalName())) {
                    return FilterResult.REMOVE;
                }
                boolean wrapsPage = before.stats(element).letters() * 2 > pageLetters;
                if (!wrapsPage && (isHidden(element) || isFurnitureTag(element)
                        || (furniture && isFurnitureNamed(element, before, pageLetters)))) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    private static boolean isFurnitureTag(Element element) {
        String tag = element.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            return true;
        }
        return tag.equals("header") && element.closest("article") == null;
    }

    private static boolean isFurnitureNamed(Element element, Blocks.Result stats, int pageLetters) {
        if (element.normalName().equals("main") || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        return switch (Boilerplate.signal(element)) {
            case FURNITURE -> true;
            case MIXED -> stats.stats(element).letters() * 5 < pageLetters;
            case CONTENT, NONE -> false;
        };
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }
}
