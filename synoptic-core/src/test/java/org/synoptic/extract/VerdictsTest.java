package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Completeness;
import org.synoptic.model.Completeness.Verdict;
import org.synoptic.model.Hints;

class VerdictsTest {

    @Test
    void aLeadFollowedByContinueReadingIsATeaser() {
        Completeness c = verdict("teaser-continue.html", "https://harbourherald.example/2024/03/tide-gauge-record");
        assertEquals(Verdict.TEASER, c.verdict(), c.reason());
        assertTrue(c.reason().contains("continue reading for free"), c.reason());
    }

    @Test
    void aPageMarkedNotFreeToReadWithAShortTextAndNoWallIsComplete() {
        // Paywalled sites mark every article isAccessibleForFree=false, short ones shown whole too:
        // alone it told teasers on one page in four of the annotated set.
        String shownWhole = Pages.resource("verdicts/paywall.html")
                .replace("<div class=\"locked\"><p>Subscribers can read the whole analysis.</p><a href=\"/subscribe\">Subscribe now</a></div>", "");
        Completeness c = Pages.html(shownWhole, Hints.NONE.withUrl("https://harbourherald.example/2024/03/port-budget")).details().completeness();
        assertEquals(Verdict.COMPLETE, c.verdict(), c.reason());
    }

    @Test
    void wallsInTheNordicLanguagesAndDutch() {
        for (String wall : List.of("Få fuld adgang og læs resten af artiklen", "Logg inn og les resten av saken",
                "Läs hela artikeln med Plus", "Lees verder met Premium")) {
            assertTrue(PageLines.wallIn(wall).isPresent(), wall);
        }
    }

    @Test
    void paragraphsScrambledByAPaywallMakeATeaser() {
        Completeness c = verdict("scrambled.html", "https://hafenbote.example/lokales/neue-mole-ist-fertig");
        assertEquals(Verdict.TEASER, c.verdict(), c.reason());
        assertTrue(c.reason().contains("scrambled"), c.reason());
    }

    @Test
    void latinFillerInPlaceOfThePaywalledTextMakesATeaser() {
        String filler = Pages.resource("verdicts/scrambled.html").replaceAll("<p>[A-Z][^<]*</p>",
                "<p>Dolor ipsam sed quia magni, et rerum omnis natus error sit voluptatem accusantium. Quasi nihil eius modi tempora"
                        + " incidunt, ut labore et dolore magnam aliquam quaerat voluptatem. Nemo enim ipsam voluptas sit aspernatur.</p>");
        Completeness c = Pages.html(filler, Hints.NONE.withUrl("https://hafenbote.example/lokales/neue-mole-ist-fertig")).details().completeness();
        assertEquals(Verdict.TEASER, c.verdict(), c.reason());
        assertTrue(c.reason().contains("Latin filler"), c.reason());
        // Prose that shares a few of its words is no filler: French, Spanish, a quotation in Latin among English.
        for (String prose : List.of("Le port est ouvert et la mole est finie, dit le maire, qui a vu omnis les travaux depuis le quai.",
                "El dolor de espalda de los pescadores es un problema que la nueva mole no resuelve, dice el alcalde.",
                "The motto on the harbour gate reads dolor sit amet in old letters, and nobody in the town knows why it is there.")) {
            assertEquals(false, TextSigns.isFiller(prose), prose);
        }
    }

    @Test
    void anArticlePageWhoseBodyHoldsLessThanASentenceIsBlocked() {
        StringBuilder html = new StringBuilder("<html><head><meta property=\"og:type\" content=\"article\"></head><body><nav>");
        for (int i = 0; i < 30; i++) {
            html.append("<p><a href=\"/news/").append(i).append("\">Harbour story number ").append(i).append(" of the week</a></p>");
        }
        html.append("</nav><article><h1>Pier repairs begin</h1><div class=\"date\">today at 17:04, views: 173</div>"
                + "<div class=\"article-body\"></div></article></body></html>");
        Completeness c = Pages.html(html.toString(), Hints.NONE.withUrl("https://harbourherald.example/2024/03/pier-repairs"))
                .details().completeness();
        assertEquals(Verdict.BLOCKED, c.verdict(), c.reason());
        assertTrue(c.reason().contains("marked as an article"), c.reason());
    }

    @Test
    void aCookieWallIsBlocked() {
        Completeness c = verdict("cookie-wall.html", "https://harbourherald.example/2024/03/pier-repairs");
        assertEquals(Verdict.BLOCKED, c.verdict(), c.reason());
        assertTrue(c.reason().contains("cookie"), c.reason());
    }

    @Test
    void aLoginWallThatIsAllTheTextIsBlocked() {
        Completeness c = verdict("login-wall.html", "https://harbourherald.example/2024/03/pier-repairs");
        assertEquals(Verdict.BLOCKED, c.verdict(), c.reason());
    }

    @Test
    void aScriptOnlyAppShellIsBlocked() {
        Completeness c = verdict("app-shell.html", "https://harbourherald.example/2024/03/pier-repairs");
        assertEquals(Verdict.BLOCKED, c.verdict(), c.reason());
        assertTrue(c.reason().contains("javascript"), c.reason());
    }

    @Test
    void aListingIsNotAnArticleByItsAddressOrByItsTeasers() {
        Completeness byAddress = verdict("listing.html", "https://harbourherald.example/category/harbour");
        assertEquals(Verdict.NOT_ARTICLE, byAddress.verdict(), byAddress.reason());
        assertTrue(byAddress.reason().contains("listing"), byAddress.reason());
        Completeness byTeasers = verdict("listing.html", "https://harbourherald.example/harbour-news");
        assertEquals(Verdict.NOT_ARTICLE, byTeasers.verdict(), byTeasers.reason());
        assertTrue(byTeasers.reason().contains("ellipsis"), byTeasers.reason());
    }

    @Test
    void anArticleThatCutsAFewQuotesWithAnEllipsisIsStillAnArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>Ferry talks resume</title></head><body><article>"
                + "<h1>Ferry talks resume</h1>");
        for (int i = 1; i <= 10; i++) {
            String ending = i % 3 == 0 ? " and then, as the minutes of the meeting put it, the rest\u2026" : ".";
            html.append("<p>Paragraph ").append(i).append(" of the report says the harbour board met the ferry operators again")
                    .append(" on Tuesday to settle the winter timetable").append(ending).append("</p>");
        }
        html.append("</article></body></html>");
        Completeness c = Pages.html(html.toString(), Hints.NONE.withUrl("https://harbourherald.example/2024/03/ferry-talks"))
                .details().completeness();
        assertEquals(Verdict.COMPLETE, c.verdict(), c.reason());
    }

    @Test
    void aShortLeadThatSendsTheReaderElsewhereForTheRestIsATeaser() {
        String lead = "<p>The harbour board has closed three of the old piers for good, citing the cost of repairs after"
                + " the winter storms.</p><p>Fishing crews say the closures leave too few berths for the spring season.</p>";
        String link = "<p><a href=\"https://tidewatch.example/piers\">Read the full story at Tidewatch</a></p>";
        Completeness teaser = page(lead + link);
        assertEquals(Verdict.TEASER, teaser.verdict(), teaser.reason());
        assertTrue(teaser.reason().contains("(\"read the full story\")"), teaser.reason());
        // The same lead without the link is complete.
        assertEquals(Verdict.COMPLETE, page(lead).verdict());
    }

    @Test
    void aTextFollowedByALinkToItsRestIsATeaserWhateverItsLength() {
        String excerpt = ("<p>The harbour board has closed three of the old piers for good, citing the cost of repairs after the"
                + " winter storms, and fishing crews say the closures leave too few berths for the spring season.</p>").repeat(4);
        Completeness teaser = page(excerpt + "<p><a href=\"https://tidewatch.example/piers\">Lire la suite sur Tidewatch</a></p>");
        assertEquals(Verdict.TEASER, teaser.verdict(), teaser.reason());
        assertTrue(teaser.reason().contains("lire la suite sur"), teaser.reason());
        // A promotion after a whole text, or a link to the full story of another article further down, is no such link.
        assertEquals(Verdict.COMPLETE, page(excerpt + "<p><a href=\"/\">Read more on Harbour Herald by clicking here</a></p>").verdict());
        String related = "<p>Related: a new ferry for the islands</p><p>Tides of the week</p><p>Letters to the editor</p>"
                + "<p><a href=\"/ferry\">Read the full story here</a></p>";
        assertEquals(Verdict.COMPLETE, page(excerpt + "</article><aside>" + related + "</aside><article>").verdict());
    }

    private static Completeness page(String body) {
        String html = "<html><head><title>Old piers close</title></head><body><article><h1>Old piers close</h1>" + body
                + "</article></body></html>";
        return Pages.html(html, Hints.NONE.withUrl("https://harbourherald.example/2024/03/old-piers")).details().completeness();
    }

    @Test
    void aPageNotFoundIsNotAnArticle() {
        Completeness c = verdict("not-found.html", "https://harbourherald.example/2024/03/old-story");
        assertEquals(Verdict.NOT_ARTICLE, c.verdict(), c.reason());
        assertTrue(c.reason().contains("error page"), c.reason());
    }

    @Test
    void textShorterThanTheArticleBodyIsPartialAndTheReasonSaysBy() {
        Completeness c = verdict("partial.html", "https://harbourherald.example/2024/03/breakwater-finished");
        assertEquals(Verdict.PARTIAL, c.verdict(), c.reason());
        assertTrue(c.reason().contains("JSON-LD articleBody"), c.reason());
        Completeness whole = verdict("complete.html", "https://harbourherald.example/2024/03/breakwater-finished");
        assertEquals(Verdict.COMPLETE, whole.verdict(), whole.reason());
        assertTrue(whole.reason().contains("100% of the page's own JSON-LD articleBody"), whole.reason());
    }

    @Test
    void theFirstOfSeveralPagesIsPartial() {
        Completeness c = verdict("paginated.html", "https://harbourherald.example/features/harbour-lights");
        assertEquals(Verdict.PARTIAL, c.verdict(), c.reason());
    }

    @Test
    void aLinkToPageTwoOfTheArticlesOwnAddressMakesItPartialInAnyLanguage() {
        Completeness c = verdict("paginated-link.html", "https://teluk.example/berita/2024/03/dermaga-baru");
        assertEquals(Verdict.PARTIAL, c.verdict(), c.reason());
        assertTrue(c.reason().contains("?page=2"), c.reason());
    }

    @Test
    void aPagerOfCommentsLeavesTheArticleComplete() {
        Completeness c = verdict("comment-pager.html", "https://harbourherald.example/2024/03/breakwater-finished");
        assertEquals(Verdict.COMPLETE, c.verdict(), c.reason());
    }

    @Test
    void anOrdinaryArticleIsComplete() {
        Completeness c = Pages.html(Pages.page("<title>Harbour road plan</title>", "<h1>Harbour road plan</h1>"),
                Hints.NONE.withUrl("https://harbourherald.example/2024/03/harbour-road-plan")).details().completeness();
        assertEquals(Verdict.COMPLETE, c.verdict(), c.reason());
    }

    @Test
    void theAddressAloneCanSayNotAnArticle() {
        assertEquals("the site's front page", UrlShape.notArticle("https://harbourherald.example/").orElseThrow());
        assertTrue(UrlShape.notArticle("https://harbourherald.example/tag/ferries").orElseThrow().contains("listing"));
        assertTrue(UrlShape.notArticle("https://harbourherald.example/2011/").orElseThrow().contains("archive"));
        assertTrue(UrlShape.notArticle("https://wiki.example/index.php?title=Pier&diff=5&oldid=4").orElseThrow().contains("revision"));
        assertTrue(UrlShape.notArticle("https://harbourherald.example/en/service/terms/").orElseThrow().contains("service"));
        assertTrue(UrlShape.notArticle("https://harbourherald.example/topics/a-long-article-about-the-new-pier").isEmpty());
        assertTrue(UrlShape.notArticle("https://harbourherald.example/2024/03/pier-repairs").isEmpty());
    }

    @Test
    void plainTextIsCompleteUnlessEmptyOrATeaser() {
        String story = "Ferry fares will rise in spring.\n\n" + "The ferry company said fuel and crew costs had gone up, and that the "
                + "rise would be the first in three years. Season tickets will cost a tenth more from April.\n\n"
                + "Passenger groups said they would ask the council to step in.";
        assertEquals(Verdict.COMPLETE, Verdicts.judgeText(story).verdict());
        assertEquals(Verdict.NOT_ARTICLE, Verdicts.judgeText("  ").verdict());
        assertEquals(Verdict.TEASER, Verdicts.judgeText(story + "\n\nContinue reading for free").verdict());
        assertEquals(Verdict.TEASER, Verdicts.judgeText("The ferry company said fuel and crew costs had gone up, and that the…").verdict());
        assertEquals(Verdict.TEASER, Pages.text("Ferry fares to rise\n\nThe ferry company said fuel and crew costs had gone up, "
                + "and that the rise would be...").details().completeness().verdict());
    }

    @Test
    void scrambledTextNeedsMostOfItsLettersOutOfPlace() {
        assertTrue(TextSigns.scrambledShare(TextSigns.paragraphs("Strč prst skrz krk, a řekni to znovu nahlas celé větě pro jistotu "
                + "ještě jednou a pomalu, aby to všichni slyšeli a pochopili, co se děje.")) < 0.3);
        // Vietnamese writes nearly every vowel with a mark: its text is no scramble.
        assertEquals(0.0, TextSigns.scrambledShare(List.of("Bộ trưởng Tài chính thừa nhận mức giảm trừ gia cảnh tính thuế thu nhập"
                + " cá nhân hiện thấp so với cuộc sống tại các đô thị và sẽ tăng mức này khi sửa luật thuế năm tới.")));
    }

    @Test
    void numbersInReasonsReadAsTheFormatterWouldWriteThem() {
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 10_000; i++) {
            int n = i < 2_000 ? i - 1_000 : random.nextInt();
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", n), Verdicts.thousands(n));
            double share = i % 2 == 0 ? random.nextDouble() : Math.round(random.nextDouble() * 200) / 200.0;
            assertEquals(String.format(java.util.Locale.ROOT, "%.0f", 100 * share), Verdicts.percent(share), "share " + share);
        }
        assertEquals("NaN", Verdicts.percent(Double.NaN));
    }

    private static Completeness verdict(String fixture, String url) {
        return Pages.html(Pages.resource("verdicts/" + fixture), Hints.NONE.withUrl(url)).details().completeness();
    }
}
