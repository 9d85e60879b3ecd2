package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

class TitlesTest {

    private static final SiteNames HERALD = new SiteNames(List.of("The Harbour Herald", "harbourherald.example", "harbourherald"));

    @Test
    void stripsTheOutletAfterASeparator() {
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens | The Harbour Herald", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens - Harbour Herald", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens – Harbour Herald", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens — harbourherald.example", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens|The Harbour Herald", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens (harbourherald.example)", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens ‹ The Harbour Herald", HERALD));
    }

    @Test
    void stripsTheOutletBeforeASeparator() {
        assertEquals("Bridge reopens", TitleParts.strip("The Harbour Herald: Bridge reopens", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Harbour Herald | Bridge reopens", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("The Harbour Herald › Bridge reopens", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Harbour Herald Mobile :: Bridge reopens", HERALD));
        assertEquals("시청 앞 광장 새 단장", TitleParts.strip("한빛일보 모바일 :: 시청 앞 광장 새 단장", new SiteNames(List.of("한빛일보"))));
    }

    @Test
    void stripsSectionLabelsAndOutletTogether() {
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens | World | News | The Harbour Herald", HERALD));
        assertEquals("Bridge reopens", TitleParts.strip("Bridge reopens | Opinion", HERALD));
    }

    @Test
    void keepsSeparatorsThatArePartOfTheHeadline() {
        assertEquals("Storm hits coast: ferries cancelled", TitleParts.strip("Storm hits coast: ferries cancelled", HERALD));
        assertEquals("Year-end review - what changed", TitleParts.strip("Year-end review - what changed", HERALD));
        assertEquals("Harbour Herald wins award", TitleParts.strip("Harbour Herald wins award", HERALD));
        assertEquals("Harbour Herald Unveils - a new bridge", TitleParts.strip("Harbour Herald Unveils - a new bridge", HERALD));
        assertEquals("Harbour Herald Online: what readers asked", TitleParts.strip("Harbour Herald Online: what readers asked", HERALD));
        assertEquals("The Harbour Herald view: the bridge must stay open",
                TitleParts.strip("The Harbour Herald view: the bridge must stay open", HERALD));
    }

    @Test
    void titlesWithDifferentLabelsAfterTheSameHeadlineShareIt() {
        // Neither label names a site the page states: the two titles part only at their labels.
        Evidence e = choose(
                new Claim("meta:og:title", "Ferry service resumes across the bay--Tide"),
                new Claim("title", "Ferry service resumes across the bay -- Tide / Harbour"));
        assertEquals("Ferry service resumes across the bay", e.value());
        assertEquals(Optional.of("Ferry service resumes across the bay"),
                TitleParts.sharedStem("Ferry service resumes across the bay | Tide", "Ferry service resumes across the bay - Tide News"));
        // Parting inside the headline, at the same label, or where a label is as long as the rest.
        assertEquals(Optional.empty(), TitleParts.sharedStem("Ferries run again - Tide", "Ferries ran again - Tide"));
        assertEquals(Optional.empty(), TitleParts.sharedStem("Ferries run again - Tide", "Ferries run again | Tide"));
        assertEquals(Optional.empty(), TitleParts.sharedStem("Storm: ferries cancelled", "Storm: bridge closed"));
        assertEquals(Optional.empty(), TitleParts.sharedStem("Ferries run again", "Ferries run again - Tide"));
    }

    @Test
    void theHeadingOtherSignalsConfirmWinsOverTheirWording() {
        Evidence e = choose(
                new Claim("json-ld", "Ferry service resumes across the bay after the storm damaged the pier"),
                new Claim("meta:og:title", "Ferries run again"),
                new Claim("h1", "Ferries run again"),
                new Claim("title", "Ferry service resumes across the bay after the storm damaged the pier - The Harbour Herald"));
        assertEquals("Ferries run again", e.value());
        assertEquals("h1", e.signal());
        assertTrue(e.beaten().stream().anyMatch(c -> c.signal().equals("json-ld") && c.reason().contains("differs")));
    }

    @Test
    void theHeadingIsTheMainPartOfALabelledTitle() {
        assertEquals("Republicans weigh the harbour bill", choose(
                new Claim("meta:og:title", "Opinion | Republicans weigh the harbour bill - Daily Paper"),
                new Claim("h1", "Republicans weigh the harbour bill")).value());
        assertEquals("What changes after the ruling", choose(
                new Claim("title", "Influencers: What changes after the ruling"),
                new Claim("meta:og:title", "Influencers: What changes after the ruling"),
                new Claim("h1", "What changes after the ruling")).value());
    }

    @Test
    void aHeadingHoldingASectionLabelGivesWayToItsMainPart() {
        assertEquals("Child dies after swallowing pills", choose(
                new Claim("meta:og:title", "Child dies after swallowing pills"),
                new Claim("h1", "Crime and Public Safety | Child dies after swallowing pills")).value());
    }

    @Test
    void aBlogsNameInTheHeadingIsTheSiteNotTheHeadline() {
        assertEquals("Hiking to the three summits", Titles.choose(List.of(
                new Claim("h1", "Just Rambling On"),
                new Claim("title", "Hiking to the three summits - Just Rambling On")), SiteNames.NONE).orElseThrow().value());
        assertEquals("Live score: Harbour United v Bay Rovers", Titles.choose(List.of(
                new Claim("json-ld", "Live score: Harbour United v Bay Rovers"),
                new Claim("h1", "Live score: Harbour United v Bay Rovers"),
                new Claim("title", "Live score: Harbour United v Bay Rovers : TOSS: Harbour United win the toss and bat first")),
                SiteNames.NONE).orElseThrow().value());
    }

    @Test
    void aSidebarHeadingSharingOnlyShortWordsDoesNotWin() {
        assertEquals("The early reviews for the new console are not great", choose(
                new Claim("meta:og:title", "The early reviews for the new console are not great"),
                new Claim("h1", "Why not go for the reindeer?")).value());
    }

    @Test
    void aHeadingThatRunsOnIntoItsSubtitleIsCutWhereASignalStops() {
        assertEquals("Hydrogen as a key technology.", choose(
                new Claim("meta:og:title", "Hydrogen as a key technology."),
                new Claim("h1", "Hydrogen as a key technology. The minister visits a plant in the valley.")).value());
    }

    @Test
    void aCutHeadlineGivesWayToTheSignalThatContinuesIt() {
        assertEquals("Council approves the harbour road plan after a long night of debate", choose(
                new Claim("json-ld", "Council approves the harbour road plan after a long"),
                new Claim("meta:og:title", "Council approves the harbour road plan after a long night of debate")).value());
        assertEquals("Council approves the harbour road plan", choose(
                new Claim("json-ld", "Council approves the harbour road plan"),
                new Claim("title", "Council approves the harbour road plan « Harbour Blog")).value());
    }

    @Test
    void aHeadingNoOtherSignalResemblesIsFurnitureButBeatsABareTitle() {
        assertEquals("Ferry fares to rise in spring", choose(
                new Claim("json-ld", "Ferry fares to rise in spring"),
                new Claim("h1", "Weekly markets: shares end flat")).value());
        assertEquals("Ferry fares to rise in spring", choose(
                new Claim("title", "Harbour news and more"),
                new Claim("h1", "Ferry fares to rise in spring")).value());
    }

    @Test
    void theSiteNameIsNeverTheHeadline() {
        assertEquals("Ferry fares to rise in spring", choose(
                new Claim("h1", "The Harbour Herald"),
                new Claim("title", "Ferry fares to rise in spring | The Harbour Herald")).value());
    }

    @Test
    void aHeadingThatLinksToTheFrontPageIsTheLogo() {
        assertEquals(List.of("Ferry fares to rise"), headingsOf("<html><head><title>Ferry fares to rise - Harbour</title></head><body>"
                + "<a href=\"/\"><h1>Harbour Weekly</h1></a><article><h1>Ferry fares to rise</h1></article></body></html>"));
        assertEquals(List.of("Ferry fares to rise"), headingsOf("<html><head><title>Ferry fares to rise - Harbour</title></head><body>"
                + "<h1 onClick=\"location.href='https://harbour.example'\">Harbour Weekly</h1>"
                + "<h1 onclick=\"location.href='https://harbour.example/news/ferry-fares'\">Ferry fares to rise</h1></body></html>"));
    }

    @Test
    void aMetadataTitleEscapedTwiceIsReadAsMeant() {
        List<Claim> claims = claimsOf("<html><head><meta property=\"og:title\" content=\"Harbour &amp;#039;megablaze&amp;#039; out &amp;amp; over\">"
                + "<title>Harbour &amp;amp; coast</title></head><body><h1>Tide &amp;amp; time</h1></body></html>");
        assertEquals(List.of("Harbour 'megablaze' out & over", "Tide &amp; time", "Harbour &amp; coast"),
                claims.stream().filter(c -> !c.value().isEmpty()).map(Claim::value).toList());
    }

    @Test
    void whatThePageHidesInTheHeadingIsNotPartOfIt() {
        assertEquals(List.of("Ferry fares to rise"), headingsOf("<html><body><h1><span>Ferry fares to rise</span> <a href=\"/edit/7\""
                + " style=\"display: none\">Open editor</a><span hidden>draft</span></h1></body></html>"));
    }

    @Test
    void aKickerInAnElementOfItsOwnAtTheHeadingsStartIsNotPartOfIt() {
        for (String og : List.of("Ferry fares to rise | Harbour Herald", "Ferry fares to rise")) {
            assertEquals(List.of("Ferry fares to rise"), headingsOf("<html><head><meta property=\"og:title\" content=\"" + og + "\">"
                    + "</head><body><h1> <span class=\"roofline\">Wow, wow!</span>Ferry fares to rise</h1></body></html>"), og);
        }
        // Where the metadata keeps the label, it is part of the headline.
        assertEquals(List.of("BREAKING: Ferry fares to rise"), headingsOf("<html><head><meta property=\"og:title\""
                + " content=\"BREAKING: Ferry fares to rise\"></head><body><h1><b>BREAKING:</b> Ferry fares to rise</h1></body></html>"));
    }

    private static List<Claim> claimsOf(String html) {
        PageElements page = Pages.elements(Jsoup.parse(html, "https://harbour.example/news/ferry-fares"));
        return Titles.claims(page, MetaTags.of(page), JsonLd.read(page));
    }

    private static List<String> headingsOf(String html) {
        return claimsOf(html).stream().filter(c -> c.signal().equals("h1")).map(Claim::value).toList();
    }

    @Test
    void theFrontPageLinkNamesTheSite() {
        String page = "<html><head><title>About bugs – Vortex Harbour Works</title></head><body>"
                + "<header><a href=\"https://vortex.example/\"><img src=\"logo.png\" alt=\"Vortex Harbour Works\"></a>"
                + "<a href=\"https://other.example/\">Partner Site</a></header>"
                + "<article><h1>About bugs</h1><p>" + "Bugs are reported through the form below and read every week. ".repeat(12)
                + "</p></article></body></html>";
        Article article = Pages.html(page, Hints.NONE.withUrl("https://vortex.example/about-bugs/"));
        assertEquals("About bugs", article.title());
        // Without the logo's name, a short heading at the title's start reads as a blog's name in its h1.
        Article unnamed = Pages.html(page.replace(" alt=\"Vortex Harbour Works\"", ""), Hints.NONE.withUrl("https://vortex.example/about-bugs/"));
        assertEquals("Vortex Harbour Works", unnamed.title());
        // Another site's front page names that site, not this one.
        PageElements elements = Pages.elements(Jsoup.parse(page, "https://vortex.example/about-bugs/"));
        assertEquals(List.of("Vortex Harbour Works"), Titles.frontPageNames(elements, "https://vortex.example/about-bugs/"));
    }

    @Test
    void aFrontPageIsOnTheHostMetadataNamesForIt() {
        for (String href : List.of("https://www.vortex.example/", "http://VORTEX.example", "https://vortex.example:8080/",
                "https://sub.vortex.example/", "https://vortex.example.net/", "https://www.other.example/", "https://www./")) {
            assertEquals(Metadata.host(href).equals("vortex.example"), Titles.isOnHost(href, "vortex.example"), href);
        }
    }

    @Test
    void frontPagesAreKnownByTheirAddress() {
        for (String href : List.of("/", "./", "https://vortex.example/", "http://www.vortex.example")) {
            assertTrue(PageElements.isFrontPage(href), href);
        }
        for (String href : List.of("/about/", "https://vortex.example/about", "https://vortex.example?p=2", "https://", "#top", "")) {
            assertEquals(false, PageElements.isFrontPage(href), href);
        }
    }

    @Test
    void theEvidenceSaysHowSureTheHeadlineIs() {
        // The heading the page shows, confirmed by its og:title: sure.
        assertEquals(Evidence.Confidence.HIGH, choose(new Claim("meta:og:title", "Ferries run again"), new Claim("h1", "Ferries run again"),
                new Claim("title", "Ferries run again | The Harbour Herald")).confidence());
        // One signal, nothing against it.
        assertEquals(Evidence.Confidence.MEDIUM, choose(new Claim("title", "Ferries run again")).confidence());
        // Two metadata titles naming different headlines, neither confirmed; a heading no signal matches is furniture and no conflict.
        assertEquals(Evidence.Confidence.LOW, choose(new Claim("meta:og:title", "Ferries run again"),
                new Claim("title", "Tides and timetables for the week")).confidence());
        assertEquals(Evidence.Confidence.MEDIUM, choose(new Claim("meta:og:title", "Ferries run again"),
                new Claim("h1", "Most read")).confidence());
    }

    @Test
    void noSignalNoHeadline() {
        assertTrue(Titles.choose(List.of(new Claim("title", "")), HERALD).isEmpty());
    }

    private static Evidence choose(Claim... claims) {
        return Titles.choose(List.of(claims), HERALD).orElseThrow();
    }

    /** {@link TitleParts#isEndPart} as it read before its length and position test: every separator tried. */
    private static boolean isEndPartByEverySeparator(String part, String title, int maxLeadingWords, SiteNames site) {
        String whole = TextClean.collapse(title);
        Matcher m = Pattern.compile("\\s+[|\\-–—»«›‹·•/:~]+\\s+|\\s*\\|\\s*|:\\s+").matcher(whole);
        while (m.find()) {
            if (m.start() == 0 || m.end() == whole.length()) {
                continue;
            }
            String before = whole.substring(0, m.start()).strip();
            String after = whole.substring(m.end()).strip();
            if ((after.equals(part) && before.length() > part.length() && !site.names(before))
                    || (before.equals(part) && after.length() > part.length() && !site.names(after)
                            && BoilerplateLines.wordCount(part) <= maxLeadingWords)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anEndPartIsFoundOnlyWhereEverySeparatorTriedWouldFindIt() {
        List<String> pieces = List.of("Herald", "Bridge", "reopens", "The Harbour Herald", " ", "\u00a0", "\u2007", " - ", " | ", "|",
                ": ", " :: ", " — ", " \u203a ", "-", "Blog", "a", "", "\t");
        Random random = new Random(20261124);
        for (int i = 0; i < 50_000; i++) {
            String title = RandomTexts.of(random, pieces, 8);
            String part = random.nextBoolean() ? RandomTexts.of(random, pieces, 3) : TextClean.collapse(RandomTexts.of(random, pieces, 3));
            int words = random.nextInt(4);
            assertEquals(isEndPartByEverySeparator(part, title, words, HERALD), TitleParts.isEndPart(part, title, words, HERALD),
                    () -> "[" + part + "] in [" + title + "]");
        }
    }

    @Test
    void aSharedStemIsALongerStartOfBothTitlesBeforeASeparator() {
        List<String> pieces = List.of("Ferries", "run", "again", "Tide", " ", "--", " -- ", " | ", "|", "/", " / ", ": ", "上報", "-", "a", "");
        Random random = new Random(20261124);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            String a = TextClean.collapse(RandomTexts.of(random, pieces, 8));
            String b = random.nextBoolean() ? a + RandomTexts.of(random, pieces, 3) : TextClean.collapse(RandomTexts.of(random, pieces, 8));
            Optional<String> stem = TitleParts.sharedStem(a, b);
            if (stem.isPresent()) {
                found++;
                String s = stem.get();
                assertTrue(a.startsWith(s) && b.startsWith(s) && s.length() * 2 > a.length() && s.length() * 2 > b.length(),
                        () -> "[" + s + "] of [" + a + "] and [" + b + "]");
            }
        }
        assertTrue(found > 1_000, "stems found: " + found);
    }
}
