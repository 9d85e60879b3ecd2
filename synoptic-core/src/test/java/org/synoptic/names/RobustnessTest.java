package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Mention;
import org.synoptic.model.Quote;
import org.synoptic.quotes.QuoteFinder;

/** Seeded random text from awkward pieces: both stages must finish and keep every offset inside its article. */
class RobustnessTest {

    private static final String[] PIECES = {
        "Mr.", "Dr", "J.", "U.S.", "al-", "Al-Rashid", "O'Neil", "Iran's", "Kazem", "Jalali", "Ghalibaf", "of", "the",
        "Ministry", "Speaker", "to", "said", "he", "added", "\u201C", "\u201D", "\"", "'", "\u2019s", ",", ".", ":", "\n",
        "\n\n", "(", ")", "JCPOA", "NATO", "TEHRAN", "\u2013", "Вячеслав", "Володин", "according", "Ayatollah", "Seyed",
        "Monday", "May", "I", "The", "von", "bin", "2024", "x", "-", "\u00A0",
    };

    @Test
    void randomAwkwardTextNeverBreaksEitherStage() {
        Random random = new Random(7L);
        for (int round = 0; round < 200; round++) {
            List<Article> articles = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                StringBuilder text = new StringBuilder();
                int words = random.nextInt(60);
                for (int w = 0; w < words; w++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextInt(3) > 0) {
                        text.append(' ');
                    }
                }
                articles.add(Articles.article("r" + round + "-" + a, text.toString()));
            }
            List<Entity> entities = NameResolver.create().resolve(articles);
            for (Entity entity : entities) {
                assertTrue(!entity.mentions().isEmpty() && entity.variants().contains(entity.canonical()), entity.toString());
                for (Mention mention : entity.mentions()) {
                    String text = articles.stream().filter(x -> x.id().equals(mention.article())).findFirst().orElseThrow().text();
                    assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
                }
            }
            for (Article article : articles) {
                for (Quote quote : QuoteFinder.create().find(article, entities)) {
                    assertTrue(quote.start() <= quote.end() && quote.end() <= article.text().length(), quote.toString());
                    quote.speaker().ifPresent(id -> assertTrue(entities.stream().anyMatch(e -> e.id().equals(id))));
                }
            }
        }
    }

    @Test
    void aVeryLongCapitalisedListIsCutIntoBoundedRuns() {
        String text = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma "
                .repeat(50);
        List<Entity> entities = NameResolver.create().resolve(List.of(Articles.article("long", "They met " + text)));
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                assertTrue(mention.text().split(" ").length <= Runs.MAX_RUN_WORDS, mention.text());
            }
        }
    }
}
