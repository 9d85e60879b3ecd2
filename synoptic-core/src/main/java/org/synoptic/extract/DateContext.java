package org.synoptic.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Where on a page a date sits, and whether that place disqualifies it: scripts (JSON-LD aside,
 * which is read on purpose), navigation, the site header (where "today's date" sits), related-story
 * and recommendation blocks, comment sections, calendars and archive widgets, the site footer;
 * and copyright lines ("© 2019"). Blocks are recognised by tag and by the words of their class
 * and id, the usual way templates label them.
 *
 * <p>The headline's ancestors are never furniture, whatever they are called: a wrapper named
 * "content-sidebar-wrap" or a body classed "right-sidebar" holds the article too; nor is a
 * block holding more than half of the page's letters (as in {@link DomCleaner}). The headline is
 * the {@code <h1>} whose opening words the page title contains (a badge such as "Subscribers"
 * may follow them), else the first {@code <h1>} inside an {@code <article>} or {@code <main>},
 * else none.
 */
final class DateContext {

    static final String SCRIPT = "inside a script";
    static final String COMMENT = "in a comment";
    static final String COPYRIGHT = "copyright line";
    static final String RELATED = "related-stories block";
    static final String COMMENTS = "comment section";
    static final String NAVIGATION = "navigation";
    static final String HEADER = "site header";
    static final String CALENDAR = "calendar or archive widget";
    static final String FOOTER = "page footer";

    private static final int MAX_DEPTH = 60;
    private static final int MAX_HEADLINES = 20;
    private static final int MIN_HEADLINE_KEY = 10;
    private static final int HEADLINE_PREFIX = 30;
    /** Matched against class and id as space-separated words (" more from ", " sidebar "). */
    private static final Pattern RELATED_NAMES = Pattern.compile(" (?:related|recommended|recommendations?|popular|trending|"
            + "outbrain|taboola|sidebar|similar|more from|read next|read more|also read|most read|most viewed|more stories|"
            + "more news|other news|next post|prev post|previous post|post nav|post navigation|teaser list|widget area) ");
    private static final Pattern COMMENT_NAMES = Pattern.compile(" (?:comments?|commentlist|comment list|disqus|respond|replies|reply) ");
    private static final Pattern CALENDAR_NAMES = Pattern.compile(" (?:calendar|cal|archives?|blog archive) ");
    /** Matched against one class or the id at a time: the block is the site's footer or header, not a post's. */
    private static final Pattern FOOTER_NAME = Pattern.compile("^ (?:(?:site|page|global|main) )?footer ");
    private static final Pattern HEADER_NAME = Pattern.compile("^ (?:(?:site|page|global|main) )?(?:header|top ?bar|masthead) ");
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COPYRIGHT_TEXT = Pattern.compile("(?iu)©|\\(c\\)\\s*(?:19|20)\\d{2}|\\bcopyright\\b|"
            + "\\ball rights reserved\\b|\\btous droits réservés\\b|\\balle rechte vorbehalten\\b|\\btodos los derechos\\b");

    private final Set<Element> spine = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Boolean> wrappers = new IdentityHashMap<>();
    private final Element headline;
    private final int pageLetters;

    private DateContext(Element headline, Element body) {
        this.headline = headline;
        this.pageLetters = body == null ? 0 : letters(body);
        for (Element e = headline; e != null; e = e.parent()) {
            spine.add(e);
        }
    }

    static DateContext of(Document document, String title) {
        String titleKey = TextClean.key(document.title()) + " " + TextClean.key(title);
        Element fallback = null;
        int seen = 0;
        for (Element h1 : document.getElementsByTag("h1")) {
            if (seen++ >= MAX_HEADLINES) {
                break;
            }
            String key = TextClean.key(h1.text());
            if (key.length() >= MIN_HEADLINE_KEY && titleKey.contains(key.substring(0, Math.min(key.length(), HEADLINE_PREFIX)))) {
                return new DateContext(h1, document.body());
            }
            if (fallback == null && h1.closest("article, main") != null) {
                fallback = h1;
            }
        }
        return new DateContext(fallback, document.body());
    }

    /** The headline element, or null when the page has none. */
    Element headline() {
        return headline;
    }

    /** Why a date inside {@code element} does not count, or "" when it may. */
    String rejection(Element element) {
        boolean inArticle = false;
        int depth = 0;
        for (Element e = element; e != null && depth++ < MAX_DEPTH; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return "";
            }
            if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
                return SCRIPT;
            }
            if (tag.equals("article") || tag.equals("main")) {
                inArticle = true;
            }
            if (spine.contains(e)) {
                continue;
            }
            String reason = furniture(e, tag, inArticle || e.closest("article, main") != null);
            if (!reason.isEmpty() && !wrapsPage(e)) {
                return reason;
            }
        }
        return "";
    }

    private static String furniture(Element e, String tag, boolean inArticle) {
        if (tag.equals("nav")) {
            return NAVIGATION;
        }
        if (tag.equals("aside") && !inArticle) {
            return RELATED;
        }
        if (!inArticle && (tag.equals("footer") || named(e, FOOTER_NAME))) {
            return FOOTER;
        }
        if (!inArticle && (tag.equals("header") || named(e, HEADER_NAME))) {
            return HEADER;
        }
        String words = words(e);
        if (words.isEmpty()) {
            return "";
        }
        if (COMMENT_NAMES.matcher(words).find()) {
            return COMMENTS;
        }
        if (RELATED_NAMES.matcher(words).find()) {
            return RELATED;
        }
        return CALENDAR_NAMES.matcher(words).find() ? CALENDAR : "";
    }

    private boolean wrapsPage(Element element) {
        return wrappers.computeIfAbsent(element, e -> letters(e) * 2 > pageLetters);
    }

    /** Letters in an element's text outside scripts and styles. */
    private static int letters(Element element) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText();
                    for (int i = 0; i < value.length(); i++) {
                        count[0] += Character.isLetter(value.charAt(i)) ? 1 : 0;
                    }
                } else if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return count[0];
    }

    static boolean isCopyright(String text) {
        return COPYRIGHT_TEXT.matcher(text).find();
    }

    /**
     * Class and id as words, lower-cased, camel case split, padded with spaces for whole-word
     * matching: "PublishDate_date post-meta" → " publish date date post meta ".
     */
    static String words(Element element) {
        String raw = element.className() + " " + element.id();
        if (raw.isBlank()) {
            return "";
        }
        return padded(raw.replaceAll("([a-z])([A-Z])", "$1 $2"));
    }

    /** Whether the id or one class, read alone, matches {@code name} ("site-footer", not "post-footer"). */
    private static boolean named(Element element, Pattern name) {
        if (!element.id().isEmpty() && name.matcher(padded(element.id())).find()) {
            return true;
        }
        for (String className : element.classNames()) {
            if (name.matcher(padded(className)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String padded(String raw) {
        String words = WORD_BREAK.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return words.isEmpty() ? "" : " " + words + " ";
    }
}
