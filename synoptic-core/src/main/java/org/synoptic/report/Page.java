package org.synoptic.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.synoptic.model.Article;

/**
 * The HTML being written, with the few shapes the dossier repeats. {@link #raw} takes markup
 * the dossier built itself; everything from the report goes through {@link #text}, which
 * escapes, or through {@link Html#id} for fragment ids.
 */
final class Page {

    /** Longest source sentence repeated in a link's tooltip; the article view shows it all. */
    static final int SENTENCE_CHARS = 300;

    private final Writer out;
    private final Lookup lookup;

    Page(Writer out, Lookup lookup) {
        this.out = out;
        this.lookup = lookup;
    }

    Writer writer() {
        return out;
    }

    Lookup lookup() {
        return lookup;
    }

    Page raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    Page text(String untrusted) throws IOException {
        Html.escape(out, untrusted, 0, untrusted.length());
        return this;
    }

    /** {@code <tag>text</tag>}, the text escaped. */
    Page element(String tag, String untrusted) throws IOException {
        return raw("<" + tag + ">").text(untrusted).raw("</" + tag + ">");
    }

    /** A link to the article's section, or the bare label when the report lacks the article. */
    Page articleLink(String articleId, String label) throws IOException {
        if (lookup.article(articleId).isEmpty()) {
            return raw("<span class=\"missing\">").text(label).raw("</span>");
        }
        return raw("<a href=\"#" + Lookup.articleAnchor(articleId) + "\">").text(label).raw("</a>");
    }

    /** The outlet linked to the article, then a pilcrow linked to the exact sentence. */
    Page sourceLink(String articleId, int start, int end) throws IOException {
        articleLink(articleId, lookup.outlet(articleId));
        Optional<Article> article = lookup.article(articleId);
        if (article.isPresent()) {
            String sentence = Text.excerpt(article.get().text(), start, end, SENTENCE_CHARS);
            raw(" <a class=\"sentence\" href=\"#" + Lookup.spanAnchor(articleId, start) + "\" title=\"")
                    .text(sentence).raw("\">¶</a>");
        }
        return this;
    }
}
