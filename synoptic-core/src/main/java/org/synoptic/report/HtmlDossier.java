package org.synoptic.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.synoptic.model.Article;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Event;
import org.synoptic.model.Fact;
import org.synoptic.model.Report;
import org.synoptic.model.Span;
import org.synoptic.model.Story;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS, one small inline script that
 * only toggles highlight classes, a Content-Security-Policy that forbids every network load)
 * with the overview, stories and timeline here and the longer sections in {@link ArticleSections}
 * and {@link Tables}. Sections keep the report's order, except the timeline, which is sorted by
 * date (stably, so facts of one date keep theirs).
 */
final class HtmlDossier {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private static final String CSS = resource("dossier.css");
    private static final String SCRIPT = """
            document.body.classList.add('js');
            document.querySelectorAll('.legend input').forEach(function (box) {
              box.addEventListener('change', function () {
                document.body.classList.toggle('hide-' + box.value, !box.checked);
              });
            });
            """;
    private static final String[][] SECTIONS = {
        {"overview", "Overview"}, {"stories", "Stories"}, {"timeline", "Timeline"}, {"articles", "Articles"},
        {"entities", "Entities"}, {"reuse", "Reuse"}, {"failures", "Failures"}};

    private HtmlDossier() {}

    static void write(Report report, Writer out) throws IOException {
        Page page = new Page(out, new Lookup(report));
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n")
                .raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>Synoptic dossier</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n")
                .raw("<header>\n<h1>Synoptic dossier</h1>\n<nav>");
        for (String[] section : SECTIONS) {
            page.raw("<a href=\"#" + section[0] + "\">" + section[1] + "</a> ");
        }
        page.raw("</nav>\n</header>\n<main>\n");
        overview(page, report);
        stories(page, report.stories());
        setAside(page, report.articles());
        timeline(page, report.timeline());
        ArticleSections.write(page, report);
        Tables.entities(page, report.entities());
        Tables.reuse(page, report.reuse());
        Tables.failures(page, report.failures());
        page.raw("</main>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void overview(Page page, Report report) throws IOException {
        long events = report.stories().stream().mapToLong(s -> s.events().size()).sum();
        long passages = report.reuse().stream().mapToLong(r -> r.passages().size()).sum();
        long contradictions = report.timeline().stream().mapToLong(f -> f.contradictions().size()).sum();
        page.raw("<section id=\"overview\">\n<h2>Overview</h2>\n<ul class=\"counts\">\n");
        count(page, report.articles().size(), "articles");
        count(page, report.stories().size(), "stories");
        count(page, events, "events");
        count(page, report.entities().size(), "entities");
        count(page, report.timeline().size(), "timeline facts");
        count(page, passages, "reused passages");
        count(page, contradictions, "contradictions");
        count(page, report.failures().size(), "failed inputs");
        page.raw("</ul>\n</section>\n");
    }

    private static void count(Page page, long value, String label) throws IOException {
        page.raw("<li><strong>" + value + "</strong> " + label + "</li>\n");
    }

    private static void stories(Page page, List<Story> stories) throws IOException {
        page.raw("<section id=\"stories\">\n<h2>Stories</h2>\n");
        for (Story story : stories) {
            page.raw("<article class=\"story\" id=\"story-" + Html.id(story.id()) + "\">\n")
                    .element("h3", story.title().isBlank() ? "[untitled story " + story.id() + "]" : story.title())
                    .raw("\n<table class=\"events\">\n<thead><tr><th>Date</th><th>Event</th><th>Reported by</th></tr></thead>\n<tbody>\n");
            for (Event event : story.events()) {
                page.raw("<tr>").element("td", event.date()).element("td", event.summary()).raw("<td>");
                links(page, event.articles());
                page.raw("</td></tr>\n");
            }
            page.raw("</tbody>\n</table>\n<ul class=\"story-articles\">\n");
            for (String id : story.articles()) {
                page.raw("<li>").articleLink(id, page.lookup().title(id));
                String meta = page.lookup().article(id).map(HtmlDossier::outletAndDate).orElse("");
                if (!meta.isEmpty()) {
                    page.raw(" <span class=\"meta\">").text(meta).raw("</span>");
                }
                page.raw("</li>\n");
            }
            page.raw("</ul>\n</article>\n");
        }
        page.raw("</section>\n");
    }

    /** Pages kept out of stories because they are not whole articles, each with the reason. */
    private static void setAside(Page page, List<Article> articles) throws IOException {
        List<Article> aside = articles.stream().filter(a -> !a.details().completeness().verdict().reconcilable()).toList();
        if (aside.isEmpty()) {
            return;
        }
        page.raw("<section id=\"set-aside\">\n<h3>Set aside: not whole articles</h3>\n<ul>\n");
        for (Article a : aside) {
            page.raw("<li>").articleLink(a.id(), page.lookup().title(a.id())).raw(" <span class=\"meta\">")
                    .text(a.details().completeness().verdict().label() + ": " + a.details().completeness().reason())
                    .raw("</span></li>\n");
        }
        page.raw("</ul>\n</section>\n");
    }

    private static String outletAndDate(Article article) {
        return Stream.concat(Stream.of(article.outlet()), article.published().map(LocalDate::toString).stream())
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static void links(Page page, List<String> articleIds) throws IOException {
        String separator = "";
        for (String id : articleIds) {
            page.raw(separator).articleLink(id, page.lookup().outlet(id));
            separator = ", ";
        }
    }

    private static void timeline(Page page, List<Fact> timeline) throws IOException {
        page.raw("<section id=\"timeline\">\n<h2>Timeline</h2>\n<table class=\"timeline\">\n")
                .raw("<thead><tr><th>Date</th><th>Statement</th><th>Sources</th></tr></thead>\n<tbody>\n");
        for (Fact fact : timeline.stream().sorted(Comparator.comparing(Fact::date)).toList()) {
            page.raw(fact.contradictions().isEmpty() ? "<tr>" : "<tr class=\"contradicted\">")
                    .element("td", fact.date()).raw("<td>").text(fact.statement());
            for (Contradiction contradiction : fact.contradictions()) {
                page.raw("\n<div class=\"contradiction\"><strong>⚠ contradiction</strong> (")
                        .text(contradiction.kind().name().toLowerCase(Locale.ROOT)).raw("): ")
                        .text(contradiction.detail());
                sources(page, contradiction.sources());
                page.raw("</div>");
            }
            page.raw("</td><td>");
            sources(page, fact.sources());
            page.raw("</td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void sources(Page page, List<Span> spans) throws IOException {
        page.raw("<ul class=\"sources\">");
        for (Span span : spans) {
            page.raw("<li>").sourceLink(span.article(), span.start(), span.end()).raw("</li>");
        }
        page.raw("</ul>");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlDossier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
