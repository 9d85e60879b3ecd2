package org.synoptic.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.synoptic.model.Hints;

/**
 * HTML → {@link Extraction}: metadata from the untouched page, then main text from the cleaned
 * body. As in Readability, when a pass finds less than {@link #ENOUGH_CHARS} of text
 * the next pass relaxes one rule (furniture names, then class weights, then conditional
 * cleaning). A relaxed pass is believed only when it finds a whole article (at least
 * {@link #ENOUGH_CHARS}); otherwise the strict first pass stands, so a page of nothing but
 * furniture stays empty instead of yielding its comments. Most pages need one pass, and a page
 * without {@link #ENOUGH_CHARS} more letters than the first pass found never needs another.
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

    static Extraction extract(String html, Hints hints, Clock clock) {
        Document document = parse(html, hints);
        Metadata.Page page = Metadata.read(document, hints.url());
        page.dates().walkPage(clock);
        List<String> outletNames = new ArrayList<>(page.outletNames());
        hints.outlet().ifPresent(outletNames::add);
        String title = Titles.choose(page.titles(), outletNames);
        Element body = document.body();
        Blocks.Result whole = Blocks.segment(body);
        String license = page.license().isEmpty() ? pageLicense(whole) : page.license();
        String headline = hints.title().orElse(title);
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
        PublishedDate dates = page.dates();
        dates.addAll(best.dates());
        String author = Authors.choose(withByline(page.authors(), best.byline()), outletNames);
        return new Extraction(title, author, page.outlet(), page.url(), page.language(),
                license.isEmpty() ? best.license() : license, best.dateline(), dates, best.text());
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

    /** A licence notice anywhere on the page (often in the footer, which text extraction drops). */
    private static String pageLicense(Blocks.Result whole) {
        for (Blocks.Block block : whole.blocks()) {
            String text = block.text();
            if (text.contains("Creative Commons") || text.contains("CC BY") || text.contains("CC-BY")) {
                Optional<String> phrase = Licenses.phrase(text);
                if (phrase.isPresent()) {
                    return phrase.get();
                }
            }
        }
        return "";
    }

    private static List<List<String>> withByline(List<List<String>> signals, String byline) {
        List<List<String>> all = new ArrayList<>(signals);
        all.add(byline.isEmpty() ? List.of() : List.of(byline));
        return all;
    }
}
