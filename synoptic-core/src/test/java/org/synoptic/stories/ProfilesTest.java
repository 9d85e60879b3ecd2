package org.synoptic.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.Fixtures.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class ProfilesTest {

    @Test
    void aTextIsWhollyLikeItselfAndNotAtAllLikeOneWithOtherWords() {
        // Hundreds of distinct terms, so that terms share slots of the lookup table and are found past them.
        Random random = new Random(20261124);
        List<Article> articles = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.append(id).append("word").append(random.nextInt(1_000)).append(' ');
            }
            articles.add(article(id, "", text.toString(), "2024-10-15"));
        }
        Profiles profiles = Profiles.of(articles, List.of());
        // Without entities only the term half of the score counts.
        assertEquals(0.5, profiles.similarity("a", "a"), 1e-12);
        assertEquals(0.0, profiles.similarity("a", "b"));
        assertEquals(profiles.similarity("b", "c"), profiles.similarity("c", "b"), 1e-12);
    }

    @Test
    void sharedTermsCountByTheirWeights() {
        // "ferry" is in every text, so it weighs less than the terms only two texts share.
        List<Article> articles = List.of(
                article("a", "", "ferry harbour grain", "2024-10-15"),
                article("b", "", "ferry harbour cotton", "2024-10-15"),
                article("c", "", "ferry rain valley", "2024-10-15"));
        Profiles profiles = Profiles.of(articles, List.of());
        double rare = Math.log(1 + 3.0 / 2);
        double common = Math.log(1 + 3.0 / 3);
        double once = Math.log(1 + 3.0);
        double lengthA = Math.sqrt(common * common + rare * rare + once * once);
        double lengthC = Math.sqrt(common * common + once * once + once * once);
        assertEquals(0.5 * (common * common + rare * rare) / (lengthA * lengthA), profiles.similarity("a", "b"), 1e-12);
        assertEquals(0.5 * common * common / (lengthA * lengthC), profiles.similarity("a", "c"), 1e-12);
    }
}
