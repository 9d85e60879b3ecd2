package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static Boilerplate.Signal signal(String attributes) {
        Element element = Jsoup.parse("<div " + attributes + "></div>").selectFirst("div");
        return Boilerplate.signal(element);
    }

    @Test
    void widgetNamesAreFurniture() {
        for (String attributes : List.of("class=\"share-bar\"", "class=\"ad-slot\"", "id=\"comments\"", "class=\"relatedArticles\"",
                "class=\"cookie-consent\"", "class=\"newsletter-signup\"", "class=\"breadcrumb\"", "class=\"sidebar\"",
                "class=\"author-bio\"", "role=\"navigation\"", "aria-label=\"Share this story\"", "class=\"sr-only\"")) {
            assertEquals(Boilerplate.Signal.FURNITURE, signal(attributes), attributes);
        }
    }

    @Test
    void containerNamesAreNotFurniture() {
        assertEquals(Boilerplate.Signal.CONTENT, signal("class=\"article-header\""));
        assertEquals(Boilerplate.Signal.CONTENT, signal("class=\"entry-content has-comments\""));
        assertEquals(Boilerplate.Signal.NONE, signal("class=\"has-comments no-sidebar\""));
        assertEquals(Boilerplate.Signal.NONE, signal("class=\"header download-link\""));
        assertEquals(Boilerplate.Signal.MIXED, signal("class=\"content-sidebar-wrap\""));
    }

    @Test
    void namesSplitIntoWords() {
        assertEquals(List.of("related", "articles"), Boilerplate.words("relatedArticles"));
        assertEquals(List.of("ad", "slot", "2"), Boilerplate.words("ad_slot-2"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Subscribe to the weekly briefing | Contact the desk | Corrections",
        "Home · World · Business · Sport",
    })
    void separatedMenusAreFurniture(String line) {
        org.junit.jupiter.api.Assertions.assertTrue(BoilerplateLines.isBoilerplate(line), line);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Prices | wages | rents: all three rose again in October, the statistics office said.",
        "Diplomacy | Central Asia",
    })
    void proseAndShortLabelsAreNotSeparatedMenus(String line) {
        org.junit.jupiter.api.Assertions.assertFalse(BoilerplateLines.isSeparatedMenu(line), line);
    }
}
