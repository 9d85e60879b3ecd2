package org.synoptic.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.synoptic.extract.DateCandidate.Kind;
import org.synoptic.extract.PublishedDate.Signal;

/**
 * The dates a page's body offers in its markup and text: {@code <time>}, microdata
 * ({@code itemprop="datePublished"}), hAtom ({@code <abbr class="published">}), elements named as
 * dates or bylines (class or id "date", "datum", "posted", "byline", "meta", ...), and every short
 * stretch of visible text (a "chunk": the largest element of at most {@link #MAX_CHUNK} visible
 * characters, or a lone text node in a larger one) read for labelled date lines ("Veröffentlicht
 * am ..."), lines that are only a date, and any other date; where the container states when the
 * page was fetched, also for days given relative to it ("3 hours ago", {@link RelativeDates}),
 * which the scan then notes too. Each candidate carries its
 * {@link DateContext} rejection, so dates in related-story blocks, comment sections, headers,
 * footers, copyright lines, scripts and HTML comments are kept only to be shown as beaten.
 *
 * <p>Dates near the headline are the article's: up to {@link #NEAR_AFTER} elements after it, up to
 * {@link #NEAR_BEFORE} before it inside the headline's own block (a kicker or date above the
 * title, not the end of a list of other stories), or anywhere in the headline's {@code <article>}.
 * The others rank below them all ({@link DateCandidate#far}). Without a headline, every date counts
 * as near.
 *
 * <p><b>Why in two halves.</b> The text extraction walks the untouched body anyway, so the
 * {@link Scan} rides along that walk ({@link Blocks#segment(Element, Blocks.Observer)}): it measures
 * sizes and notes, in document order, the few nodes that may hold a date. Reading them
 * ({@link #walk}), the costly half, runs only when the metadata leaves the day open. Sizes are known only when an element closes, so whether an
 * element is a chunk is settled when its parent closes; sorting the notes by document order gives
 * back the order of a walk from the top, which the per-reason quotas depend on.
 *
 * <p>Bounds: at most 80 standing page-text dates, three rejected ones per reason, and
 * {@link #MAX_SCRIPT_CHARS} characters of script read. Linear in the page: each element's text
 * is gathered for at most one chunk and, when named as a date, for itself.
 */
final class DateWalk {

    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator ARTICLE_PART = QueryParser.parse("article, header, main, [itemprop=articleBody]");

    private static final int MAX_CHUNK = 250;
    private static final int MAX_NAMED_TEXT = 200;
    private static final int MAX_PAGE_TEXT = 80;
    private static final int MAX_REJECTED_PER_REASON = 3;
    private static final int MAX_SCRIPT_CHARS = 4_000;
    private static final int MAX_CHARS_PER_SCRIPT = 1_000;
    private static final int NEAR_BEFORE = 20;
    private static final int NEAR_AFTER = 60;
    static final Set<String> STRONG_NAMES = Set.of("date", "dates", "datum", "fecha", "data", "published", "publish",
            "pubdate", "posted", "postdate", "created", "time", "timestamp", "datetime", "zeit", "dateline", "updated",
            "modified", "stamp");
    private static final Set<String> WEAK_NAMES = Set.of("meta", "metadata", "postmetadata", "info", "byline", "author", "autor",
            "details", "tagline", "subline", "credits", "signature");
    private static final Set<String> UPDATE_NAMES = Set.of("updated", "modified", "update", "lastmod");

    private static final Set<String> DATE_ITEMPROPS = Set.of("datePublished", "dateCreated", "dateModified", "uploadDate");

    /** A candidate with the document position of the element it came from. */
    private record Placed(DateCandidate candidate, int position, Element element) {}

    /** What a noted node asks for when it is read. */
    private enum Reading { COMMENT, TEXT, SCRIPT, TIME, MARKED, CHUNK }

    /**
     * A node to read, with its place in document order ({@code order}: twice its rank among the
     * nodes, plus one for an element's chunk, read after its markup) and the position (element
     * count) a walk from the top stands at there.
     */
    private record Note(long order, Reading reading, Node node, int position, int measured) {
        Note(long order, Reading reading, Node node, int position) {
            this(order, reading, node, position, 0);
        }
    }

    private final DateText.SlashOrder order;
    private final DateContext context;
    /** The stated fetch time, which dates "3 hours ago"; without one such text names no day. */
    private final Optional<Instant> fetched;
    private final List<Placed> out = new ArrayList<>();
    private final Map<String, Integer> rejectedByReason = new HashMap<>();
    private int position;
    private int headlinePosition = -1;
    private int pageTexts;
    private int scriptChars;

    private DateWalk(DateText.SlashOrder order, DateContext context, Optional<Instant> fetched) {
        this.order = order;
        this.context = context;
        this.fetched = fetched;
    }

    /** Reads the nodes the scan noted, in document order. */
    static List<DateCandidate> walk(Scan scan, DateText.SlashOrder order, DateContext context, Optional<Instant> fetched) {
        DateWalk walk = new DateWalk(order, context, fetched);
        if (context.headline() != null) {
            walk.headlinePosition = scan.headingPositions.getOrDefault(context.headline(), -1);
        }
        List<Note> notes = new ArrayList<>(scan.notes);
        notes.sort(Comparator.comparingLong(Note::order));
        for (Note note : notes) {
            walk.position = note.position();
            walk.read(note);
        }
        return walk.placed();
    }

    private void read(Note note) {
        switch (note.reading()) {
            case COMMENT -> {
                Comment comment = (Comment) note.node();
                rejectedText(comment.getData(), DateContext.COMMENT, comment.parent() instanceof Element parent ? parent : null);
            }
            case TEXT -> {
                String value = TextClean.collapse(((TextNode) note.node()).getWholeText());
                if (value.length() <= MAX_CHUNK) {
                    chunk(value, (Element) note.node().parent());
                }
            }
            case SCRIPT -> script((Element) note.node());
            case TIME -> time((Element) note.node());
            case MARKED -> marked((Element) note.node(), note.measured());
            case CHUNK -> chunk(text((Element) note.node()), (Element) note.node());
        }
    }

    static boolean isScript(Element element) {
        // By length first: this runs for every element of the page.
        String name = element.normalName();
        return switch (name.length()) {
            case 5 -> name.equals("style");
            case 6 -> name.equals("script");
            case 8 -> name.equals("noscript") || name.equals("template");
            default -> false;
        };
    }

    private List<DateCandidate> placed() {
        Element headline = context.headline();
        Element article = headline == null ? null : headline.closest(ARTICLE);
        Element block = headline == null || headline.parent() == null || headline.parent().normalName().equals("body")
                ? null : headline.parent();
        List<DateCandidate> candidates = new ArrayList<>(out.size());
        for (Placed p : out) {
            int distance = p.position() - headlinePosition;
            boolean near = headline == null || (distance >= 0 && distance <= NEAR_AFTER)
                    || (distance >= -NEAR_BEFORE && within(p.element(), block))
                    || within(p.element(), article);
            candidates.add(near ? p.candidate() : p.candidate().far());
        }
        return candidates;
    }

    private static boolean within(Element element, Element block) {
        if (block == null) {
            return false;
        }
        for (Element e = element; e != null; e = e.parent()) {
            if (e == block) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first half, a visitor for a walk over the body from its root: sizes for
     * {@link TextSizes} and notes of the nodes that may hold a date. Scripts, styles and templates
     * are passed over whole, as are HTML comments but for their own text.
     */
    static final class Scan {
        private final TextSizes sizes = new TextSizes();
        /** Whether short texts giving a day relative to the fetch time are noted too: only where one is stated. */
        private final boolean relative;
        private final Map<Element, Integer> headingPositions = new IdentityHashMap<>();
        private final List<Note> notes = new ArrayList<>();
        /** Chunks and lone texts whose standing waits on the size of the element around them. */
        private final List<Note> pending = new ArrayList<>();
        // Per open element, by depth: visible characters so far, up to MAX_CHUNK + 1 (times two, plus one for a year),
        // its rank, its position, and where its share of the pending notes begins.
        private int[] measured = new int[64];
        private long[] rankAt = new long[64];
        private int[] positionAt = new int[64];
        private int[] pendingFrom = new int[64];
        private int[] marksAt = new int[64];
        private long rank;
        private int position;
        private int scriptDepth = -1;
        private boolean hiddenText;

        TextSizes sizes() {
            return sizes;
        }

        /** The walk is over: its letter counts serve as sizes where they equal them ({@link TextSizes#counted}). */
        void segmented(Blocks.Result segments) {
            if (!hiddenText) {
                sizes.counted(segments);
            }
        }

        /**
         * One node of the walk from the body down, with a text node's letters and whether any is
         * a digit, and what an element's attributes say ({@link #marks}).
         */
        void head(Node node, int depth, int letters, boolean digits, int marks) {
            // Each kind of node in a method of its own: small methods are the ones the JIT inlines
            // into the walk, which calls this for every node of the page.
            if (scriptDepth >= 0) {
                hiddenText |= letters > 0;
                return;
            }
            rank++;
            if (node instanceof TextNode text) {
                text(text, depth, letters, digits);
            } else if (node instanceof Element element) {
                element(element, depth, marks);
            } else if (node instanceof Comment comment) {
                notes.add(new Note(rank * 2, Reading.COMMENT, comment, position));
            }
        }

        /** A scan that notes what may hold a date, and also relative days ("3 hours ago") when {@code relative}. */
        Scan(boolean relative) {
            this.relative = relative;
        }

        private void text(TextNode text, int depth, int letters, boolean digits) {
            if (depth > 0) {
                int m = TextSizes.measure(text.getWholeText(), letters, digits, MAX_CHUNK);
                if (relative && (m & 1) == 0 && m >> 1 <= MAX_CHUNK && RelativeDates.mayHold(text.getWholeText())) {
                    m |= 1;
                }
                measured[depth - 1] = plus(measured[depth - 1], m);
                if ((m & 1) == 1 && m >> 1 <= MAX_CHUNK) {
                    pending.add(new Note(rank * 2, Reading.TEXT, text, position));
                }
            }
        }

        private void element(Element element, int depth, int marks) {
            position++;
            if (isScript(element)) {
                notes.add(new Note(rank * 2, Reading.SCRIPT, element, position));
                scriptDepth = depth;
                return;
            }
            if (element.normalName().equals("h1") && sizes.heading(element)) {
                headingPositions.put(element, position);
            }
            if (depth >= measured.length) {
                grow(depth * 2);
            }
            marksAt[depth] = marks;
            measured[depth] = 0;
            rankAt[depth] = rank;
            positionAt[depth] = position;
            pendingFrom[depth] = pending.size();
            if (element.normalName().equals("time")) {
                notes.add(new Note(rank * 2, Reading.TIME, element, position));
            }
        }

        private void grow(int depths) {
            measured = Arrays.copyOf(measured, depths);
            rankAt = Arrays.copyOf(rankAt, depths);
            positionAt = Arrays.copyOf(positionAt, depths);
            pendingFrom = Arrays.copyOf(pendingFrom, depths);
            marksAt = Arrays.copyOf(marksAt, depths);
        }

        /** An element whose subtree is done: only elements matter here, a script's end among them. */
        void tail(Element element, int depth) {
            if (scriptDepth >= 0) {
                if (depth == scriptDepth) {
                    scriptDepth = -1;
                }
                return;
            }
            int m = measured[depth];
            if (depth > 0) {
                measured[depth - 1] = plus(measured[depth - 1], m);
            }
            int size = m >> 1;
            boolean year = (m & 1) == 1;
            if (!element.normalName().equals("time") && mayBeMarked(marksAt[depth], year && size <= MAX_NAMED_TEXT)) {
                notes.add(new Note(rankAt[depth] * 2, Reading.MARKED, element, positionAt[depth], m));
            }
            int inside = pendingFrom[depth];
            if (pending.size() > inside) {
                if (depth == 0 || size > MAX_CHUNK) {
                    // Not a chunk, nor inside one: the largest short elements in it are chunks.
                    notes.addAll(pending.subList(inside, pending.size()));
                }
                // Dropped from the end, one by one: no view of the list is made for every element.
                while (pending.size() > inside) {
                    pending.remove(pending.size() - 1);
                }
            }
            if (depth > 0 && size > 0 && size <= MAX_CHUNK && year && !element.normalName().equals("body")) {
                pending.add(new Note(rankAt[depth] * 2 + 1, Reading.CHUNK, element, positionAt[depth]));
            }
        }

        /**
         * Two measures summed, the count stopping past {@link #MAX_CHUNK}: beyond it an element is
         * neither a chunk nor short enough to read, so its exact size does not matter here.
         */
        private static int plus(int measured, int more) {
            int visible = Math.min((measured >> 1) + (more >> 1), MAX_CHUNK + 1);
            return visible * 2 | ((measured | more) & 1);
        }
    }

    /** The opening of a script's code (its whole text may be megabytes; a few are read for the evidence). */
    private void script(Element script) {
        if (scriptChars >= MAX_SCRIPT_CHARS || script.childNodeSize() == 0 || !(script.childNode(0) instanceof DataNode data)
                || script.attr("type").contains("ld+json")) {
            return;
        }
        String code = data.getWholeData();
        String scanned = code.substring(0, Math.min(code.length(), Math.min(MAX_SCRIPT_CHARS - scriptChars, MAX_CHARS_PER_SCRIPT)));
        scriptChars += scanned.length();
        rejectedText(scanned, DateContext.SCRIPT, script);
    }

    private void time(Element time) {
        NameWords words = NameWords.of(time);
        String itemprop = time.attr("itemprop");
        Kind kind = itemprop.equalsIgnoreCase("dateModified") || words.has(UPDATE_NAMES) ? Kind.MODIFIED : Kind.PUBLISHED;
        boolean marked = time.hasAttr("pubdate") || DATE_ITEMPROPS.contains(itemprop) || words.has(STRONG_NAMES);
        int strength = marked ? 0 : time.closest(ARTICLE_PART) != null ? 1 : 2;
        String value = Metadata.firstNonEmpty(time.attr("datetime"), time.attr("content"), time.text());
        Stamp.parse(value).ifPresent(stamp ->
                add(kind, Signal.TIME_ELEMENT, itemprop.isEmpty() ? "time-element" : "itemprop:" + itemprop, stamp, strength, time));
    }

    /** Microdata, hAtom and elements whose class or id names them as a date or a byline. */
    private void marked(Element element, int measured) {
        String itemprop = element.attr("itemprop");
        if (!itemprop.isEmpty() && DATE_ITEMPROPS.contains(itemprop) && !element.normalName().equals("meta")) {
            Kind kind = itemprop.equalsIgnoreCase("dateModified") ? Kind.MODIFIED : Kind.PUBLISHED;
            String value = Metadata.firstNonEmpty(element.attr("content"), element.attr("datetime"), element.attr("title"), element.text());
            Stamp.parse(value).ifPresent(stamp -> add(kind, Signal.TIME_ELEMENT, "itemprop:" + itemprop, stamp, 0, element));
            return;
        }
        boolean readable = (measured & 1) == 1 && measured >> 1 <= MAX_NAMED_TEXT;
        if (!readable && !hasDateAttribute(element)) {
            return;
        }
        NameWords words = NameWords.of(element);
        if (words.isEmpty()) {
            return;
        }
        boolean strong = words.has(STRONG_NAMES);
        if (!strong && !words.has(WEAK_NAMES)) {
            return;
        }
        Kind named = words.has(UPDATE_NAMES) ? Kind.MODIFIED : Kind.PUBLISHED;
        if (element.normalName().equals("abbr") && (words.has(Set.of("published")) || named == Kind.MODIFIED)) {
            Stamp.parse(element.attr("title")).ifPresent(stamp -> add(named, Signal.TIME_ELEMENT,
                    named == Kind.MODIFIED ? "abbr.updated" : "abbr.published", stamp, 0, element));
        }
        for (var attribute : element.attributes()) {
            if (isDateAttribute(attribute.getKey())) {
                Optional<Stamp> stamp = Stamp.parse(attribute.getValue());
                if (stamp.isPresent()) {
                    add(named, Signal.DATE_ELEMENT, "byline-text", stamp.get(), strong ? 0 : 1, element);
                    return;
                }
            }
        }
        if (!readable) {
            return;
        }
        String text = text(element);
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
    }

    /** {@link #marks}: a date itemprop outside meta tags. */
    static final int DATE_ITEMPROP = 1;
    /** {@link #marks}: a date attribute ({@link #isDateAttribute}) beside other attributes. */
    static final int DATE_ATTRIBUTE = 2;
    /** {@link #marks}: a class or id, whose words may name the element a date or a byline. */
    static final int NAMED = 4;

    /**
     * What an element's attributes tell the scan about {@link #marked}, from the one pass over
     * them that {@link PageElements#add} makes for every element.
     */
    static int marks(Element element, String itemprop, boolean dateAttribute, boolean named) {
        boolean dateItemprop = !itemprop.isEmpty() && DATE_ITEMPROPS.contains(itemprop) && !element.normalName().equals("meta");
        return (dateItemprop ? DATE_ITEMPROP : 0) | (dateAttribute && element.attributesSize() > 1 ? DATE_ATTRIBUTE : 0)
                | (named ? NAMED : 0);
    }

    /**
     * Whether {@link #marked} could find anything: a date itemprop, or a class or id (whose
     * words it needs) with a short text holding a year or a date attribute. Most short texts with
     * a year sit in elements of neither kind.
     */
    private static boolean mayBeMarked(int marks, boolean shortWithYear) {
        return (marks & DATE_ITEMPROP) != 0 || (marks & NAMED) != 0 && (shortWithYear || (marks & DATE_ATTRIBUTE) != 0);
    }

    private static boolean hasDateAttribute(Element element) {
        if (element.attributesSize() <= 1) {
            return false;
        }
        for (var attribute : element.attributes()) {
            if (isDateAttribute(attribute.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** Attributes where templates put a machine-readable date: datetime, title, content, data-*date*, data-*time*. */
    static boolean isDateAttribute(String key) {
        return key.equals("datetime") || key.equals("title") || key.equals("content")
                || key.startsWith("data-") && (key.contains("date") || key.contains("time"));
    }

    /** A short stretch of visible text: labelled date lines, date-only lines, then any date. */
    private void chunk(String text, Element holder) {
        List<DateText.Found> dates = DateText.all(text, order);
        if (!dates.isEmpty()) {
            String rejection = context.rejection(holder);
            if (rejection.isEmpty() && DateContext.isCopyright(text)) {
                rejection = DateContext.COPYRIGHT;
            }
            read(text, dates, DateLabels.dateOnly(text, dates), rejection, holder, "page-text", "text-line");
            return;
        }
        // Days given relative to the fetch time ("Posted 3 hours ago"), where one is stated.
        List<DateText.Found> days = fetched.map(at -> RelativeDates.all(text, at)).orElse(List.of());
        if (!days.isEmpty()) {
            read(text, days, false, context.rejection(holder), holder, "relative-text", "relative-line");
        }
    }

    /**
     * The dates found in a stretch of text: each labelled one ("Veröffentlicht am", "Updated") or,
     * in a line that is only a date, each one is a text line; any other is loose page text.
     */
    private void read(String text, List<DateText.Found> dates, boolean dateOnly, String rejection, Element holder,
                      String looseName, String labelledName) {
        int previousEnd = 0;
        for (DateText.Found found : dates) {
            DateLabels.Label label = DateLabels.label(text, found, previousEnd);
            previousEnd = found.end();
            if (label == DateLabels.Label.NONE && !dateOnly) {
                if (rejection.isEmpty() ? pageTexts++ < MAX_PAGE_TEXT : quota(rejection)) {
                    place(DateCandidate.of(Kind.PUBLISHED, Signal.PAGE_TEXT, looseName, stamp(found), 0, rejection), holder);
                }
                continue;
            }
            Kind kind = label == DateLabels.Label.MODIFIED ? Kind.MODIFIED : Kind.PUBLISHED;
            String name = label == DateLabels.Label.NONE ? "date-line" : labelledName;
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
     * reads "Mai 06 2018"). Callers ask only for short elements.
     */
    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        // Whether white space stands at the end of what is collapsed so far: each text is cleaned
        // as it comes, instead of the whole being joined first and cleaned after.
        boolean[] space = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    space[0] = TextClean.collapseInto(t.getWholeText(), text, space[0]);
                } else if (node instanceof Element e) {
                    space[0] = true;
                    return isScript(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    space[0] = true;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return text.toString();
    }
}
