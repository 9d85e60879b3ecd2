package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void aNullDocumentIsRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> Extractor.create(Pages.CLOCK).extract(null));
        assertThrows(IllegalArgumentException.class, () -> Extractor.create(null));
    }
}
