package org.synoptic.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synoptic.Fixtures.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Details;
import org.synoptic.model.Evidence;
import org.synoptic.model.Passage;
import org.synoptic.model.Reuse;
import org.synoptic.model.ReuseKind;

class ShingleReuseDetectorTest {

    private static final String COPIED = "The harbour authority said the new ferry line would carry grain, cotton and "
            + "machine parts between the two ports every week from the spring, doubling the freight capacity on the route.";

    private final ReuseDetector detector = ReuseDetector.create();

    @Test
    void copiedPassageIsFoundWithOffsetsInBothArticlesAndPointsFromTheEarlierOne() {
        Article later = article("b", "", "Officials met on Monday. " + COPIED + " Nobody objected.", "2024-10-16");
        Article earlier = article("a", "", "In other news, " + COPIED, "2024-10-15");

        List<Reuse> reuse = detector.detect(List.of(later, earlier));

        assertEquals(1, reuse.size());
        Reuse r = reuse.get(0);
        assertEquals("a", r.from());
        assertEquals("b", r.to());
        assertTrue(r.directed());
        assertEquals(ReuseKind.VERBATIM, r.kind());
        Passage p = r.passages().get(0);
        assertEquals(COPIED.substring(0, COPIED.length() - 1), earlier.text().substring(p.fromStart(), p.fromEnd()));
        assertEquals(COPIED.substring(0, COPIED.length() - 1), later.text().substring(p.toStart(), p.toEnd()));
    }

    @Test
    void sameDayOrUndatedPairsAreUndirectedInIdOrder() {
        List<Reuse> reuse = detector.detect(List.of(article("z", "", COPIED, ""), article("m", "", COPIED, "2024-01-01")));
        assertEquals(1, reuse.size());
        assertEquals("m", reuse.get(0).from());
        assertFalse(reuse.get(0).directed());
    }

    @Test
    void aDateItsEvidenceRatesLowDirectsNothing() {
        Article earlier = article("a", "", "In other news, " + COPIED, "2024-10-15");
        Article later = article("b", "", "Officials met on Monday. " + COPIED + " Nobody objected.", "2024-10-16");
        for (Evidence.Confidence level : Evidence.Confidence.values()) {
            List<Reuse> reuse = detector.detect(List.of(rated(earlier, level), later));
            assertEquals(level != Evidence.Confidence.LOW, reuse.get(0).directed(), level.toString());
        }
    }

    private static Article rated(Article article, Evidence.Confidence level) {
        Details details = new Details(List.of(), "", Optional.empty(), "",
                Map.of("published", new Evidence("page-text", article.published().orElseThrow().toString(), level, List.of())),
                Details.UNJUDGED.completeness());
        return new Article(article.id(), article.source(), article.url(), article.title(), article.outlet(), article.author(),
                article.license(), article.dateline(), article.published(), article.language(), article.text(),
                article.contentHash(), details);
    }

    @Test
    void shortSharedPhrasesAreNotReuse() {
        List<Reuse> reuse = detector.detect(List.of(
                article("a", "", "The minister said the talks were useful and constructive for both sides.", ""),
                article("b", "", "A spokesman said the talks were useful and would go on next month.", "")));
        assertTrue(reuse.isEmpty(), reuse.toString());
    }

    @Test
    void textFoundInMoreArticlesThanTheCapIsBoilerplateNotReuse() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i <= ShingleReuseDetector.MAX_DOCUMENT_FREQUENCY; i++) {
            articles.add(article(String.format("a%03d", i), "", "Story number " + i + " is here. " + COPIED, ""));
        }
        assertTrue(detector.detect(articles).isEmpty());
    }

    @Test
    void rewordedParagraphIsAParaphrase() {
        Article source = article("a", "", "The delegation and the envoy talked for about an hour about rail freight, "
                + "grain exports and a new shipping line across the Caspian. Both sides agreed that customs checks at "
                + "the border crossing should be shortened before the winter harvest season.", "2024-11-02");
        Article rewrite = article("b", "", "For close to an hour the envoy and the delegation discussed grain exports, "
                + "a shipping line across the Caspian and rail freight. They agreed the border crossing customs checks "
                + "must be shortened ahead of the winter harvest season.", "2024-11-03");

        List<Reuse> reuse = detector.detect(List.of(rewrite, source));

        assertEquals(1, reuse.size());
        assertEquals(ReuseKind.PARAPHRASE, reuse.get(0).kind());
        assertEquals("a", reuse.get(0).from());
    }

    @Test
    void oneSentenceReportingTheSameFactIsNotReuse() {
        Article a = article("a", "", "The delegation and the envoy talked for about an hour about rail freight, "
                + "grain exports and a new shipping line across the Caspian. Then the envoy flew home.", "2024-11-02");
        Article b = article("b", "", "Officials were pleased. For close to an hour the envoy and the delegation "
                + "discussed grain exports, a shipping line across the Caspian and rail freight.", "2024-11-03");
        assertTrue(detector.detect(List.of(a, b)).isEmpty());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Article> articles = List.of(
                article("a", "", "Intro. " + COPIED, "2024-10-15"),
                article("b", "", COPIED + " Outro.", "2024-10-16"),
                article("c", "", "Something else entirely, about football and the weather in spring.", ""));
        List<Article> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        assertEquals(detector.detect(articles), detector.detect(reversed));
    }
}
