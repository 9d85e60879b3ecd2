package org.synoptic.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.synoptic.model.Entity;
import org.synoptic.model.Input;
import org.synoptic.model.Mention;
import org.synoptic.model.Passage;
import org.synoptic.model.Reuse;

/** The Entities, Reuse and Failures sections: one table row per record, in the report's order. */
final class Tables {

    /** Longest excerpt of a reused passage shown in the table; the article view shows it all. */
    static final int EXCERPT_CHARS = 200;

    private Tables() {}

    static void entities(Page page, List<Entity> entities) throws IOException {
        page.raw("<section id=\"entities\">\n<h2>Entities</h2>\n<table>\n<thead><tr><th>Name</th><th>Type</th>")
                .raw("<th>Variants</th><th>Articles</th><th>Mentions</th></tr></thead>\n<tbody>\n");
        for (Entity entity : entities) {
            long articles = entity.mentions().stream().map(Mention::article).distinct().count();
            page.raw("<tr>").element("td", entity.canonical())
                    .element("td", entity.type().name().toLowerCase(Locale.ROOT))
                    .element("td", String.join(", ", entity.variants()))
                    .raw("<td class=\"number\">" + articles + "</td>")
                    .raw("<td class=\"number\">" + entity.mentions().size() + "</td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    static void reuse(Page page, List<Reuse> reuses) throws IOException {
        page.raw("<section id=\"reuse\">\n<h2>Reuse</h2>\n<table>\n<thead><tr><th>From</th><th></th><th>To</th>")
                .raw("<th>Kind</th><th>Directed</th><th>Passages</th><th>First passage</th></tr></thead>\n<tbody>\n");
        for (Reuse reuse : reuses) {
            page.raw("<tr><td>").articleLink(reuse.from(), page.lookup().title(reuse.from()))
                    .raw(reuse.directed() ? "</td><td>→</td><td>" : "</td><td>↔</td><td>")
                    .articleLink(reuse.to(), page.lookup().title(reuse.to())).raw("</td>")
                    .element("td", reuse.kind().name().toLowerCase(Locale.ROOT))
                    .element("td", reuse.directed() ? "yes" : "no")
                    .raw("<td class=\"number\">" + reuse.passages().size() + "</td>")
                    .element("td", firstExcerpt(page.lookup(), reuse))
                    .raw("</tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    static void failures(Page page, List<Input.Failure> failures) throws IOException {
        page.raw("<section id=\"failures\">\n<h2>Failures</h2>\n<table>\n")
                .raw("<thead><tr><th>Source</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (Input.Failure failure : failures) {
            page.raw("<tr>").element("td", failure.source()).element("td", failure.reason()).raw("</tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    private static String firstExcerpt(Lookup lookup, Reuse reuse) {
        if (reuse.passages().isEmpty()) {
            return "";
        }
        Passage first = reuse.passages().getFirst();
        return lookup.article(reuse.from())
                .map(a -> Text.excerpt(a.text(), first.fromStart(), first.fromEnd(), EXCERPT_CHARS))
                .orElse("");
    }
}
