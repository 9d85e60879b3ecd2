package org.synoptic.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.names.Articles.article;
import static org.synoptic.quotes.Speakers.entity;
import static org.synoptic.quotes.Speakers.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;

class AttributionTest {

    private static List<Optional<String>> speakers(Article article, Entity... entities) {
        return QuoteFinder.create().find(article, List.of(entities)).stream().map(Quote::speaker).toList();
    }

    @Test
    void nameThenVerbAfterTheQuote() {
        Article a = article("a", "\u201CWe will sign the grain deal soon,\u201D Vask said on Monday.");
        assertEquals(List.of(Optional.of("vask")), speakers(a, person("vask", a, "Vask")));
    }

    @Test
    void verbThenTitledNameAfterTheQuote() {
        Article a = article("a", "\u201CWe will sign the grain deal soon,\u201D said Foreign Minister Orlen Vask.");
        assertEquals(List.of(Optional.of("vask")), speakers(a, person("vask", a, "Orlen Vask")));
    }

    @Test
    void nameBeforeAnAccordingToSourceStillSpeaks() {
        Article a = article("a", "\u201CThe letter was very important to both sides,\u201D Tamsin Roe said, according to Volga News.");
        Entity roe = person("roe", a, "Tamsin Roe");
        Entity agency = entity("news", EntityType.ORGANIZATION, a, "Volga News");
        assertEquals(List.of(Optional.of("roe")), speakers(a, roe, agency));
    }

    @Test
    void accordingToAfterTheQuote() {
        Article a = article("a", "\u201CThe border will reopen in spring,\u201D according to Tamsin Roe.");
        assertEquals(List.of(Optional.of("roe")), speakers(a, person("roe", a, "Tamsin Roe")));
    }

    @Test
    void theRoleGoesToThePersonWithThatTitle() {
        Article a = article("a", "Ambassador Mina Sorour met Karim Dastani in the capital. "
                + "\u201CWe have many plans for the coming year,\u201D the ambassador said.");
        Entity sorour = person("sorour", a, "Mina Sorour");
        Entity dastani = person("dastani", a, "Karim Dastani");
        assertEquals(List.of(Optional.of("sorour")), speakers(a, sorour, dastani));
    }

    @Test
    void theRoleMatchesAnApposition() {
        Article a = article("a", "Karim Dastani, the special aide to the speaker, travelled with Mina Sorour. "
                + "\u201CThe visit will send a clear message,\u201D the special aide said.");
        Entity sorour = person("sorour", a, "Mina Sorour");
        Entity dastani = person("dastani", a, "Karim Dastani");
        assertEquals(List.of(Optional.of("dastani")), speakers(a, sorour, dastani));
    }

    @Test
    void anUnmatchedRoleFallsBackToTheMostRecentPerson() {
        Article a = article("a", "Karim Dastani met Mina Sorour. \u201CIt was a long day for everyone,\u201D the diplomat said.");
        assertEquals(List.of(Optional.of("sorour")),
                speakers(a, person("dastani", a, "Karim Dastani"), person("sorour", a, "Mina Sorour")));
    }

    @Test
    void nameAndVerbBeforeTheQuote() {
        Article a = article("a", "Vask said: \u201CThe harvest was better than we feared.\u201D "
                + "Later Roe told reporters, \u201CNothing has been decided yet.\u201D "
                + "According to Vask, \u201Cthe prices will settle by autumn.\u201D");
        assertEquals(List.of(Optional.of("vask"), Optional.of("roe"), Optional.of("vask")),
                speakers(a, person("vask", a, "Vask"), person("roe", a, "Roe")));
    }

    @Test
    void aPronounGoesToTheMostRecentPersonBeforeTheQuote() {
        Article a = article("a", "Tamsin Roe arrived after Orlen Vask had left.\n\n"
                + "\u201COur talks were friendly and frank,\u201D he added.");
        assertEquals(List.of(Optional.of("vask")), speakers(a, person("roe", a, "Tamsin Roe"), person("vask", a, "Orlen Vask")));
    }

    @Test
    void aPronounWithNoPersonBeforeItStaysEmpty() {
        Article a = article("a", "\u201COur talks were friendly and frank,\u201D she said. Tamsin Roe left.");
        assertEquals(List.of(Optional.empty()), speakers(a, person("roe", a, "Tamsin Roe")));
    }

    @Test
    void aQuoteOnlyParagraphKeepsThePreviousSpeaker() {
        Article a = article("a", "\u201CWe agreed on the railway,\u201D Vask said.\n\n\u201CThe ports come next year.\u201D\n\n"
                + "Roe did not comment.\n\n\u201CNobody knows the final cost.\u201D");
        assertEquals(List.of(Optional.of("vask"), Optional.of("vask"), Optional.empty()),
                speakers(a, person("vask", a, "Vask"), person("roe", a, "Roe")));
    }

    @Test
    void aQuoteSpanningParagraphsTakesTheAttributionAtItsEnd() {
        Article a = article("a", "\u201CThe first stage covers the northern line.\n\n"
                + "\u201CThe second stage covers the ports,\u201D Roe said.");
        assertEquals(List.of(Optional.of("roe")), speakers(a, person("roe", a, "Roe")));
    }

    @Test
    void anUnknownSpeakerIsEmpty() {
        Article a = article("a", "Vask arrived.\n\n\u201CThe deal is almost done now,\u201D a source close to the talks said.");
        assertEquals(List.of(Optional.empty()), speakers(a, person("vask", a, "Vask")));
    }

    @Test
    void aNewSentenceAfterAClosedQuoteIsNoAttribution() {
        Article a = article("a", "Vask spoke first. \u201CThe deal is almost done now.\u201D "
                + "The minister said the signing would take place in Astana next month.");
        assertEquals(List.of(Optional.empty()), speakers(a, person("vask", a, "Vask")));
    }

    @Test
    void aQuoteWithNoAttributionAndNoPreviousSpeakerIsEmpty() {
        Article a = article("a", "The crowd chanted \u201Cbread and peace for all\u201D outside the hall.");
        assertEquals(List.of(Optional.empty()), speakers(a));
    }

    @Test
    void aSentenceSplitByItsAttributionGivesBothHalvesTheSpeaker() {
        Article a = article("a", "Tamsin Roe was asked about the rumours.\n\n"
                + "\u201CSome of these stories are simply invented,\u201D she says, \u201Cand nobody checks them anymore.\u201D");
        assertEquals(List.of(Optional.of("roe"), Optional.of("roe")), speakers(a, person("roe", a, "Tamsin Roe")));
    }

    @Test
    void aQuoteRightAfterReportedSpeechKeepsThatSpeaker() {
        Article a = article("a", "The plan rests on trust and patience, Vask said. \u201CWe have no other way forward.\u201D");
        assertEquals(List.of(Optional.of("vask")), speakers(a, person("vask", a, "Vask")));
    }

    @Test
    void theLaterOfAccordingToAndAVerbIntroducesTheQuote() {
        Article a = article("a", "According to Volga News, Vask said: \u201CThe ports come next year.\u201D");
        Entity agency = entity("news", EntityType.ORGANIZATION, a, "Volga News");
        assertEquals(List.of(Optional.of("vask")), speakers(a, person("vask", a, "Vask"), agency));
    }
}
