package org.synoptic.extract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.synoptic.internal.Hashing;
import org.synoptic.internal.Validate;
import org.synoptic.model.Article;
import org.synoptic.model.ContentType;
import org.synoptic.model.Details;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * The extract stage: one decoded document in, one {@link Article} (clean text plus metadata) out.
 *
 * <p><b>What it does.</b> HTML is parsed with jsoup; metadata is read from the untouched page
 * (JSON-LD, meta tags, link relations, {@code <time>}, bylines; see {@link Metadata}); then the
 * body is cleaned of scripts, hidden and furniture elements ({@link DomCleaner}), the
 * container holding the article is chosen by Readability-style scoring ({@link MainText}), widgets
 * inside it are removed ({@link ConditionalClean}) and its blocks become paragraphs that pass the
 * shared line rules ({@link Paragraphs}: furniture lines, licence, news code, byline, date line,
 * dateline, repeated headline). Plain text goes through the same line rules after its own title
 * and header detection ({@link TextExtractor}). Container hints then override inferred title,
 * author, outlet, URL and date; a page saved from a browser adds the address and save time its
 * saving tool noted where the container gave none ({@link SavedPage}); the id is the hint's or
 * the first 16 hex digits of the content hash (SHA-256 of title, blank line, text).
 *
 * <p><b>Why this way.</b> Scoring by paragraph text, commas and link density is what Readability
 * and its descendants have shown to work across sites without per-site rules; semantic markup and
 * class names only tip the balance. Each rule is general (no site names). Metadata signals are
 * gathered first and chosen by a fixed priority, so a later version can weigh them and explain
 * its choice.
 *
 * <p><b>Bounds.</b> Inputs are at most 16 MB (the ingest limit); jsoup limits element depth to
 * 512 and every walk over the DOM or JSON is iterative, so deep nesting cannot overflow the stack.
 * At most 50,000 text blocks, 2,000 meta tags, 1 MB per JSON-LD script, 200,000 text lines and four
 * extraction passes. Cost is linear in the page size per pass, plus a sort of the scored
 * containers; a relaxed pass (re-parsing the page) runs only when the strict one found under 500
 * characters of a page that has more, and is believed only when it finds at least 500. On the
 * ScrapingHub dev set a page takes about 1.5 ms in a long run, of which metadata, dates and the
 * verdict about 0.4 ms ({@code ./synoptic bench metadata}); a 16 MB page under a second.
 *
 * <p><b>Dates.</b> Publication and last-update dates are gathered as candidates per signal, each
 * marked published or modified, rejected with a reason where they cannot be the date (after the
 * fetch time the container states, or the clock's now without one; in scripts, comments,
 * copyright lines, related-stories blocks, ...), and chosen by priority with agreement overrides
 * ({@link PublishedDate}); the choice, how sure it is and every beaten candidate become the
 * article's evidence.
 *
 * <p><b>Not yet.</b> No multi-page articles, no per-language boilerplate vocabularies beyond English
 * words, no use of the JSON-LD articleBody as a guide to the main text.
 */
final class DomExtractor implements Extractor {

    private static final int ID_HEX_DIGITS = 16;
    private static final Instant EARLIEST_FETCH = PublishedDate.EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();

    private final Clock clock;

    DomExtractor(Clock clock) {
        this.clock = Validate.notNull(clock, "clock");
    }

    /**
     * The fetch time the container states, which bounds the page's dates (a page fetched in 2019
     * shows no date of 2021) and anchors its relative ones ("3 hours ago"). One after now or
     * before {@link PublishedDate#EARLIEST} is a broken record's and says nothing.
     */
    private Optional<Instant> fetchTime(Hints hints) {
        return hints.fetched().filter(at -> at.isBefore(clock.instant()) && !at.isBefore(EARLIEST_FETCH));
    }

    @Override
    public Article extract(Input.Document document) {
        Validate.notNull(document, "document");
        boolean html = document.type() == ContentType.HTML;
        Hints hints = html ? SavedPage.hints(document.hints(), document.content()) : document.hints();
        Optional<Instant> fetched = fetchTime(hints);
        Clock datesClock = fetched.map(at -> Clock.fixed(at, ZoneOffset.UTC)).orElse(clock);
        Extraction found = html
                ? HtmlExtractor.extract(document.content(), hints, datesClock, fetched)
                : TextExtractor.extract(document.content(), hints);
        String title = hints.title().orElse(found.title());
        String text = found.text();
        String contentHash = Hashing.sha256(title + "\n\n" + text);
        PublishedDate dates = new PublishedDate();
        dates.add(PublishedDate.Signal.HINT, hints.published());
        dates.addAll(found.dates());
        PublishedDate.Dates decided = dates.decide(datesClock);
        Optional<PublishedDate.Decision> published = decided.published();
        Optional<PublishedDate.Decision> modified = decided.modified();
        List<String> authors = hints.author().map(Authors::split).orElse(found.authors());
        Map<String, Evidence> evidence = new TreeMap<>(found.evidence());
        hints.title().ifPresent(t -> evidence.put("title", Hinted.over(found.evidence().get("title"), t)));
        hints.author().ifPresent(a -> evidence.put("authors", Hinted.over(found.evidence().get("authors"), String.join(", ", authors))));
        hints.outlet().ifPresent(o -> evidence.put("outlet", Hinted.over(found.evidence().get("outlet"), o)));
        decided.publishedEvidence().ifPresent(e -> evidence.put("published", e));
        modified.ifPresent(d -> evidence.put("modified", d.evidence()));
        Details details = new Details(authors, published.map(d -> d.stamp().iso()).orElse(""),
                modified.map(PublishedDate.Decision::date), modified.map(d -> d.stamp().iso()).orElse(""), evidence,
                found.completeness());
        return new Article(
                hints.id().orElse(contentHash.substring(0, ID_HEX_DIGITS)),
                document.source(),
                hints.url().orElse(found.url()),
                title,
                hints.outlet().orElse(found.outlet()),
                String.join(", ", authors),
                found.license(),
                found.dateline(),
                published.map(PublishedDate.Decision::date),
                found.language(),
                text,
                contentHash,
                details);
    }
}
