package org.synoptic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.synoptic.extract.DateCandidate.Kind;
import org.synoptic.extract.PublishedDate.Signal;

/**
 * One pass over a page's body collecting the dates its markup and text offer: {@code <time>},
 * microdata ({@code itemprop="datePublished"}), hAtom ({@code <abbr class="published">}), elements
 * named as dates or bylines (class or id "date", "datum", "posted", "byline", "meta", ...), and
 * every short stretch of visible text (a "chunk": the largest element of at most
 * {@link #MAX_CHUNK} characters, or a lone text node) read for labelled date lines ("Veröffentlicht
 * am ..."), lines that are only a date, and any other date. Each candidate carries its
 * {@link DateContext} rejection, so dates in related-story blocks, comment sections, footers,
 * copyright lines, scripts and HTML comments are kept only to be shown as beaten.
 *
 * <p>Dates near the headline (from {@link #NEAR_BEFORE} elements before it to {@link #NEAR_AFTER}
 * after it, or anywhere in the headline's {@code <article>}) are the article's; the others rank
 * below them all ({@link DateCandidate#far}). Without a headline, every date counts as near.
 *
 * <p>Bounds: chunks of at most 300 characters found within 400 nodes; at most 80 standing
 * page-text dates, three rejected ones per reason, and 20,000 characters of script scanned.
 * Linear in the page: a chunk's descendants are not re-chunked.
 */
final class DateWalk {

    private static final int MAX_CHUNK = 300;
    private static final int MAX_CHUNK_NODES = 400;
    private static final int MAX_PAGE_TEXT = 80;
    private static final int MAX_REJECTED_PER_REASON = 3;
    private static final int MAX_SCRIPT_CHARS = 20_000;
    private static final int NEAR_BEFORE = 20;
    private static final int NEAR_AFTER = 60;
    private static final Pattern STRONG_NAMES = Pattern.compile(" (?:date|dates|datum|fecha|data|published|publish|pubdate|"
            + "posted|postdate|created|time|timestamp|datetime|zeit|dateline|updated|modified|stamp|entry date|post date) ");
    private static final Pattern WEAK_NAMES = Pattern.compile(" (?:meta|metadata|postmetadata|info|byline|author|autor|details|"
            + "tagline|subline|credits|signature) ");

    /** A candidate with the document position of the element it came from. */
    private record Placed(DateCandidate candidate, int position, Element element) {}

    private final DateText.SlashOrder order;
    private final DateContext context;
    private final List<Placed> out = new ArrayList<>();
    private int position;
    private int headlinePosition = -1;
    private final Map<String, Integer> rejectedByReason = new HashMap<>();
    private int pageTexts;
    private int scriptChars;

    private DateWalk(DateText.SlashOrder order, DateContext context) {
        this.order = order;
        this.context = context;
    }

    static List<DateCandidate> walk(Element body, DateText.SlashOrder order, DateContext context) {
        DateWalk walk = new DateWalk(order, context);
        NodeTraversor.filter(walk.new Visitor(), body);
        return walk.placed();
    }

    private List<DateCandidate> placed() {
        Element headline = context.headline();
        Element article = headline == null ? null : headline.closest("article");
        List<DateCandidate> candidates = new ArrayList<>(out.size());
        for (Placed p : out) {
            int distance = p.position() - headlinePosition;
            boolean near = headline == null || (distance >= -NEAR_BEFORE && distance <= NEAR_AFTER)
                    || (article != null && p.element() != null && p.element().closest("article") == article);
            candidates.add(near ? p.candidate() : p.candidate().far());
        }
        return candidates;
    }

    private final class Visitor implements NodeFilter {
        private Element chunk;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment comment) {
                rejectedText(comment.getData(), DateContext.COMMENT, comment.parent() instanceof Element parent ? parent : null);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text) {
                if (chunk == null && !text.isBlank()) {
                    String value = TextClean.collapse(text.getWholeText());
                    if (value.length() <= MAX_CHUNK) {
                        chunk(value, text.parent() instanceof Element parent ? parent : null);
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            position++;
            if (element == context.headline()) {
                headlinePosition = position;
            }
            switch (element.normalName()) {
                case "script", "style", "noscript", "template" -> {
                    if (!element.attr("type").contains("ld+json") && scriptChars < MAX_SCRIPT_CHARS) {
                        String data = element.data();
                        String scanned = data.substring(0, Math.min(data.length(), MAX_SCRIPT_CHARS - scriptChars));
                        scriptChars += scanned.length();
                        rejectedText(scanned, DateContext.SCRIPT, element);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "time" -> time(element);
                default -> marked(element);
            }
            if (chunk == null) {
                Optional<String> text = shortText(element);
                if (text.isPresent()) {
                    chunk = element;
                    chunk(text.get(), element);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == chunk) {
                chunk = null;
            }
            return FilterResult.CONTINUE;
        }
    }

    private void time(Element time) {
        String words = DateContext.words(time);
        String itemprop = time.attr("itemprop");
        Kind kind = itemprop.equalsIgnoreCase("dateModified") || DateLabels.ofNames(words).isPresent() ? Kind.MODIFIED : Kind.PUBLISHED;
        boolean marked = time.hasAttr("pubdate") || itemprop.equalsIgnoreCase("datePublished") || STRONG_NAMES.matcher(words).find();
        int strength = marked ? 0 : time.closest("article, header, main, [itemprop=articleBody]") != null ? 1 : 2;
        String value = Metadata.firstNonEmpty(time.attr("datetime"), time.attr("content"), time.text());
        Stamp.parse(value).ifPresent(stamp ->
                add(kind, Signal.TIME_ELEMENT, itemprop.isEmpty() ? "time-element" : "itemprop:" + itemprop, stamp, strength, time));
    }

    /** Microdata, hAtom and elements whose class or id names them as a date or a byline. */
    private void marked(Element element) {
        String itemprop = element.attr("itemprop");
        if (itemprop.matches("(?i)datePublished|dateCreated|dateModified|uploadDate") && !element.normalName().equals("meta")) {
            Kind kind = itemprop.equalsIgnoreCase("dateModified") ? Kind.MODIFIED : Kind.PUBLISHED;
            String value = Metadata.firstNonEmpty(element.attr("content"), element.attr("datetime"), element.attr("title"), element.text());
            Stamp.parse(value).ifPresent(stamp -> add(kind, Signal.TIME_ELEMENT, "itemprop:" + itemprop, stamp, 0, element));
            return;
        }
        String words = DateContext.words(element);
        if (words.isEmpty()) {
            return;
        }
        boolean strong = STRONG_NAMES.matcher(words).find();
        if (!strong && !WEAK_NAMES.matcher(words).find()) {
            return;
        }
        Kind named = DateLabels.ofNames(words).isPresent() ? Kind.MODIFIED : Kind.PUBLISHED;
        if (element.normalName().equals("abbr") && (words.contains(" published ") || named == Kind.MODIFIED)) {
            Stamp.parse(element.attr("title")).ifPresent(stamp -> add(named, Signal.TIME_ELEMENT, "abbr." + (named == Kind.MODIFIED
                    ? "updated" : "published"), stamp, 0, element));
        }
        for (var attribute : element.attributes()) {
            String key = attribute.getKey();
            if (key.equals("datetime") || key.equals("title") || key.equals("content")
                    || key.startsWith("data-") && (key.contains("date") || key.contains("time"))) {
                Optional<Stamp> stamp = Stamp.parse(attribute.getValue());
                if (stamp.isPresent()) {
                    add(named, Signal.DATE_ELEMENT, "byline-text", stamp.get(), strong ? 0 : 1, element);
                    return;
                }
            }
        }
        shortText(element).ifPresent(text -> {
            int previousEnd = 0;
            for (DateText.Found found : DateText.all(text, order)) {
                Kind kind = switch (DateLabels.label(text, found, previousEnd)) {
                    case MODIFIED -> Kind.MODIFIED;
                    case PUBLISHED -> Kind.PUBLISHED;
                    case NONE -> named;
                };
                previousEnd = found.end();
                add(kind, Signal.DATE_ELEMENT, "byline-text", stamp(found), strong ? 0 : 1, element);
            }
        });
    }

    /** A short stretch of visible text: labelled date lines, date-only lines, then any date. */
    private void chunk(String text, Element holder) {
        List<DateText.Found> dates = DateText.all(text, order);
        if (dates.isEmpty() || holder == null) {
            return;
        }
        String rejection = context.rejection(holder);
        if (rejection.isEmpty() && DateContext.isCopyright(text)) {
            rejection = DateContext.COPYRIGHT;
        }
        boolean dateOnly = DateLabels.dateOnly(text, dates);
        int previousEnd = 0;
        for (DateText.Found found : dates) {
            DateLabels.Label label = DateLabels.label(text, found, previousEnd);
            previousEnd = found.end();
            if (label == DateLabels.Label.NONE && !dateOnly) {
                if (rejection.isEmpty() ? pageTexts++ < MAX_PAGE_TEXT : quota(rejection)) {
                    place(DateCandidate.of(Kind.PUBLISHED, Signal.PAGE_TEXT, "page-text", stamp(found), 0, rejection), holder);
                }
                continue;
            }
            Kind kind = label == DateLabels.Label.MODIFIED ? Kind.MODIFIED : Kind.PUBLISHED;
            String name = label == DateLabels.Label.NONE ? "date-line" : "text-line";
            if (rejection.isEmpty() || quota(rejection)) {
                place(DateCandidate.of(kind, Signal.TEXT_LINE, name, stamp(found), label == DateLabels.Label.NONE ? 2 : 0, rejection), holder);
            }
        }
    }

    private void add(Kind kind, Signal signal, String label, Stamp stamp, int strength, Element element) {
        String rejection = context.rejection(element);
        if (rejection.isEmpty() || quota(rejection)) {
            place(DateCandidate.of(kind, signal, label, stamp, strength, rejection), element);
        }
    }

    private void place(DateCandidate candidate, Element element) {
        out.add(new Placed(candidate, position, element));
    }

    /** Dates in a script or an HTML comment: shown as beaten, never chosen. */
    private void rejectedText(String text, String reason, Element holder) {
        if (rejectedByReason.getOrDefault(reason, 0) >= MAX_REJECTED_PER_REASON) {
            return;
        }
        for (DateText.Found found : DateText.all(text, order)) {
            if (!quota(reason)) {
                return;
            }
            place(DateCandidate.of(Kind.PUBLISHED, Signal.PAGE_TEXT, "page-text", stamp(found), 0, reason), holder);
        }
    }

    private boolean quota(String reason) {
        return rejectedByReason.merge(reason, 1, Integer::sum) <= MAX_REJECTED_PER_REASON;
    }

    private static Stamp stamp(DateText.Found found) {
        return new Stamp(found.day(), Optional.empty(), found.time());
    }

    /**
     * The element's visible text, with a space at every element boundary ("Mai<span>06</span>2018"
     * reads "Mai 06 2018"), when it is at most {@link #MAX_CHUNK} characters within
     * {@link #MAX_CHUNK_NODES} nodes; empty otherwise or when blank.
     */
    static Optional<String> shortText(Element element) {
        StringBuilder text = new StringBuilder();
        int[] nodes = {0};
        boolean[] tooLong = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_CHUNK_NODES || text.length() > MAX_CHUNK) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    text.append(' ');
                    return switch (e.normalName()) {
                        case "script", "style", "noscript", "template" -> FilterResult.SKIP_ENTIRELY;
                        default -> FilterResult.CONTINUE;
                    };
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        String collapsed = TextClean.collapse(text);
        return tooLong[0] || collapsed.length() > MAX_CHUNK || collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }
}
