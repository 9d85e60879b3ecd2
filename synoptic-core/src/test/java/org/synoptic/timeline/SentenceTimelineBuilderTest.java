package org.synoptic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.Fixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Calendar;
import org.synoptic.model.Contradiction;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Fact;
import org.synoptic.model.Mention;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

class SentenceTimelineBuilderTest {

    private final TimelineBuilder builder = TimelineBuilder.create();

    private static Timex timex(Article a, String phrase, String value) {
        int start = a.text().indexOf(phrase);
        return new Timex(a.id(), start, start + phrase.length(), phrase, value, Calendar.GREGORIAN, false);
    }

    private static Mention mention(Article a, String name) {
        int start = a.text().indexOf(name);
        return new Mention(a.id(), start, start + name.length(), name);
    }

    @Test
    void sameStatementFromTwoSourcesIsOneFactWithBothSources() {
        Article a = article("a", "", "The ambassador handed the written reply to the adviser on November 2.", "2024-11-03");
        Article b = article("b", "", "On November 2 the ambassador handed the adviser the written reply in Tehran.", "2024-11-04");
        Story story = new Story("s-a", "Reply", List.of("a", "b"), List.of());

        List<Fact> facts = builder.build(List.of(story), List.of(a, b), List.of(),
                List.of(timex(a, "November 2", "2024-11-02"), timex(b, "November 2", "2024-11-02")), List.of());

        assertEquals(1, facts.size());
        Fact fact = facts.get(0);
        assertEquals("2024-11-02", fact.date());
        assertEquals(a.text(), fact.statement());
        assertEquals(List.of("a", "b"), fact.sources().stream().map(s -> s.article()).toList());
        assertTrue(fact.contradictions().isEmpty());
    }

    @Test
    void differentDaysAndSpellingsOfOneNameAreOneFactWithADateContradiction() {
        Article a = article("a", "", "Ambassador Seitkali delivered the reply to the adviser on November 2.", "2024-11-02");
        Article b = article("b", "", "Ambassador Seytkali delivered the reply to the adviser on November 3.", "2024-11-04");
        Entity envoy = new Entity("e1", EntityType.PERSON, "Nurlan Seitkali", List.of("Seitkali", "Seytkali"),
                List.of(mention(a, "Seitkali"), mention(b, "Seytkali")));
        Story story = new Story("s-a", "Reply", List.of("a", "b"), List.of());

        List<Fact> facts = builder.build(List.of(story), List.of(a, b), List.of(envoy),
                List.of(timex(a, "November 2", "2024-11-02"), timex(b, "November 3", "2024-11-03")), List.of());

        assertEquals(1, facts.size(), facts.toString());
        Contradiction c = facts.get(0).contradictions().get(0);
        assertEquals(Contradiction.Kind.DATE, c.kind());
        assertEquals("2024-11-02 (1 source) vs 2024-11-03 (1 source)", c.detail());
        assertEquals("2024-11-02", facts.get(0).date(), "ties go to the earliest day");
    }

    @Test
    void differentCountsOfTheSameThingAreANumberContradiction() {
        Article a = article("a", "", "The sealed letter from the president runs to four pages, officials said.", "2024-10-15");
        Article b = article("b", "", "Officials said the sealed letter from the president runs to six pages.", "2024-10-15");
        Story story = new Story("s-a", "Letter", List.of("a", "b"), List.of());

        List<Fact> facts = builder.build(List.of(story), List.of(a, b), List.of(), List.of(), List.of());

        assertEquals(1, facts.size());
        assertEquals("2024-10-15", facts.get(0).date(), "undated statement of two sources sits at the first report");
        Contradiction c = facts.get(0).contradictions().get(0);
        assertEquals(Contradiction.Kind.NUMBER, c.kind());
        assertEquals("four pages (1 source) vs six pages (1 source)", c.detail());
    }

    @Test
    void undatedStatementOfOneSourceIsNotATimelineFact() {
        Article a = article("a", "", "The sealed letter from the president runs to four pages, officials said.", "2024-10-15");
        Story story = new Story("s-a", "Letter", List.of("a"), List.of());
        assertTrue(builder.build(List.of(story), List.of(a), List.of(), List.of(), List.of()).isEmpty());
    }

    @Test
    void articlesOfDifferentStoriesNeverShareAFact() {
        Article a = article("a", "", "The ambassador handed the written reply to the adviser on November 2.", "2024-11-03");
        Article b = article("b", "", "The ambassador handed the written reply to the adviser on November 2.", "2026-04-21");
        List<Fact> facts = builder.build(
                List.of(new Story("s-a", "A", List.of("a"), List.of()), new Story("s-b", "B", List.of("b"), List.of())),
                List.of(a, b), List.of(),
                List.of(timex(a, "November 2", "2024-11-02"), timex(b, "November 2", "2025-11-02")), List.of());
        assertEquals(2, facts.size());
        facts.forEach(f -> assertEquals(1, f.sources().size()));
    }

    @Test
    void sentencesWordedApartThatCountTheSameThingDifferentlyAreFlagged() {
        Article a = article("a", "", "Officials said the letter, which runs to four pages, would arrive this week.", "2024-10-15");
        Article b = article("b", "", "A staff member said the document runs to six pages and is written in Persian.", "2024-10-16");
        Story story = new Story("s-a", "Letter", List.of("a", "b"), List.of());

        List<Fact> facts = builder.build(List.of(story), List.of(a, b), List.of(), List.of(), List.of());

        assertEquals(1, facts.size(), facts.toString());
        assertEquals("four pages (1 source) vs six pages (1 source)", facts.get(0).contradictions().get(0).detail());
    }

    @Test
    void aPartOfACountIsNotAConflictingCount() {
        Article a = article("a", "", "The letter set out three subjects for the talks, the aide said.", "2024-10-15");
        Article b = article("b", "", "He listed the other two subjects of the letter as rail and shipping.", "2024-10-16");
        Story story = new Story("s-a", "Letter", List.of("a", "b"), List.of());

        List<Fact> facts = builder.build(List.of(story), List.of(a, b), List.of(), List.of(), List.of());

        assertTrue(facts.stream().allMatch(f -> f.contradictions().isEmpty()), facts.toString());
    }
}
