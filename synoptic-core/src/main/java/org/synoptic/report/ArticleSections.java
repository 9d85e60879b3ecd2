package org.synoptic.report;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Report;

/**
 * The Articles section: each article's metadata and its text with every highlight and the
 * anchors the timeline links to. An id repeated in the report gets its anchors only once, on
 * its first article, so that every fragment id on the page is unique.
 */
final class ArticleSections {

    /** A plausible BCP 47 tag; anything else is left out rather than put in a lang attribute. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private static final String LEGEND = """
            <div class="legend">Highlights:
            <label><input type="checkbox" value="ent" checked> <mark class="ent ent-person">person</mark> \
            <mark class="ent ent-organization">organisation</mark> <mark class="ent ent-location">place</mark> \
            <mark class="ent ent-misc">other name</mark></label>
            <label><input type="checkbox" value="timex" checked> <mark class="timex">date</mark></label>
            <label><input type="checkbox" value="quote" checked> <mark class="quote">quotation</mark></label>
            <label><input type="checkbox" value="reuse" checked> <mark class="reuse">reused passage</mark></label>
            <label><input type="checkbox" value="fact" checked> <mark class="fact">timeline source</mark></label>
            </div>
            """;

    private ArticleSections() {}

    static void write(Page page, Report report) throws IOException {
        Annotations annotations = new Annotations(report, page.lookup());
        Set<String> seen = new HashSet<>();
        page.raw("<section id=\"articles\">\n<h2>Articles</h2>\n").raw(LEGEND);
        for (Article article : report.articles()) {
            boolean first = seen.add(article.id());
            page.raw(first ? "<article class=\"article\" id=\"" + Lookup.articleAnchor(article.id()) + "\">\n"
                            : "<article class=\"article\">\n")
                    .element("h3", Lookup.title(article))
                    .raw("\n<dl class=\"meta\">\n");
            field(page, "Outlet", article.outlet());
            field(page, "Author", article.author());
            field(page, "Published", article.published().map(day -> day + sureness(article, "published")).orElse(""));
            field(page, "Source", article.source());
            field(page, "Licence", article.license());
            field(page, "Dateline", article.dateline());
            url(page, article.url());
            page.raw("</dl>\n<div class=\"text\"" + language(article.language()) + ">\n");
            Highlighter.render(page.writer(), article.text(), annotations.marks(article.id()),
                    first ? annotations.anchors(article.id()) : List.of());
            page.raw("</div>\n</article>\n");
        }
        page.raw("</section>\n");
    }

    /** What decided a field and how sure it is (" (json-ld, high confidence)"), or "" without evidence. */
    private static String sureness(Article article, String field) {
        Evidence e = article.details().evidence().get(field);
        return e == null ? "" : " (" + e.signal() + ", " + e.confidence().label() + " confidence)";
    }

    private static void field(Page page, String name, String value) throws IOException {
        if (!value.isBlank()) {
            page.raw("<dt>" + name + "</dt>").element("dd", value).raw("\n");
        }
    }

    /** Only an http(s) URL becomes a link, and one that tells the browser to trust it with nothing. */
    private static void url(Page page, String url) throws IOException {
        if (url.isBlank()) {
            return;
        }
        Optional<String> web = Html.webUrl(url);
        page.raw("<dt>URL</dt><dd>");
        if (web.isPresent()) {
            page.raw("<a rel=\"noopener noreferrer nofollow\" href=\"").text(web.get()).raw("\">").text(url).raw("</a>");
        } else {
            page.text(url);
        }
        page.raw("</dd>\n");
    }

    private static String language(String tag) {
        return LANGUAGE.matcher(tag).matches() ? " lang=\"" + tag + "\"" : "";
    }
}
