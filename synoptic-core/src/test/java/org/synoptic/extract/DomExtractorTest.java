package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synoptic.internal.Hashing;
import org.synoptic.model.Article;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

class DomExtractorTest {

    private static final String PAGE = Pages.page("<title>Harbour road plan</title>", "");

    @Test
    void idAndHashComeFromTitleAndText() {
        Article article = Pages.html(PAGE);
        assertEquals(Hashing.sha256(article.title() + "\n\n" + article.text()), article.contentHash());
        assertEquals(article.contentHash().substring(0, 16), article.id());
        assertEquals("test.html", article.source());
    }

    @Test
    void hintIdWinsAndHashStaysTheContents() {
        Hints hints = new Hints(Optional.of("feed-42"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Article article = Pages.html(PAGE, hints);
        assertEquals("feed-42", article.id());
        assertEquals(Pages.html(PAGE).contentHash(), article.contentHash());
    }

    @Test
    void sameContentSameArticle() {
        Article first = Pages.html(PAGE);
        Article second = Extractor.create(Pages.CLOCK).extract(new Input.Document("elsewhere.html", ContentType.HTML, PAGE, Hints.NONE));
        assertEquals(first.id(), second.id());
        assertNotEquals(first.source(), second.source());
    }

    @Test
    void theFetchTimeTheContainerStatesBoundsThePublicationDate() {
        String page = Pages.page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-06-01\"}</script>",
                "<h1>Harbour road plan</h1><time datetime=\"2019-03-02\">2 March 2019</time>");
        Article fetched = Pages.html(page, Hints.NONE.withFetched(Instant.parse("2019-03-04T10:00:00Z")));
        assertEquals(Optional.of(LocalDate.of(2019, 3, 2)), fetched.published());
        assertEquals(true, fetched.details().evidence().get("published").beaten().stream()
                .anyMatch(c -> c.value().equals("2024-06-01") && c.reason().equals("after the fetch time")), fetched.details().evidence()::toString);
        // Without a fetch time, or with one after now or before the web, the clock's now bounds the dates.
        for (Hints hints : List.of(Hints.NONE, Hints.NONE.withFetched(Instant.parse("2031-01-01T00:00:00Z")),
                Hints.NONE.withFetched(Instant.EPOCH))) {
            assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), Pages.html(page, hints).published(), hints::toString);
        }
    }

    @Test
    void aNullDocumentIsRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> Extractor.create(Pages.CLOCK).extract(null));
        assertThrows(IllegalArgumentException.class, () -> Extractor.create(null));
    }
}
