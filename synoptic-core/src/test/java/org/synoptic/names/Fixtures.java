package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Mention;

/** Small helpers over resolver output for the names tests. */
final class Fixtures {

    private Fixtures() {}

    static List<Entity> resolve(Article... articles) {
        List<Entity> entities = NameResolver.create().resolve(Arrays.asList(articles));
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                Article article = Arrays.stream(articles).filter(a -> a.id().equals(mention.article())).findFirst().orElseThrow();
                assertEquals(mention.text(), article.text().substring(mention.start(), mention.end()), "offsets of " + mention);
            }
        }
        return entities;
    }

    /** The one entity that has this surface form among its variants. */
    static Entity withVariant(List<Entity> entities, String variant) {
        List<Entity> found = entities.stream().filter(e -> e.variants().contains(variant)).toList();
        if (found.size() != 1) {
            fail("expected one entity with variant '" + variant + "', found " + found + " in " + names(entities));
        }
        return found.get(0);
    }

    /** Every mention's text, in article and offset order. */
    static List<String> mentionTexts(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream())
                .sorted(java.util.Comparator.comparing(Mention::article).thenComparingInt(Mention::start))
                .map(Mention::text)
                .toList();
    }

    static List<String> names(List<Entity> entities) {
        return entities.stream().map(e -> e.type() + ":" + e.variants()).toList();
    }
}
