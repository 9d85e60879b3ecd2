package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.names.Articles.article;
import static org.synoptic.names.Fixtures.mentionTexts;
import static org.synoptic.names.Fixtures.resolve;
import static org.synoptic.names.Fixtures.withVariant;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Mention;

class MentionFindingTest {

    @Test
    void titlesAreStrippedAndOffsetsCoverOnlyTheName() {
        String text = "Iranian Foreign Minister Darius Farahani met Russian President Vladimir Putin in Moscow on Monday.";
        List<Entity> entities = resolve(article("a", text));
        assertEquals(List.of("Darius Farahani", "Vladimir Putin", "Moscow"), mentionTexts(entities));
        Mention darius = withVariant(entities, "Darius Farahani").mentions().get(0);
        assertEquals(text.indexOf("Darius"), darius.start());
        assertEquals(text.indexOf(" met"), darius.end());
    }

    @Test
    void honorificsAndStackedTitlesAreStripped() {
        List<Entity> entities = resolve(article("a",
                "A letter from Ayatollah Seyed Ali Khamenei reached the Kremlin. Mr. Orlen Vask and Dr Mina Sorour read it."));
        assertEquals(List.of("Ali Khamenei", "Kremlin", "Orlen Vask", "Mina Sorour"), mentionTexts(entities));
    }

    @Test
    void aTitleWithItsComplementLeavesTheComplementAndTheName() {
        List<Entity> entities = resolve(
                article("a", "The letter was carried by Speaker of Iran's Parliament Mohammad Bagher Qalibaf last week."),
                article("b", "Iranian Ambassador to Russia Kazem Jalali spoke to state television."),
                article("c", "The Leader of the Islamic Revolution Ayatollah Ali Khamenei wrote it by hand."));
        assertEquals(List.of("Iran", "Mohammad Bagher Qalibaf", "Russia", "Kazem Jalali", "Islamic Revolution", "Ali Khamenei"),
                mentionTexts(entities));
    }

    @Test
    void aTitleComplementMayChainOverSeveralPrepositions() {
        List<Entity> entities = resolve(article("a",
                "The Adviser to the President for Economic Affairs Hamid Tavakoli arrived late."));
        assertEquals(List.of("Economic Affairs", "Hamid Tavakoli"), mentionTexts(entities));
        assertEquals(EntityType.PERSON, withVariant(entities, "Hamid Tavakoli").type());
    }

    @Test
    void possessivesAreDroppedWithEitherApostrophe() {
        String text = "Tehran's mayor met Borodin\u2019s deputy in Astana.";
        List<Entity> entities = resolve(article("a", text));
        assertEquals(List.of("Tehran", "Borodin", "Astana"), mentionTexts(entities));
        assertEquals(text.indexOf("'s"), withVariant(entities, "Tehran").mentions().get(0).end());
    }

    @Test
    void aSentenceOpeningWordCountsOnlyIfSeenCapitalisedMidSentence() {
        List<Entity> entities = resolve(
                article("a", "Lorvik met the envoy. Officials praised the meeting. Reluctantly, the envoy left."),
                article("b", "The talks with Lorvik went on."));
        assertEquals(List.of("Lorvik", "Lorvik"), mentionTexts(entities));
    }

    @Test
    void aSentenceOpeningGivenNameIsKeptUnlessTheCorpusWritesItInLowerCase() {
        List<Entity> entities = resolve(
                article("a", "Orlen Vask spoke first. Everyone listened."),
                article("b", "Reading Tamsin Roe was hard. Reading is slow, and reading takes time."));
        assertEquals(List.of("Orlen Vask", "Tamsin Roe"), mentionTexts(entities));
    }

    @Test
    void connectorsJoinOrganisationsAndParticlesJoinPersons() {
        List<Entity> entities = resolve(article("a",
                "The Ministry of Foreign Affairs hosted Crown Prince Mohammed bin Salman and Senator Kathleen O'Brien."));
        assertEquals(List.of("Ministry of Foreign Affairs", "Mohammed bin Salman", "Kathleen O'Brien"), mentionTexts(entities));
    }

    @Test
    void initialsHyphensAndNamesInsideQuotesCount() {
        List<Entity> entities = resolve(article("a",
                "J. Tarrow spoke after Amir-Tabrizi. \u201CWe trust Karim Dastani,\u201D the aide said."));
        assertEquals(List.of("J. Tarrow", "Amir-Tabrizi", "Karim Dastani"), mentionTexts(entities));
    }

    @Test
    void monthsWeekdaysAndFunctionWordsAreNotNames() {
        List<Entity> entities = resolve(article("a", "In March the talks resumed on Tuesday. I think They are over."));
        assertTrue(entities.isEmpty(), Fixtures.names(entities).toString());
    }

    @Test
    void mentionsComeSortedAndVariantsDistinct() {
        Article a = article("a", "Orlen Vask spoke. Later Orlen Vask left, and Vask said no more.");
        Entity vask = withVariant(resolve(a), "Orlen Vask");
        assertEquals(List.of("Orlen Vask", "Vask"), vask.variants());
        assertEquals(3, vask.mentions().size());
        for (int i = 1; i < vask.mentions().size(); i++) {
            assertFalse(vask.mentions().get(i).start() < vask.mentions().get(i - 1).start());
        }
    }
}
