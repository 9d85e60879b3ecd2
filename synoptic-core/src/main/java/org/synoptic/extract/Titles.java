package org.synoptic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.synoptic.model.Evidence;

/**
 * The article's headline from its title signals: JSON-LD headline, og:title, twitter:title, the
 * page's {@code <h1>} headings and {@code <title>}. Each is first stripped of the outlet's name
 * ({@link TitleParts}): as the metadata gives it, and as the page's links to its own front page
 * show it (their text or their logo's alternative text); then the signals are reconciled:
 * <ol>
 *   <li>an {@code <h1>} that another signal confirms (same words, or the main part of it, as in
 *       "Opinion | Headline - Outlet") is the headline as the page shows it, and wins;</li>
 *   <li>else an {@code <h1>} that shares words with the other signals (an edited variant of the
 *       same headline) wins, as does the first one when the page has no title metadata but its
 *       {@code <title>}; one that shares no word with JSON-LD or Open Graph is site furniture (a
 *       widget); a heading that links to the front page is the logo and never counts;</li>
 *   <li>else the metadata value most other signals agree with wins, ties going to JSON-LD, then
 *       og:title, twitter:title and {@code <title>}, in that order.</li>
 * </ol>
 * A headline cut short (JSON-LD headlines often stop at 110 characters) gives way to the signal
 * that continues it; an {@code <h1>} that runs on into its subtitle is cut where a signal stops;
 * where two metadata titles set different labels off after the same start ("Headline--Outlet",
 * "Headline -- Outlet / Section"), that start is the headline, though neither label names a site
 * the page states.
 *
 * <p>Bounds: at most {@value #MAX_H1} headings are read. Cost is quadratic in the number of
 * signals (at most about a dozen) and linear in their length.
 */
final class Titles {

    static final int MAX_H1 = 8;
    private static final int MIN_SHARED_WORDS = 2;
    /** A site name before the headline ("Blog: Post") is short; a longer leading part is the headline itself. */
    private static final int MAX_LEADING_NAME_WORDS = 4;
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator HIDDEN = QueryParser.parse("[hidden], [style~=display:\\s*none]");
    private static final int MAX_KICKER_WORDS = 5;
    private static final int MAX_SITE_NAME_WORDS = 6;
    private static final Evaluator LOGO = QueryParser.parse("img[alt]");
    private static final Pattern CLICK_TO = Pattern.compile("location(?:\\.href)?\\s*=\\s*['\"](https?://[^'\"]+)['\"]");

    private Titles() {}

    /** The page's title claims in priority order (JSON-LD, og, twitter, h1 headings, title). */
    static List<Claim> claims(PageElements page, MetaTags meta, JsonLd.Facts ld) {
        List<Claim> claims = new ArrayList<>();
        ld.headlines().forEach(h -> claims.add(new Claim("json-ld", unescaped(h))));
        claims.add(new Claim("meta:og:title", unescaped(meta.first("og:title"))));
        claims.add(new Claim("meta:twitter:title", unescaped(meta.first("twitter:title"))));
        List<String> metadataTitles = claims.stream().map(Claim::value).filter(v -> !v.isBlank()).toList();
        int read = 0;
        for (Element h1 : page.h1s) {
            if (read++ >= MAX_H1) {
                break;
            }
            if (!isLogo(h1)) {
                claims.add(new Claim("h1", withoutKicker(h1, shownText(h1), metadataTitles)));
            }
        }
        claims.add(new Claim("title", page.document.title()));
        return claims;
    }

    /**
     * The heading without a kicker set apart in an element of its own at its start ("<span
     * class="roofline">Wow, wow, wow!</span>Manuela Reimann: ..."), where the metadata's title
     * is the rest: shown on a line of its own above the headline, the kicker is not part of it.
     */
    private static String withoutKicker(Element heading, String shown, List<String> metadataTitles) {
        Element first = heading.firstElementChild();
        if (first == null || metadataTitles.isEmpty() || !(heading.firstChild() == first
                || heading.firstChild() instanceof TextNode t && t.isBlank() && t.nextSibling() == first)) {
            return shown;
        }
        String kicker = first.text();
        if (kicker.isEmpty() || !shown.startsWith(kicker) || BoilerplateLines.wordCount(kicker) > MAX_KICKER_WORDS) {
            return shown;
        }
        String rest = shown.substring(kicker.length()).strip();
        for (String title : metadataTitles) {
            String collapsed = TextClean.collapse(title);
            if (!rest.isEmpty() && collapsed.startsWith(rest) && (collapsed.equals(rest) || TitleParts.isMainPart(rest, collapsed))) {
                return rest;
            }
        }
        return shown;
    }

    /**
     * The heading's text without what the page hides ({@code style="display:none"}, the
     * {@code hidden} attribute): an editor's button inside the heading ("CC-Editor öffnen").
     */
    private static String shownText(Element heading) {
        Element hidden = heading.selectFirst(HIDDEN);
        if (hidden == null) {
            return heading.text();
        }
        Element shown = heading.clone();
        shown.select(HIDDEN).remove();
        return shown.text();
    }

    /**
     * A metadata title escaped twice ("Australian &amp;#039;megablaze&amp;#039;" in the HTML) as
     * the publisher meant it: what a reader of the shared link sees. Headings and the
     * {@code <title>} are shown as parsed, where "&amp;amp;" is meant.
     */
    private static String unescaped(String title) {
        int amp = title.indexOf('&');
        return amp >= 0 && title.indexOf(';', amp) > 0 ? Parser.unescapeEntities(title, false) : title;
    }

    /**
     * A heading that links to the site's front page, or goes there when clicked
     * ({@code onclick="location.href='https://outlet.example'"}), is the site's logo, not a headline.
     */
    private static boolean isLogo(Element h1) {
        Element link = Optional.ofNullable(h1.closest(LINK)).orElse(h1.selectFirst(LINK));
        if (link == null) {
            Matcher click = CLICK_TO.matcher(h1.attr("onclick"));
            return click.find() && UrlShape.path(click.group(1)).equals("/");
        }
        String href = link.attr("href").strip();
        String absolute = PageElements.absoluteHref(link);
        return href.equals("/") || href.equals("./") || (!absolute.isEmpty() && UrlShape.path(absolute).equals("/"));
    }

    /**
     * What the page's links to its own front page say the site is called: their text, or the
     * alternative text of the logo inside them ("Kaspi Notes"), where short enough to be a name.
     * A link to another site's front page names that site.
     */
    static List<String> frontPageNames(PageElements page, String url) {
        if (page.frontPageLinks.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        String host = Metadata.host(url);
        for (Element link : page.frontPageLinks) {
            String href = link.attr("href").strip();
            if (href.startsWith("http") && !isOnHost(href, host)) {
                continue;
            }
            String text = link.text();
            if (text.isEmpty()) {
                Element logo = link.selectFirst(LOGO);
                text = logo == null ? "" : TextClean.collapse(logo.attr("alt"));
            }
            if (!text.isEmpty() && BoilerplateLines.wordCount(text) <= MAX_SITE_NAME_WORDS) {
                names.add(text);
            }
        }
        return names;
    }

    /**
     * Whether an absolute front-page address ("https://www.outlet.example/") is on {@code host}, as
     * {@link Metadata#host} names hosts (lower case, without "www."); read from the address itself,
     * as parsing a URI for every link costs more than the rest of this.
     */
    static boolean isOnHost(String href, String host) {
        int start = href.indexOf("://") + 3;
        if (host.isEmpty() || start < 3) {
            return false;
        }
        int end = start;
        while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        if (href.regionMatches(true, start, "www.", 0, 4)) {
            start += 4;
        }
        return end - start == host.length() && href.regionMatches(true, start, host, 0, host.length());
    }

    /** The headline with the signal that decided it and the candidates it beat; empty when no signal has one. */
    static Optional<Evidence> choose(List<Claim> claims, SiteNames pageSite) {
        SiteNames site = pageSite.with(headingsNamingTheSite(claims, pageSite));
        List<Claim> h1s = new ArrayList<>();
        List<Claim> metadata = new ArrayList<>();
        Map<Claim, String> strippedOf = new IdentityHashMap<>();
        // og:title, twitter:title and the JSON-LD headline most often repeat one string: strip it once.
        Map<String, String> strippedValues = new HashMap<>();
        for (Claim claim : claims) {
            String value = claim.value().isBlank() ? "" : strippedValues.computeIfAbsent(claim.value(), v -> TitleParts.strip(v, site));
            strippedOf.put(claim, value);
            if (value.isEmpty() || site.names(value)) {
                continue;
            }
            Claim stripped = new Claim(claim.signal(), value);
            (claim.signal().equals("h1") ? h1s : metadata).add(stripped);
        }
        if (h1s.isEmpty() && metadata.isEmpty()) {
            return Optional.empty();
        }
        Claim winner = confirmedHeading(h1s, metadata);
        String value = winner == null ? "" : runOnCut(winner.value(), metadata);
        if (winner == null) {
            boolean onlyTitle = metadata.stream().allMatch(m -> m.signal().equals("title"));
            winner = h1s.stream().filter(h -> onlyTitle || sharesWords(h.value(), metadata)).findFirst().orElse(null);
            value = winner == null ? "" : winner.value();
        }
        if (winner == null) {
            winner = mostAgreed(metadata);
            value = refined(winner.value(), metadata);
        }
        List<Evidence.Candidate> beaten = new ArrayList<>();
        // Other signals naming the same headline confirm it; other metadata titles contradict it
        // (a heading no signal matches is site furniture, and a title naming the site names no headline).
        int agreeing = 0;
        int conflicting = 0;
        for (Claim claim : claims) {
            String stripped = strippedOf.get(claim);
            if (claim.value().isBlank() || (claim.signal().equals(winner.signal()) && stripped.equals(winner.value()))) {
                continue;
            }
            boolean named = !stripped.isEmpty() && !site.names(stripped);
            boolean agrees = named && TitleParts.agree(stripped, value);
            beaten.add(new Evidence.Candidate(claim.signal(), claim.value(), reason(named, agrees, stripped.equals(value), winner, claim)));
            if (agrees) {
                agreeing++;
            } else if (named && !claim.signal().equals("h1")) {
                conflicting++;
            }
        }
        return Optional.of(new Evidence(winner.signal(), value, Evidence.Confidence.of(agreeing, conflicting, false), beaten));
    }

    /** Why a title claim lost: {@code named} when it names something besides the site, {@code agrees} when that is the headline. */
    private static String reason(boolean named, boolean agrees, boolean same, Claim winner, Claim claim) {
        if (!named) {
            return "names the site, not the article";
        }
        if (agrees) {
            return same ? "same headline" : "same headline with a label, site name or cut";
        }
        if (claim.signal().equals("h1")) {
            return "a heading no other signal matches (site furniture)";
        }
        return winner.signal().equals("h1") ? "differs from the headline the page shows" : "fewer signals agree";
    }

    private static Claim confirmedHeading(List<Claim> h1s, List<Claim> metadata) {
        for (Claim h1 : h1s) {
            for (Claim m : metadata) {
                if (TitleParts.agree(h1.value(), m.value())) {
                    return h1;
                }
            }
        }
        return null;
    }

    /**
     * An {@code <h1>} holding headline and subtitle ("Headline. Subtitle.") is cut where a
     * signal's headline stops; one holding a label ("Crime | Headline") gives way to the signal
     * that is its main part.
     */
    private static String runOnCut(String heading, List<Claim> metadata) {
        for (Claim m : metadata) {
            if (TitleParts.isLeadingSentence(m.value(), heading) || TitleParts.isMainPart(m.value(), heading)) {
                return m.value();
            }
        }
        return heading;
    }

    /**
     * Headings that are the site's name: an {@code <h1>} equal to the part of the page's title
     * (or og:title) set off at its start or end, beside a longer part ("Post title - Blog name"
     * with the h1 "Blog name"), as blogs put their name in the h1 of every page; unless the
     * longer part is the name the site gives itself.
     */
    private static List<String> headingsNamingTheSite(List<Claim> claims, SiteNames site) {
        List<String> names = new ArrayList<>();
        for (Claim h1 : claims) {
            if (!h1.signal().equals("h1") || h1.value().isBlank()) {
                continue;
            }
            String heading = TextClean.collapse(h1.value());
            for (Claim title : claims) {
                if ((title.signal().equals("title") || title.signal().equals("meta:og:title"))
                        && TitleParts.isEndPart(heading, title.value(), MAX_LEADING_NAME_WORDS, site)) {
                    names.add(heading);
                    break;
                }
            }
        }
        return names;
    }

    /** Words in common with the metadata; a one-word heading needs more than that (it is a name, often the site's). */
    private static boolean sharesWords(String heading, List<Claim> metadata) {
        List<String> words = TitleParts.words(heading);
        if (words.size() < 2) {
            return false;
        }
        List<String> others = new ArrayList<>();
        metadata.forEach(m -> others.addAll(TitleParts.words(m.value())));
        long shared = words.stream().filter(others::contains).count();
        return shared >= MIN_SHARED_WORDS || (!words.isEmpty() && shared * 2 >= words.size());
    }

    private static Claim mostAgreed(List<Claim> metadata) {
        Claim best = metadata.get(0);
        int bestVotes = -1;
        for (Claim candidate : metadata) {
            int votes = 0;
            for (Claim other : metadata) {
                if (other != candidate && TitleParts.agree(candidate.value(), other.value())) {
                    votes++;
                }
            }
            if (votes > bestVotes) {
                best = candidate;
                bestVotes = votes;
            }
        }
        return best;
    }

    /** The chosen value made whole (a signal continues it) or bare (a signal is its main part). */
    private static String refined(String chosen, List<Claim> metadata) {
        String value = chosen;
        for (Claim m : metadata) {
            if (TitleParts.continues(m.value(), value)) {
                value = m.value();
            }
        }
        for (Claim m : metadata) {
            if (TitleParts.isMainPart(m.value(), value)) {
                value = m.value();
            }
        }
        for (Claim m : metadata) {
            Optional<String> stem = TitleParts.sharedStem(TextClean.collapse(value), TextClean.collapse(m.value()));
            if (stem.isPresent()) {
                return stem.get();
            }
        }
        return value;
    }
}
