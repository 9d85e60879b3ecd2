package org.synoptic.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.Fixtures.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Calendar;
import org.synoptic.model.Event;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

class IncrementalStoryClustererTest {

    private final StoryClusterer clusterer = StoryClusterer.create();

    private static final String FERRY = "The new ferry line between Aktau and Anzali will carry grain, cotton and "
            + "machine parts. Port officials said the first sailing was planned after the harbour works end.";
    private static final String FLOOD = "Heavy rain flooded the river valley and rescue teams evacuated three "
            + "villages. The regional governor asked for army helicopters and emergency shelters.";

    @Test
    void articlesAboutOneMatterFormOneStoryAndAnotherMatterItsOwn() {
        List<Article> articles = List.of(
                article("a1", "Ferry line to open", FERRY, "2024-10-15"),
                article("a2", "Caspian ferry line planned", "Officials confirmed it. " + FERRY, "2024-10-16"),
                article("b1", "Valley flooded", FLOOD, "2024-10-16"));

        List<Story> stories = clusterer.cluster(articles, List.of(), List.of());

        assertEquals(2, stories.size());
        assertEquals(List.of("a1", "a2"), stories.get(0).articles());
        assertEquals("Ferry line to open", stories.get(0).title());
        assertEquals(List.of("b1"), stories.get(1).articles());
    }

    @Test
    void theSameWordsMonthsLaterAreANewStory() {
        List<Article> articles = List.of(
                article("a1", "Ferry line to open", FERRY, "2024-10-15"),
                article("a2", "Ferry line to open", FERRY, "2025-06-01"));
        assertEquals(2, clusterer.cluster(articles, List.of(), List.of()).size());
    }

    @Test
    void aStoryStaysOpenWhileItsLatestReportIsRecent() {
        // 40 days after the first report, then 39 after the second: 79 after the first, but the
        // nearest report of the story is the latest one.
        List<Article> articles = List.of(
                article("a1", "Ferry line to open", FERRY, "2024-01-01"),
                article("a2", "Ferry line to open", FERRY, "2024-02-10"),
                article("a3", "Ferry line to open", FERRY, "2024-03-20"),
                article("a4", "Ferry line to open", FERRY, "2024-05-20"));
        List<Story> stories = clusterer.cluster(articles, List.of(), List.of());
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("a4")), stories.stream().map(Story::articles).toList());
    }

    @Test
    void aKeyRemembersItsLatestMembersSoLateReportsStillMeet() {
        // More reports than a key remembers, all with the same words, years before two new ones:
        // the new ones meet through keys that by then hold only newer reports.
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < IncrementalStoryClusterer.MAX_KEY_MEMBERS + 5; i++) {
            articles.add(article(String.format("old-%03d", i), "Ferry line to open", FERRY,
                    java.time.LocalDate.parse("2019-01-01").plusDays(i).toString()));
        }
        articles.add(article("new-a", "Ferry line to open", FERRY, "2024-06-01"));
        articles.add(article("new-b", "Ferry line to open", FERRY, "2024-06-02"));
        List<Story> stories = clusterer.cluster(articles, List.of(), List.of());
        assertEquals(List.of("new-a", "new-b"), stories.stream().filter(s -> s.articles().contains("new-a")).findFirst().orElseThrow().articles());
    }

    @Test
    void eventsAreTheDatesArticlesLeadWithOrShare() {
        Article a = article("a", "Ferry", "The first ferry sailed on October 15. " + FERRY, "2024-10-16");
        Article b = article("b", "Ferry", "Port officials said on October 15 the line had opened. " + FERRY, "2024-10-17");
        List<Timex> timexes = List.of(
                new Timex("a", 28, 38, "October 15", "2024-10-15", Calendar.GREGORIAN, false),
                new Timex("b", 27, 37, "October 15", "2024-10-15", Calendar.GREGORIAN, false));

        Story story = clusterer.cluster(List.of(a, b), List.of(), timexes).get(0);

        assertEquals(1, story.events().size());
        Event event = story.events().get(0);
        assertEquals("2024-10-15", event.date());
        assertEquals("The first ferry sailed on October 15.", event.summary());
        assertEquals(List.of("a", "b"), event.articles());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Article> articles = new ArrayList<>(List.of(
                article("a1", "Ferry line to open", FERRY, "2024-10-15"),
                article("a2", "Caspian ferry line planned", FERRY, "2024-10-16"),
                article("b1", "Valley flooded", FLOOD, "")));
        List<Story> forward = clusterer.cluster(articles, List.of(), List.of());
        Collections.reverse(articles);
        assertEquals(forward, clusterer.cluster(articles, List.of(), List.of()));
    }
}
