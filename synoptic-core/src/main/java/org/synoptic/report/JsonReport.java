package org.synoptic.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Entity;
import org.synoptic.model.Event;
import org.synoptic.model.Fact;
import org.synoptic.model.Input;
import org.synoptic.model.Mention;
import org.synoptic.model.Passage;
import org.synoptic.model.Quote;
import org.synoptic.model.Report;
import org.synoptic.model.Reuse;
import org.synoptic.model.Span;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/**
 * Writes {@code report.json}, the documented output contract ({@value #FORMAT}).
 *
 * <p>Offsets ({@code start}, {@code end}, {@code from_start}...) are Java {@code char} offsets,
 * i.e. UTF-16 code units, into the article's {@code text}, end exclusive: a character outside
 * the Basic Multilingual Plane counts as two. Consumers in other languages must convert (in
 * JavaScript they index strings directly; in Python use the UTF-16 encoding).
 *
 * <p>Absent article metadata (url, title, outlet, author, license, dateline, language: empty
 * strings in the records) and an absent {@code published} date or quote {@code speaker} are JSON
 * null. Enum values are lower case ({@code solar-hijri}), except entity types (CoNLL style,
 * {@code PERSON}). Lone surrogates in text become U+FFFD, one for one, so offsets still hold.
 *
 * <p>Written with a streaming generator in the report's own order, pretty-printed with two
 * spaces and "\n" line ends and no timestamps: the same report always gives the same bytes.
 */
final class JsonReport {

    static final String FORMAT = "synoptic-report/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    static void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            array(json, "articles", report.articles(), ArticleJson::fields);
            array(json, "entities", report.entities(), JsonReport::entity);
            array(json, "timexes", report.timexes(), JsonReport::timex);
            array(json, "quotes", report.quotes(), JsonReport::quote);
            array(json, "reuse", report.reuse(), JsonReport::reuse);
            array(json, "stories", report.stories(), JsonReport::story);
            array(json, "timeline", report.timeline(), JsonReport::fact);
            array(json, "failures", report.failures(), JsonReport::failure);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void entity(JsonGenerator json, Entity e) throws IOException {
        ArticleJson.text(json, "id", e.id());
        ArticleJson.text(json, "type", e.type().name());
        ArticleJson.text(json, "canonical", e.canonical());
        ArticleJson.strings(json, "variants", e.variants());
        array(json, "mentions", e.mentions(), JsonReport::mention);
    }

    private static void mention(JsonGenerator json, Mention m) throws IOException {
        span(json, new Span(m.article(), m.start(), m.end()));
        ArticleJson.text(json, "text", m.text());
    }

    private static void timex(JsonGenerator json, Timex t) throws IOException {
        span(json, t.span());
        ArticleJson.text(json, "text", t.text());
        ArticleJson.text(json, "value", t.value());
        ArticleJson.text(json, "calendar", lowerCase(t.calendar()));
        json.writeBooleanField("relative", t.relative());
    }

    private static void quote(JsonGenerator json, Quote q) throws IOException {
        span(json, q.span());
        ArticleJson.text(json, "text", q.text());
        json.writeFieldName("speaker");
        json.writeString(q.speaker().map(Text::wellFormed).orElse(null));
    }

    private static void reuse(JsonGenerator json, Reuse r) throws IOException {
        ArticleJson.text(json, "from", r.from());
        ArticleJson.text(json, "to", r.to());
        ArticleJson.text(json, "kind", lowerCase(r.kind()));
        json.writeBooleanField("directed", r.directed());
        array(json, "passages", r.passages(), JsonReport::passage);
    }

    private static void passage(JsonGenerator json, Passage p) throws IOException {
        json.writeNumberField("from_start", p.fromStart());
        json.writeNumberField("from_end", p.fromEnd());
        json.writeNumberField("to_start", p.toStart());
        json.writeNumberField("to_end", p.toEnd());
    }

    private static void story(JsonGenerator json, Story s) throws IOException {
        ArticleJson.text(json, "id", s.id());
        ArticleJson.text(json, "title", s.title());
        ArticleJson.strings(json, "articles", s.articles());
        array(json, "events", s.events(), JsonReport::event);
    }

    private static void event(JsonGenerator json, Event e) throws IOException {
        ArticleJson.text(json, "id", e.id());
        ArticleJson.text(json, "date", e.date());
        ArticleJson.text(json, "summary", e.summary());
        ArticleJson.strings(json, "articles", e.articles());
    }

    private static void fact(JsonGenerator json, Fact f) throws IOException {
        ArticleJson.text(json, "date", f.date());
        ArticleJson.text(json, "statement", f.statement());
        ArticleJson.text(json, "story", f.story());
        array(json, "sources", f.sources(), JsonReport::span);
        array(json, "contradictions", f.contradictions(), JsonReport::contradiction);
    }

    private static void contradiction(JsonGenerator json, Contradiction c) throws IOException {
        ArticleJson.text(json, "kind", lowerCase(c.kind()));
        ArticleJson.text(json, "detail", c.detail());
        array(json, "sources", c.sources(), JsonReport::span);
    }

    private static void failure(JsonGenerator json, Input.Failure f) throws IOException {
        ArticleJson.text(json, "source", f.source());
        ArticleJson.text(json, "reason", f.reason());
    }

    private static void span(JsonGenerator json, Span s) throws IOException {
        ArticleJson.text(json, "article", s.article());
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
    }

    /** Writes one object per element, its fields written by {@code fields}. */
    private static <T> void array(JsonGenerator json, String name, List<T> items, Fields<T> fields) throws IOException {
        json.writeArrayFieldStart(name);
        for (T item : items) {
            json.writeStartObject();
            fields.write(json, item);
            json.writeEndObject();
        }
        json.writeEndArray();
    }


    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }
}
