package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Evidence;
import org.synoptic.model.Hints;

class OutletsAndLicensesTest {

    @Test
    void outletFromEachSignalWithEvidence() {
        Article a = page("<meta property=\"og:site_name\" content=\"Harbour Herald\"><meta name=\"application-name\" content=\"Herald App\">",
                "https://www.harbourherald.example/a/1");
        assertEquals("Harbour Herald", a.outlet());
        Evidence e = a.details().evidence().get("outlet");
        assertEquals("meta:og:site_name", e.signal());
        assertTrue(e.beaten().stream().anyMatch(c -> c.signal().equals("meta:application-name") && c.reason().equals("lower priority")));
        assertTrue(e.beaten().stream().anyMatch(c -> c.signal().equals("url-host") && c.value().equals("harbourherald.example")));
        assertEquals("json-ld:publisher", page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":"
                + "{\"@type\":\"Organization\",\"name\":\"Bay Press\"}}</script>", "").details().evidence().get("outlet").signal());
        assertEquals("url-host", page("", "https://www.harbourherald.example/a/1").details().evidence().get("outlet").signal());
    }

    @Test
    void theEvidenceSaysHowSureTheOutletIs() {
        // The site's name, and an address holding its label.
        assertEquals(Evidence.Confidence.HIGH, outletConfidence(page("<meta property=\"og:site_name\" content=\"Harbour Herald\">",
                "https://www.harbourherald.example/a/1")));
        // Two names for the site that differ, the address confirming neither.
        assertEquals(Evidence.Confidence.LOW, outletConfidence(page("<meta property=\"og:site_name\" content=\"Harbour Herald\">"
                + "<meta name=\"application-name\" content=\"Bay Portal\">", "https://news.example/a/1")));
        // The address alone is a weak signal.
        assertEquals(Evidence.Confidence.LOW, outletConfidence(page("", "https://www.harbourherald.example/a/1")));
    }

    private static Evidence.Confidence outletConfidence(Article article) {
        return article.details().evidence().get("outlet").confidence();
    }

    @Test
    void anApplicationNameThatIsTheHeadlineNamesNoSiteAndTheHeadlineStands() {
        Article a = Pages.html("<html><head><title>Ferry fares rise again</title>"
                + "<meta property=\"og:title\" content=\"Ferry fares rise again\">"
                + "<meta name=\"application-name\" content=\"Ferry fares rise again\">"
                + "<meta property=\"og:site_name\" content=\"Bay Portal\"></head><body><article><h1>Ferry fares rise again</h1><p>"
                + "The ferry company raised its fares for the third time this year. ".repeat(20) + "</p></article></body></html>");
        assertEquals("Ferry fares rise again", a.title());
        assertEquals("Bay Portal", a.outlet());
    }

    @Test
    void theCopyrightHolderNamesTheOutletWhenNothingElseDoes() {
        Article a = Pages.html("<html><body><article><p>" + "The ferry ran late again on Monday. ".repeat(20) + "</p></article>"
                + "<footer><p>© 2024 Bay Courier Media, LLC. All rights reserved.</p></footer></body></html>");
        assertEquals("Bay Courier Media", a.outlet());
        assertEquals("copyright", a.details().evidence().get("outlet").signal());
        assertEquals("The Harbour Herald", Outlets.copyrightHolder("Copyright © 2019-2024 The Harbour Herald. All rights reserved").orElseThrow());
        assertTrue(Outlets.copyrightHolder("© All rights reserved").isEmpty());
    }

    @Test
    void siteLabelsAndTaglines() {
        assertEquals("entermedia", Outlets.siteLabel("entermedia.co.kr"));
        assertEquals("sky", Outlets.siteLabel("news.sky.com"));
        assertEquals("Harbour Herald", Metadata.outletName("Harbour Herald | News for the bay since 1901"));
        assertEquals("herald.example", Metadata.outletName("https://www.herald.example"));
        assertEquals("The Anti-June Cleaver", Metadata.outletName("The Anti-June Cleaver"));
    }

    @Test
    void creativeCommonsAddressesGetReadableNames() {
        assertEquals("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", Licenses.readable("https://creativecommons.org/licenses/by/4.0/"));
        assertEquals("CC BY-NC-SA 3.0 (http://creativecommons.org/licenses/by-nc-sa/3.0/de/)",
                Licenses.readable("http://creativecommons.org/licenses/by-nc-sa/3.0/de/"));
        assertEquals("CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)", Licenses.readable("https://creativecommons.org/publicdomain/zero/1.0/"));
        assertEquals("Public Domain Mark 1.0 (https://creativecommons.org/publicdomain/mark/1.0/)",
                Licenses.readable("https://creativecommons.org/publicdomain/mark/1.0/"));
        assertEquals("https://harbour.example/terms", Licenses.readable("https://harbour.example/terms"));
    }

    @Test
    void licenceFromEachSignalWithEvidence() {
        Article linked = page("<link rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">"
                + "<meta name=\"dc.rights\" content=\"CC BY-SA 4.0\">", "");
        assertEquals("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)", linked.license());
        Evidence e = linked.details().evidence().get("license");
        assertEquals("rel=license", e.signal());
        assertEquals(List.of("meta:dc.rights"), e.beaten().stream().map(Evidence.Candidate::signal).toList());
        Article footer = Pages.html("<html><body><article><p>" + "The ferry ran late again on Monday. ".repeat(20) + "</p></article>"
                + "<footer><p>Text available under a Creative Commons Attribution-ShareAlike 3.0 Unported License.</p></footer></body></html>");
        assertEquals("Creative Commons Attribution-ShareAlike 3.0 Unported", footer.license());
        assertEquals("page-statement", footer.details().evidence().get("license").signal());
        assertTrue(page("", "").details().evidence().get("license") == null);
    }

    private static Article page(String head, String url) {
        String html = Pages.page(head, "");
        return url.isEmpty() ? Pages.html(html) : Pages.html(html, Hints.NONE.withUrl(url));
    }
}
