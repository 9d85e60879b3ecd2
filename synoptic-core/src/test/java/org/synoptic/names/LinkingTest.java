package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.names.Articles.article;
import static org.synoptic.names.Fixtures.resolve;
import static org.synoptic.names.Fixtures.withVariant;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;

class LinkingTest {

    static final List<Article> SPEAKER_VISIT = List.of(
            article("visit-1", "Speaker of Iran's Parliament Mohammad Bagher Qalibaf arrived in Moscow on Tuesday. "
                    + "Qalibaf then met his counterpart Vyacheslav Volodin at the State Duma."),
            article("visit-2", "Mohammad Baqer Qalibaf said the talks had been useful. Speaker Ghalibaf flew home the next day."),
            article("visit-3", "Mohammad Baqir Qalibaf and Viacheslav Valodin signed a memorandum. Valodin praised the visit."),
            article("visit-4", "The message of Ayatollah Khamenei was read aloud. Ali Khamenei had written it in January."),
            article("visit-5", "Ayatollah Seyed Ali Khamenei was thanked by the hosts, and Seyyed Ali Khamenei was quoted twice."),
            article("visit-6", "Hossein Amir-Abdollahian travelled with the delegation. Amir-Abdollahian wrote about it later."),
            article("visit-7", "Hussein Amir Abdollahian, an aide, briefed reporters in Tehran."),
            article("visit-8", "The envoy Levan Dzhagaryan hosted a dinner, where Nurlan Seitkali gave a toast."),
            article("visit-9", "Levan Jagarian and Nurlan Seytkali were among the guests."),
            article("visit-10", "The deputy Reza Qolizadeh joined them, and Gholizadeh later left for Baku."),
            article("visit-11", "Reza Gholi-Zadeh said the evening went well."));

    @Test
    void oneSpeakerAcrossSpellingsTitlesAndShortForms() {
        List<Entity> entities = resolve(SPEAKER_VISIT.toArray(Article[]::new));
        Entity speaker = withVariant(entities, "Mohammad Bagher Qalibaf");
        assertEquals(EntityType.PERSON, speaker.type());
        assertEquals(List.of("Ghalibaf", "Mohammad Bagher Qalibaf", "Mohammad Baqer Qalibaf", "Mohammad Baqir Qalibaf", "Qalibaf"),
                speaker.variants());
        assertEquals(5, speaker.mentions().size());
    }

    @Test
    void transliteratedGivenNamesAndSurnamesMeet() {
        List<Entity> entities = resolve(SPEAKER_VISIT.toArray(Article[]::new));
        assertEquals(List.of("Valodin", "Viacheslav Valodin", "Vyacheslav Volodin"), withVariant(entities, "Valodin").variants());
        assertEquals(List.of("Levan Dzhagaryan", "Levan Jagarian"), withVariant(entities, "Levan Jagarian").variants());
        assertEquals(List.of("Nurlan Seitkali", "Nurlan Seytkali"), withVariant(entities, "Nurlan Seitkali").variants());
        assertEquals(List.of("Gholizadeh", "Reza Gholi-Zadeh", "Reza Qolizadeh"), withVariant(entities, "Gholizadeh").variants());
    }

    @Test
    void hyphenatedAndSpacedCompoundSurnamesMeet() {
        List<Entity> entities = resolve(SPEAKER_VISIT.toArray(Article[]::new));
        assertEquals(List.of("Amir-Abdollahian", "Hossein Amir-Abdollahian", "Hussein Amir Abdollahian"),
                withVariant(entities, "Amir-Abdollahian").variants());
    }

    @Test
    void honorificsAndShortFormsOfTheLeaderMeet() {
        List<Entity> entities = resolve(SPEAKER_VISIT.toArray(Article[]::new));
        Entity leader = withVariant(entities, "Khamenei");
        assertEquals(List.of("Ali Khamenei", "Khamenei"), leader.variants());
        assertEquals(4, leader.mentions().size());
        assertEquals("Ali Khamenei", leader.canonical());
    }

    @Test
    void sameSurnameWithConflictingGivenNamesStaysApart() {
        List<Entity> entities = resolve(
                article("k1", "Kazem Jalali met the press. Jalali was brief."),
                article("k2", "Kazem Jalali flew to Minsk."),
                article("k3", "Kazem Jalali spoke at a forum."),
                article("q1", "Qasem Jalali opened a clinic. Jalali thanked the donors."),
                article("x1", "The plan was backed by Jalali on Friday."));
        Entity kazem = withVariant(entities, "Kazem Jalali");
        Entity qasem = withVariant(entities, "Qasem Jalali");
        assertNotEquals(kazem.id(), qasem.id());
        assertTrue(kazem.mentions().stream().anyMatch(m -> m.article().equals("k1") && m.text().equals("Jalali")));
        assertTrue(qasem.mentions().stream().anyMatch(m -> m.article().equals("q1") && m.text().equals("Jalali")));
        // Alone in an article naming neither, the short form goes to the one named three times as often.
        assertTrue(kazem.mentions().stream().anyMatch(m -> m.article().equals("x1")), kazem.mentions().toString());
    }

    @Test
    void anAmbiguousShortFormWithoutADominantPersonStaysOnItsOwn() {
        List<Entity> entities = resolve(
                article("k1", "Kazem Jalali met the press."),
                article("q1", "Qasem Jalali opened a clinic."),
                article("x1", "The plan was backed by Jalali on Friday."));
        Entity alone = withVariant(entities, "Jalali");
        assertEquals(List.of("Jalali"), alone.variants());
        assertEquals(3, entities.size());
    }

    @Test
    void aPersonAndAnOrganisationSharingAWordStayApart() {
        List<Entity> entities = resolve(
                article("m1", "Daniel Mercer left Mercer Bank in May. Mercer said he was proud of the bank."),
                article("m2", "Mercer Bank shares fell."));
        Entity person = withVariant(entities, "Daniel Mercer");
        Entity bank = withVariant(entities, "Mercer Bank");
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(EntityType.ORGANIZATION, bank.type());
        assertEquals(List.of("Daniel Mercer", "Mercer"), person.variants());
        assertEquals(2, bank.mentions().size());
    }

    @Test
    void anAcronymJoinsItsExpansionAcrossArticles() {
        List<Entity> entities = resolve(
                article("j1", "Both sides discussed the Joint Comprehensive Plan of Action (JCPOA) at length."),
                article("j2", "The JCPOA was not on the agenda, officials in Vienna said."));
        Entity deal = withVariant(entities, "JCPOA");
        assertEquals("Joint Comprehensive Plan of Action", deal.canonical());
        assertEquals(3, deal.mentions().size());
        assertEquals(EntityType.ORGANIZATION, deal.type());
    }

    @Test
    void namesInCyrillicMeetTheirRomanisation() {
        List<Entity> entities = resolve(
                article("r1", "Vyacheslav Volodin opened the session."),
                article("r2", "Заседание открыл Вячеслав Володин."));
        assertEquals(List.of("Vyacheslav Volodin", "Вячеслав Володин"), withVariant(entities, "Вячеслав Володин").variants());
    }

    @Test
    void spellingsAlsoFoldForPlacesAndOrganisations() {
        List<Entity> entities = resolve(
                article("p1", "TEHRAN \u2013 The U.S. side said nothing."),
                article("p2", "Officials in Tehran and the US capital waited."));
        assertEquals(List.of("TEHRAN", "Tehran"), withVariant(entities, "Tehran").variants());
        assertEquals(List.of("U.S.", "US"), withVariant(entities, "US").variants());
    }
}
