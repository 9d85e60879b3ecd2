package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Evidence;

class AuthorsTest {

    private static final SiteNames HERALD = new SiteNames(List.of("Harbour Herald", "harbourherald.example", "harbourherald"));

    @Test
    void severalAuthorsAreSplitInEachLanguage() {
        assertEquals(List.of("Ana Ruiz", "Ben Cole", "Cara Diaz"), byline("By Ana Ruiz, Ben Cole and Cara Diaz"));
        assertEquals(List.of("Ana Ruiz", "Ben Cole"), byline("Ana Ruiz & Ben Cole"));
        assertEquals(List.of("Anna Berg", "Jonas Weber"), byline("Von Anna Berg und Jonas Weber"));
        assertEquals(List.of("Claire Martin", "Luc Petit"), byline("Par Claire Martin et Luc Petit"));
        assertEquals(List.of("Lucía Gómez", "Pablo Ortiz"), byline("Por Lucía Gómez y Pablo Ortiz"));
        assertEquals(List.of("Ralph Stein", "Carla Nat"), byline("Ralph Stein/Carla Nat"));
    }

    @Test
    void bylinePrefixesGo() {
        for (String prefix : List.of("By", "BY", "Von", "Par", "Por", "Door", "Di", "Af", "Written by", "Text:", "Reporting by", "Recueilli par",
                "About", "Analysis by", "Opinion by", "Publicado por:", "Publié par", "Veröffentlicht von", "Piše:", "Napisała")) {
            assertEquals(List.of("Ana Ruiz"), byline(prefix + " Ana Ruiz"), prefix);
        }
        assertEquals(List.of("أسماء نصار"), byline("كتبت أسماء نصار"));
        assertEquals(List.of("Charles Walton"), byline("Charles Walton for SurgeZirc UK"));
        assertEquals(List.of("Robert Brum", "Isabel Keane"), byline("Robert Brum and Isabel KeaneJournal News"));
        assertEquals(List.of("Ana McDonald"), byline("By Ana McDonald"));
        assertEquals(List.of("Ana Ruiz"), byline("By Ana Ruiz Chief Political Correspondent"));
        assertEquals(List.of(), byline("By Hafenstadt Court Reporter"));
        assertEquals(List.of("Ana Ruiz"), byline("By Ana Ruiz für Harbour Herald"));
        assertEquals(List.of("Fred Hansen"), byline("vonFred Hansen 31.10.2023"));
        assertEquals(List.of("林宸誼"), byline("聯合報 記者林宸誼／即時報導"));
        assertEquals(List.of(), byline("About the author"));
        assertEquals(List.of(), byline("About us"));
    }

    @Test
    void aPersonalSiteNeedsAFullNameAndOneWordInArabicOrHebrewIsNoName() {
        assertEquals(List.of(), PersonNames.of("El Faro", new SiteNames(List.of("El Faro")), true));
        assertEquals(List.of(), PersonNames.of("الميناء", HERALD, true));
        assertEquals(List.of("سارة الأحمد"), PersonNames.of("سارة الأحمد", HERALD, true));
    }

    @Test
    void aSiteNamedAuthorIsAPersonalSiteOnlyInAScriptWithCase() {
        assertEquals(List.of("Jana Holm"), PersonNames.of("Jana Holm", new SiteNames(List.of("Jana Holm")), true));
        assertEquals(List.of(), PersonNames.of("خبرگزاری نمونه شهر", new SiteNames(List.of("خبرگزاری نمونه شهر")), true));
    }

    @Test
    void newsDesksAndBureausInOtherScriptsAreNoAuthors() {
        assertEquals(List.of(), byline("लखनऊ ब्यूरो"));
        assertEquals(List.of(), byline("Լուրեր Երևանից"));
        assertEquals(List.of(), byline("Редакция Вестника"));
        assertEquals(List.of(), byline("뉴스하나"));
        assertEquals(List.of(), byline("東都新聞編集部"));
        assertEquals(List.of("홍길동"), byline("홍길동 기자"));
        assertEquals(List.of("Андрей Сидоров"), byline("Андрей Сидоров"));
    }

    @Test
    void whatFollowsTheNameIsCutOff() {
        assertEquals(List.of("Ana Ruiz"), byline("By Ana Ruiz | Updated Oct. 15, 2024"));
        assertEquals(List.of("Ana Ruiz"), byline("Ana Ruiz · 24 September 2018"));
        assertEquals(List.of("Regan"), byline("by Regan December 6, 2017"));
        assertEquals(List.of("Ana Ruiz"), byline("Ana Ruiz Harbour Herald"));
        assertEquals(List.of("Dan Stone"), byline("Dan Stone Correspondent, in Seoul"));
        assertEquals(List.of("Nat Turner"), byline("Nat Turner@NatTurner"));
        assertEquals(List.of("Ana Ruiz", "Ben Cole"), byline("By Ana Ruiz , Ben Cole on Monday, November 18th, 2019 at 11:04 a.m."));
        assertEquals(List.of("Ana Ruiz"), byline("By Ana Ruiz on 18 November 2019"));
        assertEquals(List.of("Anna Berg"), byline("Von Anna Berg am 3. März 2021"));
        assertEquals(List.of("ANA RUIZ"), byline("By ANA RUIZ AP Harbour Writer"));
    }

    @Test
    void neverADateAnOutletARoleAnAddressOrAUserName() {
        for (String raw : List.of("15 October 2024", "Monday", "Harbour Herald", "harbourherald.example", "Staff", "Editor",
                "Correspondent", "Editorial Board", "Admin", "By admin", "NEWSROOM", "Reuters Editorial", "Associated Press",
                "The Water Cooler", "News Nation Bureau", "Campact-Team", "ana@harbourherald.example",
                "https://social.example/ana.ruiz", "www.harbourherald.example", "jdadmin", "rmb", "Polizei Steinfurt",
                "View my complete profile", "Harbour Herald International", "Gast", "de harbourherald",
                "Außenministerium der Republik Hafenland", "Ministère de la Mer", "European Space Agency",
                "Hafenländische Allgemeine Zeitung", "Harbour Herald Editorial Board", "الميناء نيوز", "Af Ritzau", "By TT",
                "Bahía Información", "Parti Socialiste du Port", "Harbour Pilots Association", "Agência Porto", "Jornal O Cais",
                "ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", "Hafenstadt LIVE")) {
            assertEquals(List.of(), byline(raw), raw);
        }
    }

    @Test
    void theOutletAfterAWordForFromIsNoName() {
        SiteNames site = new SiteNames(List.of("Folha", "folha.example"));
        assertEquals(List.of(), PersonNames.of("Do Folha", site, false));
        assertEquals(List.of("Ana Ruiz"), PersonNames.of("Ana Ruiz, do Folha", site, false));
        assertEquals(List.of("Ana do Folha"), PersonNames.of("Ana do Folha", new SiteNames(List.of("Gazeta")), false));
    }

    @Test
    void anEditorCreditIsNoAuthorButABylineOfAnEditorIs() {
        assertEquals(List.of(), byline("Yoga Sukma Editor"));
        assertEquals(List.of("Jane Dole"), byline("By Jane Dole Editor"));
        assertEquals(List.of("Tom Davis"), byline("Tom Davis Associated Press"));
        assertEquals(List.of(), PersonNames.of("Beachbody", new SiteNames(List.of("The Beachbody Blog")), true));
    }

    @Test
    void aLoneWordBesideFullNamesIsAnAffiliation() {
        assertEquals(List.of("Victor Tang"), byline("Victor Tang, Futurism"));
        assertEquals(List.of("TOM KRANE"), byline("TOM KRANE, AP Auto Writer"));
        assertEquals(List.of(), PersonNames.of("Washington", HERALD, false));
        assertEquals(List.of("Josh"), PersonNames.of("Josh", HERALD, true));
    }

    @Test
    void aPersonalSiteMayBeNamedAfterItsWriter() {
        SiteNames site = new SiteNames(List.of("Bianca Berg", "biancaberg.example"));
        assertEquals(List.of("Bianca Berg"), PersonNames.of("Bianca Berg", site, true));
        assertEquals(List.of(), PersonNames.of("Bianca Berg", site, false));
    }

    @Test
    void theEvidenceSaysHowSureTheAuthorsAre() {
        assertEquals(Evidence.Confidence.HIGH, confidence(new Claim("json-ld", "Dana Faris"), new Claim("byline", "By Dana Faris")));
        assertEquals(Evidence.Confidence.MEDIUM, confidence(new Claim("json-ld", "Dana Faris")));
        assertEquals(Evidence.Confidence.LOW, confidence(new Claim("json-ld", "Dana Faris"), new Claim("byline", "By Omar Lind")));
        assertEquals(Evidence.Confidence.MEDIUM, confidence(new Claim("json-ld", "Dana Faris"), new Claim("byline", "By Omar Lind"),
                new Claim("meta:author", "Dana Faris")));
    }

    private static Evidence.Confidence confidence(Claim... claims) {
        return Authors.choose(List.of(claims), SiteNames.NONE).evidence().orElseThrow().confidence();
    }

    @Test
    void metadataNamingTheSiteIsTheOutletWhereThePageCreditsSomeoneElse() {
        SiteNames site = new SiteNames(List.of("Faro Norte", "faronorte.example"));
        assertEquals(List.of(), Authors.choose(List.of(new Claim("meta:author", "Faro Norte"),
                new Claim("itemprop=author", "marta ruiz")), site).names());
        // The page's own credit of the site, led or not, leaves it the writer's site.
        assertEquals(List.of("Faro Norte"), Authors.choose(List.of(new Claim("meta:author", "Faro Norte"),
                new Claim("byline", "Posted by Faro Norte")), site).names());
        assertEquals(List.of("Faro Norte"), Authors.choose(List.of(new Claim("meta:author", "Faro Norte")), site).names());
    }

    @Test
    void theFirstSignalWinsAndALaterOneMayAddCoAuthors() {
        Authors.Decision d = Authors.choose(List.of(
                new Claim("meta:author", "Colin Mann"),
                new Claim("byline", "Colin Mann and Hayley Fowler"),
                new Claim("text-byline", "By Someone Else")), HERALD);
        assertEquals(List.of("Colin Mann", "Hayley Fowler"), d.names());
        assertEquals("byline", d.evidence().orElseThrow().signal());
        assertTrue(d.evidence().orElseThrow().beaten().stream().anyMatch(c -> c.signal().equals("meta:author")));
    }

    @Test
    void aNameThePageAlsoCreditsAsADeskIsTheDesk() {
        Authors.Decision d = Authors.choose(List.of(
                new Claim("meta:author", "Tidewater Riders"),
                new Claim("byline", "By Tidewater Riders Editorial Staff")), HERALD);
        assertEquals(List.of(), d.names());
        assertEquals(List.of("Colin Mann"), Authors.choose(List.of(
                new Claim("meta:author", "Colin Mann"),
                new Claim("byline", "Tidewater Riders Team")), HERALD).names());
    }

    @Test
    void inAStreamOfStoriesOnlyTheFirstStorysBylinesCount() {
        StringBuilder html = new StringBuilder("<html><body><nav><span class=\"authors\">Authors</span></nav>");
        for (String name : List.of("Ana Ruiz", "Ben Cole", "Cara Diaz")) {
            html.append("<article><h2>Story by ").append(name).append("</h2>").append("<p>Its text.</p>".repeat(5))
                    .append("<a class=\"author\" href=\"/writers/x\">").append(name).append("</a></article>");
        }
        assertEquals(List.of("Ana Ruiz"), namesOn(html.append("</body></html>").toString()));
    }

    @Test
    void aPersonThePageCreditsAsItsEditorOrAsAContributorIsNoWriter() {
        for (String credit : List.of("Редактор: Елин Димитров", "Edited by Елин Димитров", "Penyunting: Елин Димитров")) {
            assertEquals(List.of(), names(new Claim("rel=author", credit), new Claim("itemprop=author", "Елин Димитров")), credit);
        }
        assertEquals(List.of("Dana Faris"), names(new Claim("json-ld", "Dana Faris, Karol Nowak, Ana Ruiz"),
                new Claim("byline", "By Dana Faris"),
                new Claim("byline", "Dana Faris is a politics reporter in Harbour City. Karol Nowak and Ana Ruiz contributed.")));
        assertEquals(List.of("Dana Faris"), names(new Claim("byline", "By Dana Faris"), new Claim("byline", "Editor: Karol Nowak"),
                new Claim("meta:author", "Karol Nowak")));
    }

    @Test
    void theMetadatasNameTakesTheFullerFormTheBylineShows() {
        assertEquals(List.of("Dana K.J. Faris"), names(new Claim("json-ld", "Dana Faris"), new Claim("byline", "By Dana K.J. Faris")));
        // A name said twice is no fuller form.
        assertEquals(List.of("Dana Faris"), names(new Claim("json-ld", "Dana Faris"), new Claim("byline", "Dana Faris Dana Faris")));
    }

    @Test
    void aVisibleBylineCreditingAnOrganisationOverridesTheMetadatasPerson() {
        for (String credit : List.of("By 7 News WHDH", "Por: Agencia Reforma | 17 de Febrero 2020", "By Reuters")) {
            assertEquals(List.of(), names(new Claim("json-ld", "Dana Faris"), new Claim("byline", credit)), credit);
        }
        // A role, a date or an unled name is no organisation's credit; a person anywhere on the page keeps the metadata's.
        for (String credit : List.of("By Staff", "September 13, 2023")) {
            assertEquals(List.of("Dana Faris"), names(new Claim("json-ld", "Dana Faris"), new Claim("byline", credit)), credit);
        }
        assertEquals(List.of("Dana Faris"), names(new Claim("json-ld", "Dana Faris"), new Claim("byline", "By Reuters"),
                new Claim("byline", "By Dana Faris")));
        // On a personal site the visible byline names the site, which is its writer.
        Authors.Decision personalSite = Authors.choose(List.of(new Claim("meta:author", "Dana Faris"),
                new Claim("byline", "Posted by Dana Faris")), new SiteNames(List.of("Dana Faris", "danafaris.example")));
        assertEquals(List.of("Dana Faris"), personalSite.names());
    }

    @Test
    void aBylineNamedAsAnImagesCreditsAPhotographer() {
        assertEquals(List.of(), namesOn("<html><body><h1>Bridge reopens</h1><figure><img src=\"a.jpg\"><figcaption>The bridge"
                + " <span class=\"byline-image\">(Foto/Karol Nowak)</span></figcaption></figure><p>Text of the story.</p></body></html>"));
    }

    @Test
    void aPrefixedLineJustAfterTheHeadlineIsABylineWhateverItsClass() {
        assertEquals(List.of("Karol Nowak"), namesOn("<html><body><div class=\"title-blog\"><h1>Bridge reopens</h1></div>"
                + "<div class=\"postDetails\"><span>By Karol Nowak</span> | <span>27.06.2018 09:54</span></div>"
                + "<p>Text of the story.</p></body></html>"));
        // Far below the headline, or inside a long paragraph, such a line is not looked for.
        StringBuilder far = new StringBuilder("<html><body><h1>Bridge reopens</h1>");
        for (int i = 0; i < 20; i++) {
            far.append("<p>Paragraph ").append(i).append(" of the story.</p>");
        }
        far.append("<p>By the way, Karol Nowak</p><p>By Karol Nowak, who reported it, the bridge is safe; ")
                .append("the council says so too, and the engineers agree after a long survey of its piers that ran ")
                .append("through the whole of the winter and most of the spring before the works.</p></body></html>");
        assertEquals(List.of(), Authors.choose(claimsOf(Jsoup.parse(far.toString())), HERALD).names());
    }

    @Test
    void theOpenGraphArticleAuthorNamesTheAuthor() {
        assertEquals(List.of("Hagen Brandt"), namesOn("<html><head><meta property=\"og:article:author\" content=\"Hagen Brandt\"></head>"
                + "<body><h1>Bridge reopens</h1><p>Text of the story.</p></body></html>"));
    }

    @Test
    void namesFromSeveralPageElementsDoNotAddCoAuthorsToTheMetadata() {
        Authors.Decision cards = Authors.choose(List.of(new Claim("json-ld", "Dana Faris"), new Claim("itemprop=author", "Dana Faris"),
                new Claim("itemprop=author", "Karol Nowak"), new Claim("itemprop=author", "Ana Ruiz")), HERALD);
        assertEquals(List.of("Dana Faris"), cards.names());
        Authors.Decision oneByline = Authors.choose(List.of(new Claim("json-ld", "Dana Faris"),
                new Claim("byline", "By Dana Faris and Karol Nowak")), HERALD);
        assertEquals(List.of("Dana Faris", "Karol Nowak"), oneByline.names());
        // Without stated metadata, the page's own elements make the list.
        Authors.Decision pageOnly = Authors.choose(List.of(new Claim("itemprop=author", "Dana Faris"),
                new Claim("itemprop=author", "Karol Nowak")), HERALD);
        assertEquals(List.of("Dana Faris", "Karol Nowak"), pageOnly.names());
    }

    @Test
    void pageBylinesStopAtTheFirstRepeat() {
        Authors.Decision d = Authors.choose(List.of(
                new Claim("byline", "By Dana Faris"),
                new Claim("byline", "Dana Faris"),
                new Claim("byline", "Brenda Morrow")), HERALD);
        assertEquals(List.of("Dana Faris"), d.names());
    }

    @Test
    void bylinesOfCommentsAndOfOtherArticlesCardsDoNotCount() {
        Document page = Jsoup.parse("<html><body><article><h1>Bridge reopens</h1><p>Text of the story.</p></article>"
                + "<div class=\"comments\"><span class=\"author\">Karol Nowak</span></div>"
                + "<article class=\"teaser\"><h2><a href=\"/other\">Another story</a></h2><p>Its lead.</p>"
                + "<p class=\"author\">Von Thomas Meier</p></article></body></html>");
        List<Claim> claims = claimsOf(page);
        assertEquals(List.of(), Authors.choose(claims, HERALD).names());
    }

    @Test
    void aBylineUnderAnotherArticlesLinkedSubheadingIsThatArticlesWhateverItsBlockIsCalled() {
        String story = "<html><body><article><h1>Bridge reopens</h1><div class=\"byline\">By Dana Faris</div>"
                + "<p>Text of the story.</p></article><div class=\"river\"><div class=\"entry-box\"><div class=\"entry-body\">";
        assertEquals(List.of("Dana Faris"), namesOn(story + "<h2><a href=\"/other\">Ferry fares rise</a></h2><p>Its lead.</p>"
                + "<div class=\"byline\">By Karol Nowak</div></div></div></div></body></html>"));
        assertEquals(List.of("Dana Faris"), namesOn(story + "<div class=\"offerer-title\"><a href=\"/other\">Ferry fares rise</a></div>"
                + "<span class=\"offerer-author\">Karol Nowak</span></div></div></div></body></html>"));
        // Beside a subheading of the article itself (not linked, or among the article's paragraphs), a byline stands.
        assertEquals(List.of("Karol Nowak"), namesOn("<html><body><h1>Bridge reopens</h1><div><h2>What changes</h2>"
                + "<div class=\"byline\">By Karol Nowak</div><p>One.</p><p>Two.</p></div></body></html>"));
    }

    @Test
    void aBylineLinkedTogetherWithAnotherArticlesTitleIsThatArticles() {
        assertEquals(List.of(), namesOn("<html><body><h1>Bridge reopens</h1><p>Text of the story.</p>"
                + "<div class=\"more\"><a href=\"/other-story\"><img src=\"x.jpg\"><div><h3>Ferry fares rise</h3>"
                + "<span class=\"author\">Karol Nowak</span></div></a></div></body></html>"));
        assertEquals(List.of(), namesOn("<html><body><h1>Bridge reopens</h1><p>Text of the story.</p>"
                + "<div class=\"more\"><a href=\"/other-story\"><div class=\"links-title\">Ferry fares rise again this winter</div>"
                + "<div class=\"links-author\">Karol Nowak</div></a></div></body></html>"));
        // A profile link whose heading is the author's name, or with a job title beside it, is the article's own byline.
        assertEquals(List.of("Karol Nowak"), namesOn("<html><body><h1>Bridge reopens</h1><a href=\"/profile/77\"><div class=\"credit-author\">"
                + "<h4>Karol Nowak</h4><h6>Reporter</h6></div></a><p>Text of the story.</p></body></html>"));
        assertEquals(List.of("Karol Nowak"), namesOn("<html><body><h1>Bridge reopens</h1><a href=\"/profile/77\"><span class=\"author\">"
                + "Karol Nowak</span> <span class=\"job-title\">Senior harbour reporter</span></a><p>Text of the story.</p></body></html>"));
    }

    @Test
    void aByLineLinkingToAnAuthorPageIsABylineAndAMenuOfColumnistsIsNot() {
        Document page = Jsoup.parse("<html><body><nav><a href=\"/people/jo-ames\">Jo Ames</a></nav>"
                + "<article><h1>Bridge reopens</h1><p>Von <a href=\"/autor-in/sima-jaber/\">Sima Jaber</a></p>"
                + "<p>Text of the story.</p></article></body></html>");
        List<Claim> claims = claimsOf(page);
        assertEquals(List.of("Sima Jaber"), Authors.choose(claims, HERALD).names());
    }

    @Test
    void jsonLdOrganizationsAreNotAuthors() {
        Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                + "[{\"@type\":\"Organization\",\"name\":\"Medical News Desk\"},{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}]}</script>"
                + "</head><body></body></html>");
        assertEquals(List.of("Ana Ruiz"), JsonLd.read(Pages.elements(page)).authors());
    }

    private static List<String> namesOn(String html) {
        return Authors.choose(claimsOf(Jsoup.parse(html)), HERALD).names();
    }

    private static List<String> names(Claim... claims) {
        return Authors.choose(List.of(claims), HERALD).names();
    }

    private static List<Claim> claimsOf(Document page) {
        PageElements elements = Pages.elements(page);
        return AuthorClaims.of(elements, MetaTags.of(elements), JsonLd.read(elements));
    }

    @Test
    void hintedAuthorsAreTakenAsGiven() {
        assertEquals(List.of("Harbour Desk", "Ana Ruiz"), Authors.split("Harbour Desk, Ana Ruiz"));
        assertEquals(List.of(), Authors.split(" "));
    }

    private static List<String> byline(String raw) {
        return PersonNames.of(raw, HERALD, false);
    }
}
