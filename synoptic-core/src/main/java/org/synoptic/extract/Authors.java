package org.synoptic.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.synoptic.model.Evidence;

/**
 * The article's authors as a list of person names. Signals, in priority order: JSON-LD authors
 * (not those typed as organizations), author meta tags, {@code rel=author} links,
 * {@code itemprop=author}, a line that starts "By" and links to an author page, byline elements of the
 * page, a short line that starts "By" among the first elements after the headline, and the byline
 * line of the article text (or its Korean, Japanese or Chinese reporter
 * credit, {@link CjkBylines}); page elements in comments, forms, or the teaser
 * cards of other articles do not count. Page bylines are read in page order up to the first one
 * that only repeats names already found: the article's own byline comes first and is often
 * repeated, and what follows belongs to other articles. Each raw value becomes
 * names through {@link PersonNames}; the first signal that yields a name wins, and a later signal
 * that credits every one of those names and more replaces it (meta tags often keep only the
 * first of several authors); a page signal replaces stated metadata only when one of its elements
 * does so, as names gathered from several elements are often other articles'. Where the visible byline credits an organisation ("By 7 News WHDH")
 * and no visible signal names a person, the metadata's person is not taken: the page credits no one.
 * Desks, editors and contributors the page credits as such ("Edited by X", "X contributed") are no
 * writers wherever else they are named.
 *
 * <p>Bounds: at most the first {@value #MAX_BYLINES} byline elements and author-page links are
 * read, and {@value #MAX_BEATEN} beaten candidates kept as evidence.
 */
final class Authors {

    static final int MAX_BYLINES = 30;
    private static final int MAX_CARD_DEPTH = 8;
    private static final int MAX_CARD_PARAGRAPHS = 3;
    /** A card's title comes a few elements before its byline: an image, a dek, a date between. */
    private static final int CARD_PARTS_BEFORE = 4;
    private static final int MAX_BYLINE_CHARS = 200;
    private static final int MAX_BYLINE_NODES = 8;
    private static final int ELEMENTS_AFTER_HEADLINE = 15;
    private static final int MAX_MIDDLE_WORDS = 2;
    private static final int LEAD_TEST_CHARS = 20;
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4");
    private static final int MIN_TITLE_WORDS = 4;
    private static final List<String> PHOTO_WORDS = List.of("image", "photo", "foto", "caption", "picture");
    private static final Pattern EDITOR_CREDIT = Pattern.compile(
            "(?iu)\\s*(?:editor|editora|edited\\s+by|editado\\s+por|redaktur|penyunting|редактор)\\s*:?\\s+");
    /** The sentence before "contributed": "Natasha Korecki and Allan Smith contributed (to this report)". */
    private static final Pattern CONTRIBUTOR_CREDIT = Pattern.compile("(?iu)(?:^|[.!?]\\s+)([^.!?]{3,120}?)\\s+(?:also\\s+)?contributed\\b");
    private static final Pattern DESK_CREDIT = Pattern.compile(
            "(?iu)(.+?)\\s+(?:editorial\\s+|news\\s+)?(?:staff|team|desk|newsroom)");
    /**
     * Links to an author's page ("/author/jane-doe", "/autor-in/...", "/people/..."): a byline when
     * the line holding one starts with a byline prefix ("Von Simin Jawabreh"); menus of columnists
     * and links to people named in the text do not.
     */
    private static final List<String> AUTHOR_PAGES = List.of(
            "/author/", "/authors/", "/autor/", "/autor-in/", "/autoren/", "/auteur/", "/auteurs/", "/autore/", "/people/",
            "/journalist/", "/journalists/", "/reporter/", "/staff/");
    private static final int MAX_BEATEN = 10;

    /** The names chosen and what decided them; {@code evidence} is empty when no signal names a person. */
    record Decision(List<String> names, Optional<Evidence> evidence) {
        static final Decision NONE = new Decision(List.of(), Optional.empty());
    }

    private Authors() {}

    /** The page's author claims in priority order; the caller adds the text's byline last. */
    static List<Claim> claims(PageElements page, MetaTags meta, JsonLd.Facts ld) {
        List<Claim> claims = new ArrayList<>();
        Seen seen = new Seen();
        ld.authors().forEach(a -> claims.add(new Claim("json-ld", a)));
        for (String key : List.of("author", "article:author", "og:article:author", "sailthru.author", "parsely-author", "dc.creator", "byl")) {
            meta.all(key).forEach(a -> claims.add(new Claim("meta:" + key, a)));
        }
        for (Element link : page.relAuthors) {
            if (isOwn(link, seen)) {
                claims.add(new Claim("rel=author", link.text()));
            }
        }
        for (Element author : page.itempropAuthors) {
            Element name = author.selectFirst(ITEMPROP_NAME);
            Element source = name == null ? author : name;
            if (isOwn(author, seen)) {
                claims.add(new Claim("itemprop=author", source.hasAttr("content") ? source.attr("content") : source.text()));
            }
        }
        List<Element> prefixed = new ArrayList<>();
        for (Element link : page.authorPageLinks) {
            Element line = link.parent();
            if (line == null || line.childNodeSize() > MAX_BYLINE_NODES) {
                continue;
            }
            String text = line.text();
            if (text.length() <= MAX_BYLINE_CHARS && PersonNames.startsWithPrefix(text)) {
                prefixed.add(line);
            }
        }
        bylines(prefixed, "author-link", claims, seen);
        bylines(page.bylines, "byline", claims, seen);
        if (!page.h1s.isEmpty()) {
            bylines(prefixedAfter(page.h1s.get(0)), "headline-byline", claims, seen);
        }
        return claims;
    }

    /**
     * Short lines that start with a byline prefix ("By Urs Gassner", "von Nicolas Schlippe")
     * among the first elements after the headline, whatever their class: the byline where the
     * page names it nothing.
     */
    private static List<Element> prefixedAfter(Element headline) {
        List<Element> found = new ArrayList<>();
        Element e = headline;
        for (int seen = 0; seen < ELEMENTS_AFTER_HEADLINE; seen++) {
            e = nextInOrder(e, seen == 0);
            if (e == null) {
                break;
            }
            if (e.childNodeSize() <= MAX_BYLINE_NODES && PersonNames.mayStartWithLead(firstText(e)) && isShort(e)
                    && PersonNames.startsWithPrefix(e.text())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The start of the element's first text that is not blank: where a byline's prefix would be. */
    private static String firstText(Element e) {
        Node node = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (node != null) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                int start = 0;
                while (start < whole.length() && Character.isWhitespace(whole.charAt(start))) {
                    start++;
                }
                if (start < whole.length()) {
                    // A lead word is short: its first letters are all the test needs.
                    return whole.substring(start, Math.min(whole.length(), start + LEAD_TEST_CHARS));
                }
            }
            if (node instanceof Element && node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != null && node.nextSibling() == null && node.parent() != e) {
                node = node.parent();
            }
            node = node == null ? null : node.nextSibling();
        }
        return "";
    }

    /** At most {@value #MAX_BYLINE_CHARS} characters of text, told without gathering a long text. */
    private static boolean isShort(Element e) {
        int[] chars = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode text) {
                chars[0] += text.getWholeText().length();
            }
            return chars[0] > MAX_BYLINE_CHARS ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, e);
        return chars[0] <= MAX_BYLINE_CHARS;
    }

    /** The next element in document order; from the headline, past its own children. */
    private static Element nextInOrder(Element e, boolean skipChildren) {
        Element child = skipChildren ? null : e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = e; at != null; at = at.parent()) {
            Element next = at.nextElementSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    /**
     * The page's bylines in page order; once one stands inside an {@code <article>}, those inside
     * another {@code <article>} credit that one (a stream of stories on one page).
     */
    private static void bylines(List<Element> elements, String signal, List<Claim> claims, Seen seen) {
        Element firstArticle = null;
        for (Element byline : elements.subList(0, Math.min(MAX_BYLINES, elements.size()))) {
            if (isPhotoCredit(byline) || !isOwn(byline, seen)) {
                continue;
            }
            Element article = byline.closest(ARTICLE);
            if (article != null && firstArticle != null && article != firstArticle) {
                continue;
            }
            firstArticle = firstArticle == null ? article : firstArticle;
            claims.add(new Claim(signal, byline.text()));
        }
    }

    /** A byline named as an image's or a caption's ("byline-image", "photo-credit"): it credits a photographer. */
    private static boolean isPhotoCredit(Element byline) {
        for (String word : PHOTO_WORDS) {
            if (TextClean.containsIgnoreCase(byline.className(), word) || TextClean.containsIgnoreCase(byline.id(), word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAuthorPage(String href) {
        if (href.length() < 8) {
            return false;
        }
        // Only where a slash opens a segment with one of the pages' first letters: a page has
        // hundreds of links, each with a few slashes.
        for (int slash = href.indexOf('/'); slash >= 0 && slash + 2 < href.length(); slash = href.indexOf('/', slash + 1)) {
            // Every page's path starts with one of "/au", "/pe", "/jo", "/re", "/st".
            String opening = switch (href.charAt(slash + 1)) {
                case 'a' -> "u";
                case 'p' -> "e";
                case 'j' -> "o";
                case 'r' -> "e";
                case 's' -> "t";
                default -> "";
            };
            if (opening.isEmpty() || href.charAt(slash + 2) != opening.charAt(0)) {
                continue;
            }
            for (String page : AUTHOR_PAGES) {
                if (href.startsWith(page, slash)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Not in a comment, a form, the teaser card of another article, or a link that also holds
     * another article's title ({@link #holdsOtherTitle}). {@code seen} keeps what is
     * known of each element: whether it lies in a form or comments, and whether a card is another
     * article's; the bylines of a page share most of their ancestors.
     */
    private static boolean isOwn(Element element, Seen seen) {
        if (seen.inFormOrComments(element)) {
            return false;
        }
        int depth = 1;
        Element child = element;
        for (Element e = element.parent(); e != null && depth <= MAX_CARD_DEPTH; child = e, e = e.parent(), depth++) {
            if (e.normalName().equals("a") && holdsOtherTitle(e, element)) {
                return false;
            }
            if (isCardShaped(e) || headingBefore(child)) {
                // The nearest card-shaped ancestor decides.
                return !seen.cards.computeIfAbsent(e, Authors::isCard);
            }
        }
        return true;
    }

    /**
     * One link around a title and, beside it, a byline: the teaser of another article, linked
     * whole. A title is a heading, or an element named as one ("related-links-title") with a
     * headline's words (at least {@value #MIN_TITLE_WORDS}: a job title beside a name on a link
     * to the author's profile has fewer). A heading that is the byline itself, or holds it, is the
     * author's name on such a link.
     */
    private static boolean holdsOtherTitle(Element link, Element byline) {
        for (Element e : link.getAllElements()) {
            if (e != link && isTitle(e) && !isWithin(byline, e) && !isWithin(e, byline)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(Element e) {
        if (HEADING_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String className = e.attributes().get("class");
        return (TextClean.containsIgnoreCase(className, "title") || TextClean.containsIgnoreCase(className, "headline"))
                && BoilerplateLines.wordCount(e.text()) >= MIN_TITLE_WORDS;
    }

    private static boolean isWithin(Element inner, Element outer) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #isOwn} learnt of a page's elements. */
    private static final class Seen {
        private final Map<Element, Boolean> cards = new IdentityHashMap<>();
        private final Map<Element, Boolean> formOrComments = new IdentityHashMap<>();

        /** Whether the element or an ancestor is a form or comments, each element judged once. */
        boolean inFormOrComments(Element element) {
            List<Element> path = new ArrayList<>();
            boolean inside = false;
            for (Element e = element; e != null; e = e.parent()) {
                Boolean known = formOrComments.get(e);
                if (known != null) {
                    inside = known;
                    break;
                }
                path.add(e);
                if (isFormOrComments(e)) {
                    inside = true;
                    break;
                }
            }
            for (Element e : path) {
                formOrComments.put(e, inside);
            }
            return inside;
        }
    }

    /** {@code form, [class*=comment], [id*=comment]}, without a selector's copies of every class name. */
    private static boolean isFormOrComments(Element e) {
        return e.normalName().equals("form") || e.attributesSize() > 0
                && (TextClean.containsIgnoreCase(e.attributes().get("class"), "comment")
                || TextClean.containsIgnoreCase(e.attributes().get("id"), "comment"));
    }

    /**
     * {@code article, li, [class*=teaser], [class*=card]}: what may be the card of another article.
     * A block holding a subheading before the byline may be one too ({@link #headingBefore}).
     */
    private static boolean isCardShaped(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("li")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String className = e.attributes().get("class");
        return TextClean.containsIgnoreCase(className, "teaser") || TextClean.containsIgnoreCase(className, "card");
    }

    /**
     * Whether one of the few siblings before the element ({@value #CARD_PARTS_BEFORE}) is a
     * subheading, or a linked title ({@link #isLinkedTitle}): the block holding both is shaped as
     * a card (title, dek, byline) whatever its class is called.
     */
    private static boolean headingBefore(Element element) {
        int seen = 0;
        for (Element e = element.previousElementSibling(); e != null && seen++ < CARD_PARTS_BEFORE; e = e.previousElementSibling()) {
            String tag = e.normalName();
            if (tag.equals("h2") || tag.equals("h3") || tag.equals("h4") || isLinkedTitle(e)) {
                return true;
            }
        }
        return false;
    }

    /** An element named as a title ("offerer-title", "thumbnail__title") around a link: another article's, in a card. */
    private static boolean isLinkedTitle(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String className = e.attributes().get("class");
        return (TextClean.containsIgnoreCase(className, "title") || TextClean.containsIgnoreCase(className, "headline"))
                && e.selectFirst(LINK) != null;
    }

    /**
     * A card (an article, list item or teaser, the nearest one around a byline) that links to
     * another article under a heading, and has neither the page's h1 nor more than a few
     * paragraphs: the card of another article. One walk over the card, which stops as soon as it
     * knows: the card around a byline is often the whole article.
     */
    private static boolean isCard(Element card) {
        boolean linkedHeading = false;
        int paragraphs = 0;
        for (Iterator<Element> elements = card.stream().iterator(); elements.hasNext(); ) {
            Element e = elements.next();
            switch (e.normalName()) {
                case "h1" -> {
                    return false;
                }
                case "p" -> paragraphs++;
                case "h2", "h3", "h4" -> linkedHeading = linkedHeading || e.closest(LINK) != null || e.selectFirst(LINK) != null;
                default -> linkedHeading = linkedHeading || isLinkedTitle(e);
            }
            if (paragraphs > MAX_CARD_PARAGRAPHS) {
                return false;
            }
        }
        return linkedHeading;
    }

    static Decision choose(List<Claim> claims, SiteNames site) {
        Map<String, Map<String, String>> bySignal = new LinkedHashMap<>();
        Map<Claim, List<String>> namesOf = new java.util.IdentityHashMap<>();
        java.util.Set<String> closed = new java.util.HashSet<>();
        Map<String, List<String>> statedNames = new java.util.HashMap<>();
        Map<String, List<String>> otherNames = new java.util.HashMap<>();
        Set<String> desks = desks(claims);
        desks.addAll(editorsAndContributors(claims, site));
        for (Claim claim : claims) {
            Map<String, String> names = bySignal.computeIfAbsent(claim.signal(), s -> new LinkedHashMap<>());
            if (closed.contains(claim.signal()) || claim.value().isBlank()) {
                continue;
            }
            // Bylines repeat (nested author elements, the same name in several places): read each text once.
            boolean stated = isStated(claim);
            List<String> found = (stated ? statedNames : otherNames).computeIfAbsent(claim.value(),
                    v -> PersonNames.of(v, site, stated).stream().filter(name -> !desks.contains(TextClean.key(name))).toList());
            namesOf.put(claim, found);
            if (found.isEmpty()) {
                continue;
            }
            int before = names.size();
            found.forEach(name -> names.putIfAbsent(TextClean.key(name), name));
            if (isPageByline(claim) && before > 0 && names.size() == before) {
                // The article's own byline comes first and is often repeated; what follows a
                // repeat belongs to other articles on the page.
                closed.add(claim.signal());
            }
        }
        String winner = null;
        for (Map.Entry<String, Map<String, String>> signal : bySignal.entrySet()) {
            Map<String, String> names = signal.getValue();
            if (names.isEmpty()) {
                continue;
            }
            if (winner == null || addsCoAuthors(names, bySignal.get(winner))
                    && (isStated(signal.getKey()) || !isStated(winner) || oneClaimAdds(signal.getKey(), bySignal.get(winner), namesOf))) {
                winner = signal.getKey();
            }
        }
        if (winner == null || isStated(winner) && creditsOrganisation(claims, namesOf)) {
            return Decision.NONE;
        }
        List<String> names = isStated(winner) ? asShown(bySignal.get(winner).values(), claims, namesOf)
                : List.copyOf(bySignal.get(winner).values());
        List<Evidence.Candidate> beaten = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.signal().equals(winner) || claim.value().isBlank() || beaten.size() >= MAX_BEATEN) {
                continue;
            }
            List<String> found = namesOf.getOrDefault(claim, List.of());
            beaten.add(new Evidence.Candidate(claim.signal(), claim.value(), !namesOf.containsKey(claim)
                    ? "after the article's own byline" : found.isEmpty() ? "names no person (an outlet, role, date or address)"
                    : "lower priority or fewer names"));
        }
        return new Decision(names, Optional.of(new Evidence(winner, String.join(", ", names), beaten)));
    }

    /**
     * The desks the page credits ("Practical Horseman Editorial Staff", "Harbour Herald Team"): the
     * words before a desk word name the desk, never a person, in every claim of the page, though
     * the name alone ("Practical Horseman") reads like one.
     */
    private static Set<String> desks(List<Claim> claims) {
        Set<String> desks = new java.util.HashSet<>();
        for (Claim claim : claims) {
            String value = claim.value();
            if (TextClean.containsIgnoreCase(value, "staff") || TextClean.containsIgnoreCase(value, "team")
                    || TextClean.containsIgnoreCase(value, "desk") || TextClean.containsIgnoreCase(value, "newsroom")) {
                Matcher desk = DESK_CREDIT.matcher(PersonNames.withoutLead(TextClean.collapse(value)));
                if (desk.matches()) {
                    desks.add(TextClean.key(desk.group(1)));
                }
            }
        }
        return desks;
    }

    /**
     * The people the page credits as its editors ("Редактор: Елин Димитров", "Edited by Jane
     * Doe") or as contributors to the report ("Natasha Korecki and Allan Smith contributed."): an
     * editor or contributor named elsewhere on the page (JSON-LD, microdata, meta tags) is not
     * one of its writers.
     */
    private static Set<String> editorsAndContributors(List<Claim> claims, SiteNames site) {
        Set<String> credited = new java.util.HashSet<>();
        for (Claim claim : claims) {
            String value = claim.value();
            Matcher editor = EDITOR_CREDIT.matcher(value);
            if (value.length() < MAX_BYLINE_CHARS && editor.lookingAt()) {
                PersonNames.of(value.substring(editor.end()), site, false).forEach(name -> credited.add(TextClean.key(name)));
            }
            if (TextClean.containsIgnoreCase(value, "contributed")) {
                Matcher contributors = CONTRIBUTOR_CREDIT.matcher(TextClean.collapse(value));
                while (contributors.find()) {
                    PersonNames.of(contributors.group(1), site, false).forEach(name -> credited.add(TextClean.key(name)));
                }
            }
        }
        return credited;
    }

    /**
     * The metadata's names as the page shows them where it gives a fuller form of the same name
     * ("Timothy Nerozzi" in JSON-LD, "Timothy H.J. Nerozzi" in the byline): the first such form in
     * claim order.
     */
    private static List<String> asShown(java.util.Collection<String> stated, List<Claim> claims, Map<Claim, List<String>> namesOf) {
        List<String> shown = new ArrayList<>();
        for (String name : stated) {
            shown.add(fullerForm(name, claims, namesOf).orElse(name));
        }
        return List.copyOf(shown);
    }

    private static Optional<String> fullerForm(String name, List<Claim> claims, Map<Claim, List<String>> namesOf) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return Optional.empty();
        }
        for (Claim claim : claims) {
            if (isStated(claim)) {
                continue;
            }
            for (String other : namesOf.getOrDefault(claim, List.of())) {
                String[] otherWords = other.split(" ");
                if (otherWords.length > words.length && otherWords.length <= words.length + MAX_MIDDLE_WORDS
                        && otherWords[0].equalsIgnoreCase(words[0])
                        && otherWords[otherWords.length - 1].equalsIgnoreCase(words[words.length - 1])
                        && !TextClean.containsIgnoreCase(other.substring(otherWords[0].length()), words[0])) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether one claim of a page signal names all of the metadata's authors and more ("By A and
     * B" beside a JSON-LD that keeps only A): names gathered from several elements (microdata on
     * the cards of other articles) do not add co-authors to what the metadata states.
     */
    private static boolean oneClaimAdds(String signal, Map<String, String> chosen, Map<Claim, List<String>> namesOf) {
        for (Map.Entry<Claim, List<String>> claim : namesOf.entrySet()) {
            if (claim.getKey().signal().equals(signal) && claim.getValue().size() > chosen.size()
                    && claim.getValue().stream().map(TextClean::key).toList().containsAll(chosen.keySet())) {
                return true;
            }
        }
        return false;
    }

    /** Every name already chosen and at least one more that is not a longer form of one of them. */
    private static boolean addsCoAuthors(Map<String, String> names, Map<String, String> chosen) {
        if (names.size() <= chosen.size() || !names.keySet().containsAll(chosen.keySet())) {
            return false;
        }
        return names.keySet().stream().filter(k -> !chosen.containsKey(k)).noneMatch(k -> chosen.keySet().stream().anyMatch(k::startsWith));
    }

    private static boolean isPageByline(Claim claim) {
        return claim.signal().equals("byline") || claim.signal().equals("author-link");
    }

    /** Metadata that names the author on purpose, as opposed to page text that looks like a byline. */
    private static boolean isStated(Claim claim) {
        return isStated(claim.signal());
    }

    private static boolean isStated(String signal) {
        return signal.equals("json-ld") || signal.startsWith("meta:");
    }

    /**
     * Whether the page's visible byline credits an organisation ("By 7 News WHDH", "Por: Agencia
     * Reforma") and no visible signal names a person: the page shows who it credits, and the
     * metadata's person (often the desk's editor or the content system's user) is not shown as
     * the writer.
     */
    private static boolean creditsOrganisation(List<Claim> claims, Map<Claim, List<String>> namesOf) {
        boolean organisation = false;
        for (Claim claim : claims) {
            if (isStated(claim) || claim.value().isBlank()) {
                continue;
            }
            List<String> found = namesOf.get(claim);
            if (found != null && !found.isEmpty()) {
                return false;
            }
            organisation |= found != null && PersonNames.creditsOrganisation(claim.value());
        }
        return organisation;
    }

    /** The list behind an author field a container states ("A, B"), taken as given. */
    static List<String> split(String joined) {
        List<String> out = new ArrayList<>();
        for (String name : joined.split(",")) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return List.copyOf(out);
    }
}
