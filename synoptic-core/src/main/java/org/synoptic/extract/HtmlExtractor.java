package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.synoptic.model.Hints;

/**
 * HTML → {@link Extraction}: metadata from the untouched page, then main text from a cleaned
 * copy of the body. As in Readability, when a pass finds less than {@link #ENOUGH_CHARS} of text
 * the next pass relaxes one rule (furniture names, then class weights, then conditional
 * cleaning) and the longest result is kept; most pages need one pass.
 */
final class HtmlExtractor {

    static final int ENOUGH_CHARS = 500;

    private record Pass(boolean furniture, boolean weightClasses, boolean conditional) {}

    private static final List<Pass> PASSES = List.of(
            new Pass(true, true, true), new Pass(false, true, true), new Pass(false, false, true), new Pass(false, false, false));

    private HtmlExtractor() {}

    static Extraction extract(String html, Hints hints) {
        Document document = Jsoup.parse(html, hints.url().orElse(""));
        Metadata.Page page = Metadata.read(document, hints.url());
        List<String> outletNames = new ArrayList<>(page.outletNames());
        hints.outlet().ifPresent(outletNames::add);
        String title = Titles.choose(page.titles(), outletNames);
        Element body = document.body();
        String license = page.license();
        if (license.isEmpty()) {
            license = pageLicense(body);
        }
        Paragraphs.Body best = null;
        for (Pass pass : PASSES) {
            Paragraphs.Body found = mainText(body.clone(), pass, hints.title().orElse(title));
            if (best == null || found.text().length() > best.text().length()) {
                best = found;
            }
            if (best.text().length() >= ENOUGH_CHARS) {
                break;
            }
        }
        PublishedDate dates = page.dates();
        dates.addAll(best.dates());
        String author = Authors.choose(withByline(page.authors(), best.byline()), outletNames);
        return new Extraction(title, author, page.outlet(), page.url(), page.language(),
                license.isEmpty() ? best.license() : license, best.dateline(), dates, best.text());
    }

    private static Paragraphs.Body mainText(Element body, Pass pass, String title) {
        DomCleaner.clean(body, pass.furniture());
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
    private static String pageLicense(Element body) {
        for (Element element : body.select("p, div, span, small, footer, li")) {
            if (element.ownText().contains("Creative Commons") || element.ownText().contains("CC BY")) {
                var phrase = Licenses.phrase(element.text());
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
