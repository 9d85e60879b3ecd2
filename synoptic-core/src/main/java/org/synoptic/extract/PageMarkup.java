package org.synoptic.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's markup says about whether it is an article, read before any cleaning: og:type,
 * the JSON-LD node types, the article's own {@code articleBody},
 * a title or heading that announces an error ("404", "Page not found"), an empty application root
 * element that scripts would fill (looked for in the body's top two levels), and a
 * {@code rel=next} link in the head to the article's next page.
 *
 * @param articleMarkup    an Article-typed JSON-LD node (NewsArticle, BlogPosting, ...) or og:type article
 * @param collectionMarkup a listing-typed JSON-LD node (CollectionPage, ItemList, SearchResultsPage,
 *                         ProfilePage) and no article node
 * @param articleBody      the longest JSON-LD articleBody, or empty
 * @param errorHeading     the title or heading that announces an error, or empty
 * @param appShell         an application root element (#app, #root, #__next, ...) with no text
 * @param nextPage         the address of the article's next page, or empty
 */
record PageMarkup(String url, String ogType, boolean articleMarkup, boolean collectionMarkup, String articleBody,
                  String errorHeading, boolean appShell, String nextPage) {

    private static final Pattern TRAILING_SLASH = Pattern.compile("/$");

    private static final Pattern ERROR = Pattern.compile(
            "(?iu)\\b(?:404|410)\\b|page (?:was )?not found|not be found|seite nicht gefunden|nicht gefunden|page introuvable"
                    + "|página no encontrada|pagina non trovata|página não encontrada|no longer (?:available|exists)|does not exist");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(?:Article|BlogPosting|Report|LiveBlogPosting)$");
    private static final Pattern COLLECTION_TYPE = Pattern.compile("(?i)CollectionPage|ItemList|SearchResultsPage|ProfilePage");
    private static final List<String> ERROR_GATE = List.of("404", "410", "found", "gefunden", "introuvable", "encontrada",
            "trovata", "no longer", "not exist");
    private static final int MAX_HEADINGS = 3;
    private static final int MAX_ERROR_WORDS = 12;
    private static final int MAX_ROOT_SIBLINGS = 20;
    private static final java.util.Set<String> APP_ROOTS = java.util.Set.of("app", "root", "__next", "__nuxt", "___gatsby");
    /** What a next page's address adds to the article's own: "/2", "?page=2", "-p2.html". */
    /** A link to page 2 of this address: "?page=2", "/2/", "/page/2", "&halaman=2"; not "?p=2", which pages comments too. */
    private static final Pattern SECOND_PAGE = Pattern.compile("(?i)[/?&_-]*(?:page|seite|pagina|halaman)?[/=_-]?2/?");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("(?i)[/?&#_-]*(?:page|seite|pagina|p)?[/=_-]?\\d{1,3}/?(?:\\.\\w+)?");

    /** {@code titles}: the page's title claims, whose {@code <title>} and headings may announce an error. */
    static PageMarkup read(PageElements page, MetaTags meta, JsonLd.Facts ld, List<Claim> titles, String url) {
        String ogType = meta.first("og:type").toLowerCase(Locale.ROOT);
        boolean article = ogType.equals("article") || ld.types().stream().anyMatch(t -> ARTICLE_TYPE.matcher(t).matches());
        boolean collection = !article && ld.types().stream().anyMatch(t -> COLLECTION_TYPE.matcher(t).matches());
        String body = ld.articleBodies().stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
        return new PageMarkup(url, ogType, article, collection, body, errorHeading(titles), appShell(page.document),
                nextPage(page, url));
    }

    private static String errorHeading(List<Claim> titles) {
        int headings = 0;
        for (Claim claim : titles) {
            boolean heading = claim.signal().equals("h1");
            if ((heading && headings++ < MAX_HEADINGS || claim.signal().equals("title")) && mayNameError(claim.value()) && ERROR.matcher(claim.value()).find()
                    && BoilerplateLines.wordCount(claim.value()) <= MAX_ERROR_WORDS) {
                return claim.value();
            }
        }
        return "";
    }

    /** A cheap test before {@link #ERROR}: each of its forms holds one of these words. */
    private static boolean mayNameError(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (String word : ERROR_GATE) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** An empty element that an application mounts into, near the top of the body where frameworks put it. */
    private static boolean appShell(Document document) {
        Element body = document.body();
        // Sibling links, not children() lists: a body may have thousands of children.
        for (Element child = body == null ? null : body.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (isEmptyRoot(child)) {
                return true;
            }
            int looked = 0;
            for (Element inner = child.firstElementChild(); inner != null && looked < MAX_ROOT_SIBLINGS;
                    inner = inner.nextElementSibling(), looked++) {
                if (isEmptyRoot(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEmptyRoot(Element element) {
        return (APP_ROOTS.contains(element.id()) || element.hasAttr("data-reactroot") || element.normalName().equals("app-root"))
                && !element.hasText();
    }

    /**
     * The address of the article's second page: a {@code rel=next} link in the head that continues
     * this article's own address (".../story/2", "?page=2"), or a link on the page to its page 2
     * ("Halaman selanjutnya", "Next page" in any language: the address says it, not the words).
     */
    private static String nextPage(PageElements page, String url) {
        String path = TRAILING_SLASH.matcher(UrlShape.path(url)).replaceAll("");
        if (path.length() < 2) {
            return "";
        }
        Element next = page.headNext().orElse(null);
        if (next != null) {
            String href = PageElements.absoluteHref(next);
            if (PAGE_SUFFIX.matcher(continuation(href, url, path)).matches()) {
                return href;
            }
        }
        for (Element link : page.pageTwoLinks) {
            // Most links lead elsewhere: only those written with this path, or as a bare query, are resolved.
            String written = link.attributes().get("href").strip();
            if (written.contains(path) || written.startsWith("?")) {
                String href = PageElements.absoluteHref(link);
                if (SECOND_PAGE.matcher(continuation(href, url, path)).matches()) {
                    return href;
                }
            }
        }
        return "";
    }

    /** What {@code href} adds to this page's address or path, or "" when it leads elsewhere. */
    private static String continuation(String href, String url, String path) {
        if (href.startsWith(url)) {
            return href.substring(url.length());
        }
        String hrefPath = UrlShape.path(href);
        if (!hrefPath.startsWith(path)) {
            return "";
        }
        int query = href.indexOf('?');
        return hrefPath.substring(path.length()) + (query >= 0 && hrefPath.length() == path.length() ? href.substring(query) : "");
    }
}
