package org.synoptic.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.synoptic.model.Article;
import org.synoptic.model.Details;
import org.synoptic.model.Evidence;

/**
 * One article as JSON fields, the same in {@code report.json} and in {@code synoptic extract}
 * output: core fields, then the details (authors, timestamps, modified date, completeness, the
 * evidence behind each field), then the text. Absent strings are null.
 */
public final class ArticleJson {

    private ArticleJson() {}

    /** Writes the fields of one article into the object the generator has open. */
    public static void fields(JsonGenerator json, Article a) throws IOException {
        Details d = a.details();
        text(json, "id", a.id());
        text(json, "source", a.source());
        optional(json, "url", a.url());
        optional(json, "title", a.title());
        optional(json, "outlet", a.outlet());
        optional(json, "author", a.author());
        strings(json, "authors", d.authors());
        optional(json, "license", a.license());
        optional(json, "dateline", a.dateline());
        optional(json, "published", a.published().map(LocalDate::toString).orElse(""));
        optional(json, "published_time", d.publishedTime());
        optional(json, "modified", d.modified().map(LocalDate::toString).orElse(""));
        optional(json, "modified_time", d.modifiedTime());
        optional(json, "language", a.language());
        json.writeObjectFieldStart("completeness");
        text(json, "verdict", d.completeness().verdict().label());
        text(json, "reason", d.completeness().reason());
        json.writeEndObject();
        json.writeFieldName("published_evidence");
        evidence(json, d.evidence().get("published"));
        json.writeObjectFieldStart("evidence");
        for (Map.Entry<String, Evidence> e : d.evidence().entrySet()) {
            if (!e.getKey().equals("published")) {
                json.writeFieldName(e.getKey());
                evidence(json, e.getValue());
            }
        }
        json.writeEndObject();
        text(json, "text", a.text());
    }

    private static void evidence(JsonGenerator json, Evidence e) throws IOException {
        if (e == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        text(json, "signal", e.signal());
        text(json, "value", e.value());
        json.writeStringField("confidence", e.confidence().label());
        json.writeArrayFieldStart("beaten");
        for (Evidence.Candidate c : e.beaten()) {
            json.writeStartObject();
            text(json, "signal", c.signal());
            text(json, "value", c.value());
            text(json, "reason", c.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(Text.wellFormed(value));
        }
        json.writeEndArray();
    }

    static void text(JsonGenerator json, String name, String value) throws IOException {
        json.writeStringField(name, Text.wellFormed(value));
    }

    /** An empty string is absent: null. */
    static void optional(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value.isEmpty() ? null : Text.wellFormed(value));
    }
}
