package org.synoptic.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Entity;
import org.synoptic.model.Fact;
import org.synoptic.model.Mention;
import org.synoptic.model.Passage;
import org.synoptic.model.Quote;
import org.synoptic.model.Report;
import org.synoptic.model.Reuse;
import org.synoptic.model.Span;
import org.synoptic.model.Timex;
import org.synoptic.report.Highlighter.Anchor;
import org.synoptic.report.Highlighter.Mark;

/**
 * Every highlight and anchor of a report grouped by article, built in one pass over the report
 * so that rendering each article is a map lookup rather than a scan of the whole report.
 * Ranks fix the nesting, outermost first: timeline sentence, reused passage, quote, date, name.
 */
final class Annotations {

    static final int FACT = 0;
    static final int REUSE = 1;
    static final int QUOTE = 2;
    static final int TIMEX = 3;
    static final int ENTITY = 4;

    private final Map<String, List<Mark>> marks = new HashMap<>();
    private final Map<String, Map<String, Anchor>> anchors = new HashMap<>();
    private final Set<Span> sentences = new HashSet<>();

    Annotations(Report report, Lookup lookup) {
        for (Entity entity : report.entities()) {
            String open = mark("ent ent-" + entity.type().name().toLowerCase(Locale.ROOT),
                    entity.canonical() + " (" + entity.id() + ")");
            for (Mention mention : entity.mentions()) {
                add(mention.article(), new Mark(mention.start(), mention.end(), ENTITY, open));
            }
        }
        for (Timex timex : report.timexes()) {
            add(timex.article(), new Mark(timex.start(), timex.end(), TIMEX, mark("timex", timex.value())));
        }
        for (Quote quote : report.quotes()) {
            String speaker = quote.speaker()
                    .map(id -> lookup.entity(id).map(Entity::canonical).orElse(id))
                    .orElse("speaker unknown");
            add(quote.article(), new Mark(quote.start(), quote.end(), QUOTE, mark("quote", speaker)));
        }
        for (Reuse reuse : report.reuse()) {
            String inTo = mark("reuse", "also in " + lookup.title(reuse.to()));
            String inFrom = mark("reuse", "also in " + lookup.title(reuse.from()));
            for (Passage passage : reuse.passages()) {
                add(reuse.from(), new Mark(passage.fromStart(), passage.fromEnd(), REUSE, inTo));
                add(reuse.to(), new Mark(passage.toStart(), passage.toEnd(), REUSE, inFrom));
            }
        }
        for (Fact fact : report.timeline()) {
            String open = mark("fact", "timeline " + fact.date() + ": " + fact.statement());
            fact.sources().forEach(span -> addSource(span, open));
            for (Contradiction contradiction : fact.contradictions()) {
                String disputed = mark("fact", "contradiction on " + fact.date() + ": " + contradiction.detail());
                contradiction.sources().forEach(span -> addSource(span, disputed));
            }
        }
    }

    List<Mark> marks(String articleId) {
        return marks.getOrDefault(articleId, List.of());
    }

    List<Anchor> anchors(String articleId) {
        return List.copyOf(anchors.getOrDefault(articleId, Map.of()).values());
    }

    /** One mark per source sentence (the first fact's title wins), one anchor per start. */
    private void addSource(Span span, String open) {
        if (sentences.add(span)) {
            add(span.article(), new Mark(span.start(), span.end(), FACT, open));
        }
        String id = Lookup.spanAnchor(span.article(), span.start());
        anchors.computeIfAbsent(span.article(), k -> new LinkedHashMap<>())
                .putIfAbsent(id, new Anchor(span.start(), id));
    }

    private void add(String articleId, Mark mark) {
        marks.computeIfAbsent(articleId, k -> new ArrayList<>()).add(mark);
    }

    private static String mark(String classes, String title) {
        return "<mark class=\"" + classes + "\" title=\"" + Html.escape(title) + "\">";
    }
}
