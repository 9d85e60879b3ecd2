package org.synoptic.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Everything an HTML page says about itself outside its prose: JSON-LD, meta tags, link
 * relations, {@code <time>}, headings and byline elements. Each field lists its signals in
 * priority order (the brief of issue 3); the text-based signals are added by the caller once the
 * text is known.
 */
final class Metadata {

    private static final Pattern LANGUAGE_BREAK = Pattern.compile("[-_\\s,;]");

    private static final Pattern TAGLINE = Pattern.compile("\\s+[|\\-–—:]\\s+|\\s*\\|\\s*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /**
     * The page's claims for each field, in priority order, for {@link Titles}, {@link Authors},
     * {@link Outlets} and {@link Licenses} to choose from; {@code markup} is what the verdict needs.
     */
    record Page(List<Claim> titles, List<String> frontPageNames, List<Claim> authors, List<Claim> outlets, List<Claim> licenses,
                PageMarkup markup, String url, String language, PublishedDate dates) {}

    private Metadata() {}

    /**
     * What metadata gathers from the walk over the untouched body that text segmentation makes
     * anyway ({@link Blocks#segment(Element, Blocks.Observer)}): the elements signals are read
     * from, and the date walk's sizes and notes.
     */
    static final class BodyScan implements Blocks.Observer {
        private final PageElements elements;
        private final DateWalk.Scan dates;

        /** A scan of the page's body; {@code relative} when a stated fetch time can date "3 hours ago". */
        BodyScan(Document document, boolean relative) {
            elements = PageElements.outsideBody(document);
            dates = new DateWalk.Scan(relative);
        }

        @Override
        public void head(Node node, int depth, int letters, boolean digits) {
            int marks = node instanceof Element element ? elements.add(element) : 0;
            dates.head(node, depth, letters, digits, marks);
        }

        @Override
        public void tail(Element element, int depth) {
            dates.tail(element, depth);
        }

        /** The walk this scan rode is over, with these blocks and counts. */
        void segmented(Blocks.Result segments) {
            dates.segmented(segments);
        }
    }

    /** The page's claims, from a scan that has seen the whole body. */
    static Page read(BodyScan scan, Optional<String> hintUrl) {
        PageElements page = scan.elements;
        Document document = page.document;
        MetaTags meta = MetaTags.of(page);
        JsonLd.Facts ld = JsonLd.read(page);
        String url = hintUrl.orElse(firstNonEmpty(page.canonicalUrl(), meta.first("og:url")));
        Element html = htmlElement(document);
        String language = firstNonEmpty(language(html == null ? "" : html.attr("lang")),
                language(meta.first("content-language", "language", "dc.language")), language(meta.first("og:locale")),
                ld.languages().isEmpty() ? "" : language(ld.languages().get(0)));
        List<Claim> titles = Titles.claims(page, meta, ld);
        return new Page(titles, Titles.frontPageNames(page, url), AuthorClaims.of(page, meta, ld),
                Outlets.claims(meta, ld, meta.all("copyright"), host(url)),
                Licenses.claims(page, meta, ld), PageMarkup.read(page, meta, ld, titles, url), url, language,
                DateSignals.read(page, meta, ld, url, scan.dates));
    }

    /**
     * A site name without its tagline ("LinkNaija | Nigeria's popular news platform" → "LinkNaija");
     * a URL given as a name becomes its host.
     */
    static String outletName(String siteName) {
        if (siteName.contains("://") || siteName.startsWith("www.")) {
            String host = host(siteName.contains("://") ? siteName : "http://" + siteName);
            return host.isEmpty() ? siteName : host;
        }
        String[] parts = TAGLINE.split(siteName, 2);
        return parts.length == 2 && BoilerplateLines.wordCount(parts[0]) <= 4 && !parts[0].isBlank() ? parts[0].strip() : siteName;
    }

    /** "en-GB", "en_US", "EN" → "en"; empty when the value is not a language tag. */
    static String language(String value) {
        String primary = LANGUAGE_BREAK.split(value.strip(), 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : "";
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : hostName(host);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A URI's host as a site's name: lower case, without "www.". */
    static String hostName(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    /** The {@code <html>} element, or null: the parser puts it first, so no selector is needed. */
    static Element htmlElement(Document document) {
        for (Element child : document.children()) {
            if (child.normalName().equals("html")) {
                return child;
            }
        }
        return null;
    }

    static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
