package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of an untouched page that metadata is read from, gathered in one walk: a
 * selector pass per signal (meta tags, JSON-LD scripts, headings, author and licence links,
 * bylines) costed a tenth of extraction time, as each pass visits every element again. The
 * extractor walks the head itself ({@link #outsideBody}) and hands over the body's elements from
 * the walk its text segmentation makes anyway ({@link Metadata.BodyScan}). Each list is in page
 * order and holds what the equivalent jsoup selector would select (attribute values compared
 * ignoring case, as jsoup does).
 */
final class PageElements {

    final Document document;
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** {@code [rel=author]}. */
    final List<Element> relAuthors = new ArrayList<>();
    /** {@code [itemprop=author]}. */
    final List<Element> itempropAuthors = new ArrayList<>();
    /** {@code a[href]} leading to an author's page ({@link AuthorClaims#isAuthorPage}), picked out as the attributes are read. */
    final List<Element> authorPageLinks = new ArrayList<>();
    /** {@code a[href]} whose address ends in "2" or "2/": the links that may lead to an article's second page. */
    final List<Element> pageTwoLinks = new ArrayList<>();
    /** {@code a[href]} leading to the site's front page ("/", "https://outlet.example/"), the first few. */
    final List<Element> frontPageLinks = new ArrayList<>();
    /** {@code [class*=byline], [id*=byline], [class*=author], [id*=author]}. */
    final List<Element> bylines = new ArrayList<>();
    /** {@code link[rel=license], a[rel=license]}. */
    final List<Element> licenseLinks = new ArrayList<>();
    private Element canonical;
    private Element headCanonical;
    private Element headNext;
    private String canonicalUrl;

    private final Element head;

    private PageElements(Document document) {
        this.document = document;
        this.head = document.head();
    }

    /**
     * The elements before the body (the {@code <html>} element and the head), to be completed
     * with the body's, in document order, by {@link #add}: the body is walked for its text anyway.
     */
    static PageElements outsideBody(Document document) {
        PageElements page = new PageElements(document);
        Element body = document.body();
        for (Element html : document.children()) {
            page.add(html);
            for (Element child : html.children()) {
                if (child != body) {
                    NodeTraversor.traverse((Node node, int depth) -> {
                        if (node instanceof Element element) {
                            page.add(element);
                        }
                    }, child);
                }
            }
        }
        return page;
    }

    /**
     * Notes one element of the body; called in document order. Returns what its attributes tell
     * the date scan ({@link DateWalk#marks}), which it asks of every element: the attributes are
     * read once for both.
     */
    int add(Element element) {
        String tag = element.normalName();
        if (tag.equals("meta")) {
            metas.add(element);
        } else if (tag.equals("h1")) {
            h1s.add(element);
        }
        if (element.attributesSize() == 0) {
            return 0;
        }
        // One pass over the attributes: the HTML parser lower-cases their names, so exact names
        // find what jsoup's case-blind selectors would.
        String rel = "";
        String type = "";
        String itemprop = "";
        boolean anchor = tag.equals("a");
        boolean authorPage = false;
        boolean pageTwo = false;
        boolean frontPage = false;
        boolean byline = false;
        boolean dateAttribute = false;
        boolean named = false;
        for (Attribute attribute : element.attributes()) {
            switch (kind(attribute.getKey())) {
                case REL -> rel = attribute.getValue().strip();
                case TYPE -> type = attribute.getValue();
                case ITEMPROP -> itemprop = attribute.getValue();
                case HREF -> {
                    if (anchor) {
                        String href = attribute.getValue().strip();
                        authorPage = AuthorClaims.isAuthorPage(attribute.getValue());
                        pageTwo = endsInTwo(href);
                        frontPage = isFrontPage(href);
                    }
                }
                case CLASS_OR_ID -> {
                    byline |= namesByline(attribute.getValue());
                    named |= !attribute.getValue().isBlank();
                }
                default -> dateAttribute |= DateWalk.isDateAttribute(attribute.getKey());
            }
        }
        if (tag.equals("script") && TextClean.containsIgnoreCase(type, "ld+json")) {
            jsonLdScripts.add(element);
        }
        if (!rel.isEmpty()) {
            related(element, tag, rel);
        }
        if (!itemprop.isEmpty() && itemprop.strip().equalsIgnoreCase("author")) {
            itempropAuthors.add(element);
        }
        if (anchor) {
            if (authorPage) {
                authorPageLinks.add(element);
            }
            if (pageTwo) {
                pageTwoLinks.add(element);
            }
            if (frontPage && frontPageLinks.size() < MAX_FRONT_PAGE_LINKS) {
                frontPageLinks.add(element);
            }
        }
        if (byline) {
            bylines.add(element);
        }
        return DateWalk.marks(element, itemprop, dateAttribute, named);
    }

    /** An element with a link relation: canonical and next page (in the head), author, licence. */
    private void related(Element element, String tag, String rel) {
        if (tag.equals("link") && rel.equalsIgnoreCase("canonical")) {
            canonical = canonical == null ? element : canonical;
            headCanonical = headCanonical == null && within(element, head) ? element : headCanonical;
        } else if (tag.equals("link") && rel.equalsIgnoreCase("next") && headNext == null && within(element, head)) {
            headNext = element;
        }
        if (rel.equalsIgnoreCase("author")) {
            relAuthors.add(element);
        }
        if ((tag.equals("link") || tag.equals("a")) && rel.equalsIgnoreCase("license")) {
            licenseLinks.add(element);
        }
    }

    private static final int OTHER = 0;
    private static final int REL = 1;
    private static final int TYPE = 2;
    private static final int ITEMPROP = 3;
    private static final int HREF = 4;
    private static final int CLASS_OR_ID = 5;

    /**
     * Which of the attributes read here a key is, by its length first: the parser makes a new
     * string for every attribute's key, so a switch on strings would hash each of them.
     */
    private static int kind(String key) {
        return switch (key.length()) {
            case 2 -> key.equals("id") ? CLASS_OR_ID : OTHER;
            case 3 -> key.equals("rel") ? REL : OTHER;
            case 4 -> key.equals("type") ? TYPE : key.equals("href") ? HREF : OTHER;
            case 5 -> key.equals("class") ? CLASS_OR_ID : OTHER;
            case 8 -> key.equals("itemprop") ? ITEMPROP : OTHER;
            default -> OTHER;
        };
    }

    private static final int MAX_FRONT_PAGE_LINKS = 6;

    /** "/", "./" or an absolute address with no path, or "/" alone: the site's front page. */
    static boolean isFrontPage(String href) {
        if (href.equals("/") || href.equals("./")) {
            return true;
        }
        int host = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
        if (host < 0 || href.length() == host) {
            return false;
        }
        int slash = href.indexOf('/', host);
        return slash < 0 ? href.indexOf('?', host) < 0 && href.indexOf('#', host) < 0 : slash == href.length() - 1;
    }

    private static boolean endsInTwo(String href) {
        return href.endsWith("2") || href.endsWith("2/");
    }

    private static boolean isHostName(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** How far the window of {@link #namesByline} may move on, by the case-folded character at its end. */
    private static final byte[] BYLINE_SHIFT = bylineShift();

    private static byte[] bylineShift() {
        byte[] shift = new byte[128];
        java.util.Arrays.fill(shift, (byte) 6);
        for (String word : List.of("author", "byline")) {
            for (int i = 0; i < 5; i++) {
                shift[word.charAt(i)] = (byte) Math.min(shift[word.charAt(i)], 5 - i);
            }
        }
        return shift;
    }

    /**
     * Whether a class or id holds "byline" or "author" in any case, as a case-blind comparison at
     * every place would find it. It runs for every class and id of the page, so it moves its window
     * on as far as the character at the window's end allows (Horspool's search), comparing in full
     * only where that character ends one of the words.
     */
    static boolean namesByline(String value) {
        for (int i = 0; i + 6 <= value.length(); ) {
            int last = folded(value.charAt(i + 5));
            if (last == 'r' && value.regionMatches(true, i, "author", 0, 6)
                    || last == 'e' && value.regionMatches(true, i, "byline", 0, 6)) {
                return true;
            }
            i += last < 128 ? BYLINE_SHIFT[last] : 6;
        }
        return false;
    }

    /**
     * An ASCII letter's lower case; "i" for the two non-ASCII letters a case-blind comparison takes
     * for it (İ, ı), the only such letters the two words have; any other character as it is.
     */
    private static int folded(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
        }
        return c == '\u0130' || c == '\u0131' ? 'i' : c;
    }

    /** The absolute address of the first {@code link[rel=canonical]}, or empty: resolved once, as URL parsing is costly. */
    String canonicalUrl() {
        if (canonicalUrl == null) {
            canonicalUrl = canonical == null ? "" : absoluteHref(canonical);
        }
        return canonicalUrl;
    }

    /** The absolute address of the first {@code link[rel=canonical]} in the head, or empty. */
    String headCanonicalUrl() {
        return headCanonical == null ? "" : headCanonical == canonical ? canonicalUrl() : absoluteHref(headCanonical);
    }

    /**
     * The link's {@code abs:href}. Nearly every page writes its links absolute already, and then
     * jsoup's resolving (two URL parses and a pattern, about 12 µs) gives back the same string:
     * such an address is kept as it is.
     */
    static String absoluteHref(Element link) {
        String href = link.attr("href");
        return isPlainAbsolute(href) ? href : link.attr("abs:href");
    }

    /**
     * An http(s) address with a plain host (letters, digits, dots, hyphens; a port of digits) and
     * printable ASCII without backslashes or dot segments after it, which resolving leaves as it is.
     */
    static boolean isPlainAbsolute(String href) {
        int host = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
        if (host < 0) {
            return false;
        }
        int end = host;
        while (end < href.length() && "/?#".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        int colon = href.indexOf(':', host);
        int hostEnd = colon >= 0 && colon < end ? colon : end;
        boolean port = hostEnd == end || end - hostEnd - 1 <= 5 && TextClean.isAsciiDigits(href, hostEnd + 1, end);
        if (hostEnd == host || !isHostName(href, host, hostEnd) || !port) {
            return false;
        }
        for (int i = end; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c >= 127 || c == '\\') {
                return false;
            }
        }
        return !href.contains("/./") && !href.contains("/../") && !href.endsWith("/.") && !href.endsWith("/..");
    }

    Optional<Element> canonical() {
        return Optional.ofNullable(canonical);
    }

    Optional<Element> headCanonical() {
        return Optional.ofNullable(headCanonical);
    }

    Optional<Element> headNext() {
        return Optional.ofNullable(headNext);
    }

    private static boolean within(Element element, Element ancestor) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
