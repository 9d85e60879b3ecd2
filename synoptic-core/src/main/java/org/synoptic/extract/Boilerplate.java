package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by what an element calls itself (class, id, role, aria-label).
 *
 * <p>Names are split into words ("relatedArticles" → related, articles; "ad-slot" → ad, slot) so
 * that "ad" matches "ad-slot" but not "header" or "download". A name starting with a state prefix
 * ("has-comments", "no-sidebar") describes the container, not a widget inside it; a name with
 * both a content and a furniture word is {@link Signal#MIXED} and left to the caller to weigh.
 */
final class Boilerplate {

    private static final Set<String> FURNITURE_WORDS = Set.of(
            "comment", "comments", "disqus", "share", "sharing", "sharebar", "social", "related",
            "recommend", "recommended", "recommendations", "promo", "promotion", "ad", "ads", "advert",
            "adverts", "advertisement", "advertising", "adslot", "adsbygoogle", "sponsor", "sponsored",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
            "breadcrumb", "breadcrumbs", "tags", "pagination", "pager", "sidebar", "widget", "widgets",
            "popup", "modal", "footer", "navbar", "nav", "navigation", "menu", "skip", "print", "bio",
            "outbrain", "taboola", "masthead", "toolbar", "trending", "popular", "banner", "login",
            "dialog", "overlay", "teaser", "teasers", "byline", "dateline", "rail", "caption", "captions", "credit",
            "credits", "gallery", "slideshow", "carousel");

    /** Text meant for screen readers only ("Advertisement", "Share on X"): never article prose. */
    private static final Set<String> HIDDEN_NAMES = Set.of(
            "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "element-invisible",
            "offscreen", "screenreader-only", "a11y-hidden");

    /** Words that mean "this is (part of) the article itself". */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "content", "body", "story", "storybody", "entry", "main", "post", "text", "prose");

    /** Prefixes that describe a state of the container rather than naming a widget. */
    private static final Set<String> STATE_PREFIXES = Set.of("has", "is", "with", "no", "show", "enable", "js", "can");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "search",
            "dialog", "alertdialog", "alert", "toolbar");

    private Boilerplate() {}

    /** How strongly an element's own names mark it as furniture. */
    enum Signal {
        /** Names it the article (or a part of it): keep whatever else it is called. */
        CONTENT,
        /** Names it a widget: share bar, ad slot, menu. */
        FURNITURE,
        /** Both ("article-comments", "content-sidebar-wrap"): furniture only when small. */
        MIXED,
        NONE
    }

    static Signal signal(Element element) {
        if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return Signal.FURNITURE;
        }
        Signal result = Signal.NONE;
        String aria = element.attr("aria-label");
        List<String> ariaWords = words(aria);
        if (!ariaWords.isEmpty() && (kind(ariaWords) == Signal.FURNITURE || FURNITURE_WORDS.contains(ariaWords.get(0)))) {
            result = Signal.FURNITURE;
        }
        for (String name : names(element)) {
            if (HIDDEN_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                return Signal.FURNITURE;
            }
            Signal kind = kind(words(name));
            if (kind == Signal.CONTENT) {
                return Signal.CONTENT;
            }
            if (kind == Signal.FURNITURE || (kind == Signal.MIXED && result == Signal.NONE)) {
                result = kind;
            }
        }
        return result;
    }

    /** A weight in {-25, 0, 25} per Readability: names hinting at content up, furniture down. */
    static int classWeight(Element element) {
        return switch (signal(element)) {
            case CONTENT -> 25;
            case FURNITURE -> -25;
            case MIXED, NONE -> 0;
        };
    }

    private static Signal kind(List<String> words) {
        if (words.isEmpty() || STATE_PREFIXES.contains(words.get(0))) {
            return Signal.NONE;
        }
        boolean content = false;
        boolean furniture = false;
        for (String word : words) {
            content |= CONTENT_WORDS.contains(word);
            furniture |= FURNITURE_WORDS.contains(word);
        }
        if (content) {
            return furniture ? Signal.MIXED : Signal.CONTENT;
        }
        return furniture ? Signal.FURNITURE : Signal.NONE;
    }

    private static List<String> names(Element element) {
        List<String> names = new ArrayList<>(element.classNames());
        if (element.hasAttr("id")) {
            names.add(element.id());
        }
        return names;
    }

    /** "relatedArticles" → [related, articles]; "ad_slot-2" → [ad, slot, 2]. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean camelBreak = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || camelBreak) {
                flush(word, words);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
