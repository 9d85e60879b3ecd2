package org.synoptic.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Everything an HTML page says about itself outside its prose: JSON-LD, meta tags, link
 * relations, {@code <time>} and byline elements. Each field lists its signals in priority order
 * (the brief of issue 3); the text-based signals are added by the caller once the text is known.
 */
final class Metadata {

    private static final int MAX_BYLINES = 30;
    private static final Pattern TAGLINE = Pattern.compile("\\s+[|\\-–—:]\\s+|\\s*\\|\\s*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    record Page(List<String> titles, List<List<String>> authors, String outlet, List<String> outletNames,
                String url, String language, String license, PublishedDate dates) {}

    private Metadata() {}

    static Page read(Document document, Optional<String> hintUrl) {
        MetaTags meta = MetaTags.of(document);
        JsonLd.Facts ld = JsonLd.read(document);
        String url = hintUrl.orElse(firstNonEmpty(document.select("link[rel=canonical]").attr("abs:href"), meta.first("og:url")));
        String host = host(url);
        List<String> outletNames = new ArrayList<>();
        outletNames.addAll(meta.all("og:site_name"));
        outletNames.addAll(ld.publishers());
        outletNames.addAll(meta.all("application-name"));
        String outlet = outletNames.isEmpty() ? host : outletName(outletNames.get(0));
        meta.all("twitter:site").forEach(handle -> outletNames.add(handle.replace("@", "")));
        if (!host.isEmpty()) {
            outletNames.add(host);
            outletNames.add(host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host);
        }
        List<String> titles = new ArrayList<>(ld.headlines());
        titles.add(meta.first("og:title"));
        titles.add(meta.first("twitter:title"));
        Element h1 = Optional.ofNullable(document.selectFirst("article h1, [itemprop=headline]")).orElse(onlyH1(document));
        titles.add(h1 == null ? "" : h1.text());
        titles.add(document.title());
        String language = firstNonEmpty(language(document.select("html").attr("lang")),
                language(meta.first("content-language", "language", "dc.language")), language(meta.first("og:locale")),
                ld.languages().isEmpty() ? "" : language(ld.languages().get(0)));
        return new Page(titles, authors(document, meta, ld), outlet, List.copyOf(outletNames), url, language,
                license(document, meta, ld), dates(document, meta, ld, url));
    }

    private static List<List<String>> authors(Document document, MetaTags meta, JsonLd.Facts ld) {
        List<List<String>> signals = new ArrayList<>();
        signals.add(ld.authors());
        signals.add(meta.all("author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "byl"));
        signals.add(document.select("a[rel=author], [rel=author]").eachText());
        List<String> itemprop = new ArrayList<>();
        for (Element author : document.select("[itemprop=author]")) {
            Element name = author.selectFirst("[itemprop=name]");
            Element source = name == null ? author : name;
            itemprop.add(source.hasAttr("content") ? source.attr("content") : source.text());
        }
        signals.add(itemprop);
        List<String> bylines = new ArrayList<>();
        for (Element byline : document.select("[class*=byline], [id*=byline], [class*=author], [id*=author]")) {
            if (bylines.size() >= MAX_BYLINES) {
                break;
            }
            if (byline.closest("form, [class*=comment], [id*=comment]") == null) {
                bylines.add(byline.text());
            }
        }
        signals.add(bylines);
        return signals;
    }

    private static String license(Document document, MetaTags meta, JsonLd.Facts ld) {
        String link = document.select("link[rel=license], a[rel=license]").attr("abs:href");
        if (link.isEmpty()) {
            link = document.select("link[rel=license], a[rel=license]").attr("href");
        }
        return firstNonEmpty(link, ld.licenses().isEmpty() ? "" : ld.licenses().get(0),
                meta.first("license", "dc.rights", "dcterms.rights", "dcterms.license", "dc.rights.license"));
    }

    private static PublishedDate dates(Document document, MetaTags meta, JsonLd.Facts ld, String url) {
        return DateSignals.read(document, meta, ld, url);
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

    private static Element onlyH1(Document document) {
        var h1s = document.getElementsByTag("h1");
        return h1s.size() == 1 ? h1s.first() : null;
    }

    /** "en-GB", "en_US", "EN" → "en"; empty when the value is not a language tag. */
    static String language(String value) {
        String primary = value.strip().split("[-_\\s,;]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : "";
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
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
