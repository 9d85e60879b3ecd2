package org.synoptic.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

/**
 * HTML → {@link Extraction}: metadata from the untouched page, then main text from the cleaned
 * body. Metadata gathers its elements, text sizes and date notes from the walk that segments the
 * untouched body for the text ({@link Metadata.BodyScan}), sparing a walk of its own. As in
 * Readability, when a pass finds less than {@link #ENOUGH_CHARS} of text the next pass relaxes
 * one rule (furniture names, then class weights, then conditional cleaning). A relaxed pass is believed only when it finds a whole article (at least
 * {@link #ENOUGH_CHARS}); otherwise the strict first pass stands, so a page of nothing but
 * furniture stays empty instead of yielding its comments. Most pages need one pass, and a page
 * without {@link #ENOUGH_CHARS} more letters than the first pass found never needs another. Each
 * metadata field keeps the evidence that decided it, and the page gets its completeness verdict
 * ({@link Verdicts}) from the text, the page's markup and its short lines ({@link PageLines}).
 *
 * <p>Bound: only the first {@link #MAX_HTML_CHARS} characters of a page are parsed (jsoup closes
 * what is left open), so a hostile or broken page of any size costs at most about a second;
 * article pages are far below the cap.
 */
final class HtmlExtractor {

    static final int ENOUGH_CHARS = 500;
    static final int MAX_HTML_CHARS = 8 * 1024 * 1024;

    private record Pass(boolean furniture, boolean weightClasses, boolean conditional) {}

    private static final List<Pass> PASSES = List.of(
            new Pass(true, true, true), new Pass(false, true, true), new Pass(false, false, true), new Pass(false, false, false));

    private HtmlExtractor() {}

    /** The extraction of a page: {@code clock} bounds its dates, a stated {@code fetched} time anchors its relative ones. */
    static Extraction extract(String html, Hints hints, Clock clock, Optional<Instant> fetched) {
        Document document = parse(html, hints);
        Element body = document.body();
        Metadata.BodyScan scan = new Metadata.BodyScan(document, fetched.isPresent());
        Blocks.Result whole = Blocks.segment(body, scan);
        scan.segmented(whole);
        Metadata.Page page = Metadata.read(scan, hints.url());
        page.dates().walkPage(clock, fetched);
        PageLines lines = PageLines.of(whole, body);
        List<Claim> outlets = Outlets.withNotices(page.outlets(), lines::notices);
        List<String> outletNames = new ArrayList<>(Outlets.names(outlets));
        hints.outlet().ifPresent(outletNames::add);
        SiteNames site = new SiteNames(outletNames);
        Optional<Evidence> title = Titles.choose(page.titles(), site.with(page.frontPageNames()));
        String headline = hints.title().orElse(title.map(Evidence::value).orElse(""));
        Paragraphs.Body best = passes(html, hints, body, whole, headline);
        PublishedDate dates = page.dates();
        dates.addAll(best.dates());
        return withFields(page, lines, outlets, site, title, best, dates);
    }

    /**
     * The main text alone, with the {@code <title>} as the headline to drop from it: what
     * extraction costs without metadata and verdict, for the benchmark that weighs them.
     */
    static String textOnly(String html, Hints hints) {
        Document document = parse(html, hints);
        Element body = document.body();
        return passes(html, hints, body, Blocks.segment(body), document.title()).text();
    }

    private static Paragraphs.Body passes(String html, Hints hints, Element body, Blocks.Result whole, String headline) {
        Paragraphs.Body best = mainText(body, whole, PASSES.get(0), headline);
        int pageLetters = whole.stats(body).letters();
        for (int i = 1; i < PASSES.size() && needsAnotherPass(best, pageLetters); i++) {
            // Each pass needs the page as it was; re-parsing is cheaper than keeping a copy of
            // every page for the rare one that needs a second pass.
            Element fresh = parse(html, hints).body();
            Paragraphs.Body found = mainText(fresh, Blocks.segment(fresh), PASSES.get(i), headline);
            if (found.text().length() >= ENOUGH_CHARS) {
                best = found;
            }
        }
        return best;
    }

    /** The extraction, with authors and licence chosen now that the text's byline and licence line are known, and the verdict. */
    private static Extraction withFields(Metadata.Page page, PageLines lines, List<Claim> outlets, SiteNames site,
                                         Optional<Evidence> title, Paragraphs.Body best, PublishedDate dates) {
        List<Claim> bylines = new ArrayList<>(page.authors());
        bylines.add(new Claim("text-byline", best.byline()));
        Authors.Decision authors = Authors.choose(bylines, site);
        List<Claim> licenses = new ArrayList<>(page.licenses());
        if (licenses.stream().allMatch(c -> c.value().isBlank())) {
            licenses.add(new Claim("page-statement", lines.license()));
        }
        licenses.add(new Claim("text-statement", best.license()));
        Optional<Evidence> outlet = Outlets.choose(outlets);
        Optional<Evidence> license = Licenses.choose(licenses);
        Map<String, Evidence> evidence = new TreeMap<>();
        title.ifPresent(e -> evidence.put("title", e));
        authors.evidence().ifPresent(e -> evidence.put("authors", e));
        outlet.ifPresent(e -> evidence.put("outlet", e));
        license.ifPresent(e -> evidence.put("license", e));
        return new Extraction(title.map(Evidence::value).orElse(""), authors.names(), outlet.map(Evidence::value).orElse(""),
                page.url(), page.language(), license.map(Evidence::value).orElse(""), best.dateline(), dates, best.text(),
                evidence, Verdicts.judge(best.text(), page.markup(), lines));
    }

    private static boolean needsAnotherPass(Paragraphs.Body best, int pageLetters) {
        int found = best.text().length();
        return found < ENOUGH_CHARS && pageLetters > found + ENOUGH_CHARS;
    }

    private static Document parse(String html, Hints hints) {
        String bounded = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        return Jsoup.parse(bounded, hints.url().orElse(""));
    }

    private static Paragraphs.Body mainText(Element body, Blocks.Result before, Pass pass, String title) {
        DomCleaner.clean(body, before, pass.furniture());
        Blocks.Result segments = Blocks.segment(body);
        List<Element> chosen = MainText.choose(body, segments, pass.weightClasses());
        List<Paragraphs.Candidate> candidates = new ArrayList<>();
        for (Element element : chosen) {
            if (pass.conditional()) {
                ConditionalClean.clean(element);
            }
            for (Blocks.Block block : Blocks.segment(element).blocks()) {
                candidates.add(new Paragraphs.Candidate(block.text(), block.kind(), block.linkDensity()));
            }
        }
        return Paragraphs.select(candidates, title);
    }
}
