package org.synoptic.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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

    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");

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
    private static final int MIN_HEADLINE_KEY = 10;
    private static final int HEADLINE_PREFIX = 30;
    private static final Set<String> RELATED_WORDS = Set.of("related", "recommended", "recommendation", "recommendations",
            "popular", "trending", "outbrain", "taboola", "sidebar", "similar", "teaserlist", "widgetarea");
    private static final Set<String> RELATED_PAIRS = Set.of("more from", "read next", "read more", "also read", "most read",
            "most viewed", "more stories", "more news", "other news", "next post", "prev post", "previous post", "post nav",
            "post navigation", "teaser list", "widget area");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentlist", "disqus", "respond", "replies", "reply");
    private static final Set<String> CALENDAR_WORDS = Set.of("calendar", "cal", "archive", "archives");
    private static final Set<String> SITE_WORDS = Set.of("site", "page", "global", "main");
    private static final Set<String> HEADER_WORDS = Set.of("header", "topbar", "masthead");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final int MAX_HEADING = 60;
    private static final Pattern RELATED_HEADING = Pattern.compile("(?iu)\\s*(?:related|more (?:from|on|about|stories|news)|"
            + "read (?:next|more|also)|also read|you (?:may|might) also like|most (?:read|popular|viewed)|popular|trending|"
            + "latest (?:news|stories|posts)|recent posts|weitere artikel|mehr zum thema|lesen sie auch|das könnte sie|"
            + "meistgelesen|à lire aussi|a lire aussi|lire aussi|sur le même sujet|les plus lus|leer más|lea también|"
            + "noticias relacionadas|te puede interesar|leggi anche|potrebbe interessarti|i più letti|leia também|"
            + "veja também|mais lidas|lees ook|meer nieuws|meest gelezen)");
    private static final Pattern COPYRIGHT_TEXT = Pattern.compile("(?iu)©|\\(c\\)\\s*(?:19|20)\\d{2}|\\bcopyright\\b|"
            + "\\ball rights reserved\\b|\\btous droits réservés\\b|\\balle rechte vorbehalten\\b|\\btodos los derechos\\b");

    private final Set<Element> spine = Collections.newSetFromMap(new IdentityHashMap<>());
    private final TextSizes sizes;
    /** Each element's own furniture verdict, computed once: many dates share ancestors. */
    private final Map<Element, String> furnitureOf = new IdentityHashMap<>();
    private final Map<Element, String> rejectionOf = new IdentityHashMap<>();
    private final Element headline;
    private final Element body;
    /** The body's visible characters, measured when first needed: most pages never ask. */
    private int pageSize = -1;

    private DateContext(Element headline, Element body, TextSizes sizes) {
        this.headline = headline;
        this.sizes = sizes;
        this.body = body;
        for (Element e = headline; e != null; e = e.parent()) {
            spine.add(e);
        }
    }

    static DateContext of(Document document, String title, TextSizes sizes) {
        String titleKey = TextClean.key(document.title()) + " " + TextClean.key(title);
        Element fallback = null;
        for (Element h1 : sizes.headings()) {
            String key = TextClean.key(h1.text());
            if (key.length() >= MIN_HEADLINE_KEY && titleKey.contains(key.substring(0, Math.min(key.length(), HEADLINE_PREFIX)))) {
                return new DateContext(h1, document.body(), sizes);
            }
            if (fallback == null && h1.closest(ARTICLE_OR_MAIN) != null) {
                fallback = h1;
            }
        }
        return new DateContext(fallback, document.body(), sizes);
    }

    /** The headline element, or null when the page has none. */
    Element headline() {
        return headline;
    }

    /** Why a date inside {@code element} does not count, or "" when it may. */
    String rejection(Element element) {
        // Several dates often share a holder: its verdict is worked out once.
        return rejectionOf.computeIfAbsent(element, this::judge);
    }

    private String judge(Element element) {
        int depth = 0;
        for (Element e = element; e != null && depth++ < MAX_DEPTH; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return "";
            }
            if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
                return SCRIPT;
            }
            if (spine.contains(e)) {
                continue;
            }
            String reason = furnitureOf.computeIfAbsent(e, block -> furniture(block, tag, block.closest(ARTICLE_OR_MAIN) != null));
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
        if (!inArticle && (tag.equals("footer") || siteBlock(e, Set.of("footer")))) {
            return FOOTER;
        }
        if (!inArticle && (tag.equals("header") || siteBlock(e, HEADER_WORDS))) {
            return HEADER;
        }
        if (relatedHeading(e)) {
            return RELATED;
        }
        NameWords words = NameWords.of(e);
        if (words.isEmpty() || words.has(DateWalk.STRONG_NAMES)) {
            // A block named as a date ("ArticleHeaderComment_publishDate") is judged by its ancestors only.
            return "";
        }
        if (words.has(COMMENT_WORDS)) {
            return COMMENTS;
        }
        if (words.has(RELATED_WORDS, RELATED_PAIRS)) {
            return RELATED;
        }
        return words.has(CALENDAR_WORDS) ? CALENDAR : "";
    }

    /** A block opened by a heading such as "Related stories", "More from Sport", "Read next", "Lesen Sie auch". */
    private static boolean relatedHeading(Element e) {
        Element first = e.firstElementChild();
        if (first == null || !HEADINGS.contains(first.normalName())) {
            return false;
        }
        String heading = first.text();
        return heading.length() <= MAX_HEADING && RELATED_HEADING.matcher(heading).lookingAt();
    }

    /** A block holding more than half of the page's text is a layout wrapper, whatever its name. */
    private boolean wrapsPage(Element element) {
        if (pageSize < 0) {
            pageSize = body == null ? 0 : sizes.size(body);
        }
        return sizes.size(element) * 2 > pageSize;
    }

    /**
     * Whether the id or one class, read alone, names the site's own block: "footer", "site-footer",
     * "footer-wrapper", but not a post's "post-footer".
     */
    private static boolean siteBlock(Element element, Set<String> blocks) {
        if (startsSiteBlock(NameWords.of(element.id()), blocks)) {
            return true;
        }
        for (String className : element.classNames()) {
            if (startsSiteBlock(NameWords.of(className), blocks)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSiteBlock(NameWords name, Set<String> blocks) {
        List<String> words = name.words();
        int first = !words.isEmpty() && SITE_WORDS.contains(words.get(0)) ? 1 : 0;
        return words.size() > first && blocks.contains(words.get(first));
    }

    static boolean isCopyright(String text) {
        return mayBeCopyright(text) && COPYRIGHT_TEXT.matcher(text).find();
    }

    /** A cheap test before {@link #COPYRIGHT_TEXT}: each of its forms holds one of these. */
    private static boolean mayBeCopyright(String text) {
        if (text.indexOf('©') >= 0 || text.indexOf('(') >= 0) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("copyright") || lower.contains("rights") || lower.contains("droits") || lower.contains("rechte")
                || lower.contains("derechos");
    }
}
