package org.synoptic.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The page's claims about its authors, in priority order: JSON-LD authors (not those typed as
 * organizations), author meta tags, {@code rel=author} links, {@code itemprop=author}, a line that
 * starts "By" and links to an author page, byline elements of the page, and a short line that
 * starts "By" among the first elements after the headline ({@link Authors} chooses among them and
 * the text's byline). Page elements in comments, forms, photo credits or the cards of other
 * articles do not count: a card is the nearest article, list item or teaser around a byline, or a
 * block where a subheading or a linked title stands a few siblings before it, that links to
 * another article under a heading and has neither the page's h1 nor more than a few paragraphs.
 *
 * <p>Bounds: at most the first {@value #MAX_BYLINES} byline elements and author-page links are
 * read, and {@value #ELEMENTS_AFTER_HEADLINE} elements after the headline.
 */
final class AuthorClaims {

    static final int MAX_BYLINES = 30;
    private static final int MAX_CARD_DEPTH = 8;
    private static final int MAX_CARD_PARAGRAPHS = 3;
    /** A card's title comes a few elements before its byline: an image, a dek, a date between. */
    private static final int CARD_PARTS_BEFORE = 4;
    static final int MAX_BYLINE_CHARS = 200;
    private static final int MAX_BYLINE_NODES = 8;
    private static final int ELEMENTS_AFTER_HEADLINE = 15;
    private static final int LEAD_TEST_CHARS = 20;
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4");
    private static final int MIN_TITLE_WORDS = 4;
    private static final List<String> PHOTO_WORDS = List.of("image", "photo", "foto", "caption", "picture");
    /**
     * Links to an author's page ("/author/jane-doe", "/autor-in/...", "/people/..."): a byline when
     * the line holding one starts with a byline prefix ("Von Simin Jawabreh"); menus of columnists
     * and links to people named in the text do not.
     */
    private static final List<String> AUTHOR_PAGES = List.of(
            "/author/", "/authors/", "/autor/", "/autor-in/", "/autoren/", "/auteur/", "/auteurs/", "/autore/", "/people/",
            "/journalist/", "/journalists/", "/reporter/", "/staff/");

    private AuthorClaims() {}

    /** The page's author claims in priority order; the caller adds the text's byline last. */
    static List<Claim> of(PageElements page, MetaTags meta, JsonLd.Facts ld) {
        List<Claim> claims = new ArrayList<>();
        Seen seen = new Seen();
        ld.authors().forEach(a -> claims.add(new Claim("json-ld", a)));
        for (String key : List.of("author", "article:author", "og:article:author", "sailthru.author", "parsely-author", "dc.creator", "byl")) {
            meta.all(key).forEach(a -> claims.add(new Claim("meta:" + key, a)));
        }
        for (Element link : page.relAuthors) {
            if (isOwn(link, seen)) {
                claims.add(new Claim("rel=author", link.text()));
            }
        }
        for (Element author : page.itempropAuthors) {
            Element name = author.selectFirst(ITEMPROP_NAME);
            Element source = name == null ? author : name;
            if (isOwn(author, seen)) {
                claims.add(new Claim("itemprop=author", source.hasAttr("content") ? source.attr("content") : source.text()));
            }
        }
        List<Element> prefixed = new ArrayList<>();
        for (Element link : page.authorPageLinks) {
            Element line = link.parent();
            if (line == null || line.childNodeSize() > MAX_BYLINE_NODES) {
                continue;
            }
            String text = line.text();
            if (text.length() <= MAX_BYLINE_CHARS && PersonNames.startsWithPrefix(text)) {
                prefixed.add(line);
            }
        }
        bylines(prefixed, "author-link", claims, seen);
        bylines(page.bylines, "byline", claims, seen);
        if (!page.h1s.isEmpty()) {
            bylines(prefixedAfter(page.h1s.get(0)), "headline-byline", claims, seen);
        }
        return claims;
    }

    /**
     * Short lines that start with a byline prefix ("By Urs Gassner", "von Nicolas Schlippe")
     * among the first elements after the headline, whatever their class: the byline where the
     * page names it nothing.
     */
    private static List<Element> prefixedAfter(Element headline) {
        List<Element> found = new ArrayList<>();
        Element e = headline;
        for (int seen = 0; seen < ELEMENTS_AFTER_HEADLINE; seen++) {
            e = nextInOrder(e, seen == 0);
            if (e == null) {
                break;
            }
            if (e.childNodeSize() <= MAX_BYLINE_NODES && PersonNames.mayStartWithLead(firstText(e)) && isShort(e)
                    && PersonNames.startsWithPrefix(e.text())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The start of the element's first text that is not blank: where a byline's prefix would be. */
    private static String firstText(Element e) {
        Node node = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (node != null) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                int start = 0;
                while (start < whole.length() && Character.isWhitespace(whole.charAt(start))) {
                    start++;
                }
                if (start < whole.length()) {
                    // A lead word is short: its first letters are all the test needs.
                    return whole.substring(start, Math.min(whole.length(), start + LEAD_TEST_CHARS));
                }
            }
            if (node instanceof Element && node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != null && node.nextSibling() == null && node.parent() != e) {
                node = node.parent();
            }
            node = node == null ? null : node.nextSibling();
        }
        return "";
    }

    /** At most {@value #MAX_BYLINE_CHARS} characters of text, told without gathering a long text. */
    private static boolean isShort(Element e) {
        int[] chars = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode text) {
                chars[0] += text.getWholeText().length();
            }
            return chars[0] > MAX_BYLINE_CHARS ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, e);
        return chars[0] <= MAX_BYLINE_CHARS;
    }

    /** The next element in document order; from the headline, past its own children. */
    private static Element nextInOrder(Element e, boolean skipChildren) {
        Element child = skipChildren ? null : e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = e; at != null; at = at.parent()) {
            Element next = at.nextElementSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    /**
     * The page's bylines in page order; once one stands inside an {@code <article>}, those inside
     * another {@code <article>} credit that one (a stream of stories on one page).
     */
    private static void bylines(List<Element> elements, String signal, List<Claim> claims, Seen seen) {
        Element firstArticle = null;
        for (Element byline : elements.subList(0, Math.min(MAX_BYLINES, elements.size()))) {
            if (isPhotoCredit(byline) || !isOwn(byline, seen)) {
                continue;
            }
            Element article = byline.closest(ARTICLE);
            if (article != null && firstArticle != null && article != firstArticle) {
                continue;
            }
            firstArticle = firstArticle == null ? article : firstArticle;
            claims.add(new Claim(signal, byline.text()));
        }
    }

    /** A byline named as an image's or a caption's ("byline-image", "photo-credit"): it credits a photographer. */
    private static boolean isPhotoCredit(Element byline) {
        for (String word : PHOTO_WORDS) {
            if (TextClean.containsIgnoreCase(byline.className(), word) || TextClean.containsIgnoreCase(byline.id(), word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAuthorPage(String href) {
        if (href.length() < 8) {
            return false;
        }
        // Only where a slash opens a segment with one of the pages' first letters: a page has
        // hundreds of links, each with a few slashes.
        for (int slash = href.indexOf('/'); slash >= 0 && slash + 2 < href.length(); slash = href.indexOf('/', slash + 1)) {
            // Every page's path starts with one of "/au", "/pe", "/jo", "/re", "/st".
            String opening = switch (href.charAt(slash + 1)) {
                case 'a' -> "u";
                case 'p' -> "e";
                case 'j' -> "o";
                case 'r' -> "e";
                case 's' -> "t";
                default -> "";
            };
            if (opening.isEmpty() || href.charAt(slash + 2) != opening.charAt(0)) {
                continue;
            }
            for (String page : AUTHOR_PAGES) {
                if (href.startsWith(page, slash)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Not in a comment, a form, the teaser card of another article, or a link that also holds
     * another article's title ({@link #holdsOtherTitle}). {@code seen} keeps what is
     * known of each element: whether it lies in a form or comments, and whether a card is another
     * article's; the bylines of a page share most of their ancestors.
     */
    private static boolean isOwn(Element element, Seen seen) {
        if (seen.inFormOrComments(element)) {
            return false;
        }
        int depth = 1;
        Element child = element;
        for (Element e = element.parent(); e != null && depth <= MAX_CARD_DEPTH; child = e, e = e.parent(), depth++) {
            if (e.normalName().equals("a") && holdsOtherTitle(e, element)) {
                return false;
            }
            if (isCardShaped(e) || headingBefore(child)) {
                // The nearest card-shaped ancestor decides.
                return !seen.cards.computeIfAbsent(e, AuthorClaims::isCard);
            }
        }
        return true;
    }

    /**
     * One link around a title and, beside it, a byline: the teaser of another article, linked
     * whole. A title is a heading, or an element named as one ("related-links-title") with a
     * headline's words (at least {@value #MIN_TITLE_WORDS}: a job title beside a name on a link
     * to the author's profile has fewer). A heading that is the byline itself, or holds it, is the
     * author's name on such a link.
     */
    private static boolean holdsOtherTitle(Element link, Element byline) {
        for (Element e : link.getAllElements()) {
            if (e != link && isTitle(e) && !isWithin(byline, e) && !isWithin(e, byline)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(Element e) {
        if (HEADING_TAGS.contains(e.normalName())) {
            return true;
        }
        return isNamedAsTitle(e) && BoilerplateLines.wordCount(e.text()) >= MIN_TITLE_WORDS;
    }

    /** A class naming the element a title or a headline ("related-links-title", "thumbnail__headline"). */
    private static boolean isNamedAsTitle(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String className = e.attributes().get("class");
        return TextClean.containsIgnoreCase(className, "title") || TextClean.containsIgnoreCase(className, "headline");
    }

    private static boolean isWithin(Element inner, Element outer) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #isOwn} learnt of a page's elements. */
    private static final class Seen {
        private final Map<Element, Boolean> cards = new IdentityHashMap<>();
        private final Map<Element, Boolean> formOrComments = new IdentityHashMap<>();

        /** Whether the element or an ancestor is a form or comments, each element judged once. */
        boolean inFormOrComments(Element element) {
            List<Element> path = new ArrayList<>();
            boolean inside = false;
            for (Element e = element; e != null; e = e.parent()) {
                Boolean known = formOrComments.get(e);
                if (known != null) {
                    inside = known;
                    break;
                }
                path.add(e);
                if (isFormOrComments(e)) {
                    inside = true;
                    break;
                }
            }
            for (Element e : path) {
                formOrComments.put(e, inside);
            }
            return inside;
        }
    }

    /** {@code form, [class*=comment], [id*=comment]}, without a selector's copies of every class name. */
    private static boolean isFormOrComments(Element e) {
        return e.normalName().equals("form") || e.attributesSize() > 0
                && (TextClean.containsIgnoreCase(e.attributes().get("class"), "comment")
                || TextClean.containsIgnoreCase(e.attributes().get("id"), "comment"));
    }

    /**
     * {@code article, li, [class*=teaser], [class*=card]}: what may be the card of another article.
     * A block holding a subheading before the byline may be one too ({@link #headingBefore}).
     */
    private static boolean isCardShaped(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("li")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String className = e.attributes().get("class");
        return TextClean.containsIgnoreCase(className, "teaser") || TextClean.containsIgnoreCase(className, "card");
    }

    /**
     * Whether one of the few siblings before the element ({@value #CARD_PARTS_BEFORE}) is a
     * subheading, or a linked title ({@link #isLinkedTitle}): the block holding both is shaped as
     * a card (title, dek, byline) whatever its class is called.
     */
    private static boolean headingBefore(Element element) {
        int seen = 0;
        for (Element e = element.previousElementSibling(); e != null && seen++ < CARD_PARTS_BEFORE; e = e.previousElementSibling()) {
            String tag = e.normalName();
            if (tag.equals("h2") || tag.equals("h3") || tag.equals("h4") || isLinkedTitle(e)) {
                return true;
            }
        }
        return false;
    }

    /** An element named as a title ("offerer-title", "thumbnail__title") around a link: another article's, in a card. */
    private static boolean isLinkedTitle(Element e) {
        return isNamedAsTitle(e) && e.selectFirst(LINK) != null;
    }

    /**
     * A card (an article, list item or teaser, the nearest one around a byline) that links to
     * another article under a heading, and has neither the page's h1 nor more than a few
     * paragraphs: the card of another article. One walk over the card, which stops as soon as it
     * knows: the card around a byline is often the whole article.
     */
    private static boolean isCard(Element card) {
        boolean linkedHeading = false;
        int paragraphs = 0;
        for (Iterator<Element> elements = card.stream().iterator(); elements.hasNext(); ) {
            Element e = elements.next();
            switch (e.normalName()) {
                case "h1" -> {
                    return false;
                }
                case "p" -> paragraphs++;
                case "h2", "h3", "h4" -> linkedHeading = linkedHeading || e.closest(LINK) != null || e.selectFirst(LINK) != null;
                default -> linkedHeading = linkedHeading || isLinkedTitle(e);
            }
            if (paragraphs > MAX_CARD_PARAGRAPHS) {
                return false;
            }
        }
        return linkedHeading;
    }
}
