package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.names.Articles.article;
import static org.synoptic.names.Fixtures.resolve;
import static org.synoptic.names.Fixtures.withVariant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synoptic.internal.Hashing;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Mention;

class EntityIdentityTest {

    @Test
    void resultDoesNotDependOnArticleOrder() {
        List<Article> articles = new ArrayList<>(LinkingTest.SPEAKER_VISIT);
        List<Entity> expected = NameResolver.create().resolve(articles);
        Random random = new Random(20240611L);
        for (int round = 0; round < 8; round++) {
            Collections.shuffle(articles, random);
            assertEquals(expected, NameResolver.create().resolve(articles), "order " + articles.stream().map(Article::id).toList());
        }
    }

    @Test
    void idsHashTypeAndCanonicalAndTheListIsSortedById() {
        List<Entity> entities = resolve(LinkingTest.SPEAKER_VISIT.toArray(Article[]::new));
        Entity volodin = withVariant(entities, "Vyacheslav Volodin");
        assertEquals("e" + Hashing.sha256("PERSON:" + volodin.canonical()).substring(0, 10), volodin.id());
        List<String> ids = entities.stream().map(Entity::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(ids.size(), ids.stream().distinct().count());
        for (Entity entity : entities) {
            assertTrue(entity.id().matches("e[0-9a-f]{10}"), entity.id());
            List<Mention> sorted = entity.mentions().stream()
                    .sorted(Comparator.comparing(Mention::article).thenComparingInt(Mention::start)).toList();
            assertEquals(sorted, entity.mentions());
        }
    }

    @Test
    void canonicalIsTheMostFrequentOfTheLongestForms() {
        List<Entity> entities = resolve(
                article("a", "Viacheslav Valodin spoke. Vyacheslav Volodin listened."),
                article("b", "Viacheslav Valodin left early, so Volodin chaired."));
        Entity person = withVariant(entities, "Volodin");
        assertEquals("Viacheslav Valodin", person.canonical());
    }

    @Test
    void equalCanonicalNamesOfDifferentEntitiesGetDistinctIds() {
        List<Group> groups = List.of(
                new Group(EntityType.MISC, List.of(candidate("a", 0, "Orsk"))),
                new Group(EntityType.MISC, List.of(candidate("b", 0, "Orsk"))));
        List<Entity> entities = EntityAssembler.entities(groups);
        assertEquals(2, entities.stream().map(Entity::id).distinct().count());
        Entity first = entities.stream().filter(e -> e.mentions().get(0).article().equals("a")).findFirst().orElseThrow();
        assertEquals("e" + Hashing.sha256("MISC:Orsk").substring(0, 10), first.id());
    }

    @Test
    void noArticlesGiveNoEntities() {
        assertEquals(List.of(), NameResolver.create().resolve(List.of()));
        assertEquals(List.of(), resolve(article("empty", "")));
    }

    private static Candidate candidate(String article, int start, String text) {
        return new Candidate(article, start, start + text.length(), text, List.of(text), EntityType.MISC, false);
    }
}
