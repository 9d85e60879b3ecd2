package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    private static Optional<Datelines.Split> split(String paragraph) {
        return Datelines.split(paragraph);
    }

    @Test
    void wireDatelinesAreSplitOff() {
        assertEquals(Optional.of(new Datelines.Split("TEHRAN, Mar. 07 (MNA)", "The minister said on Sunday ...")),
                split("TEHRAN, Mar. 07 (MNA) – The minister said on Sunday ..."));
        assertEquals(Optional.of(new Datelines.Split("ASTANA, Oct. 15 (CWS)", "Talks resumed.")), split("ASTANA, Oct. 15 (CWS) – Talks resumed."));
        assertEquals(Optional.of(new Datelines.Split("TEHRAN", "Talks resumed.")), split("TEHRAN – Talks resumed."));
        assertEquals(Optional.of(new Datelines.Split("WASHINGTON (AP)", "Talks resumed.")), split("WASHINGTON (AP) — Talks resumed."));
        assertEquals(Optional.of(new Datelines.Split("ST. JOSEPH, Mich. (AP)", "Talks resumed.")), split("ST. JOSEPH, Mich. (AP) - Talks resumed."));
    }

    @Test
    void ordinaryOpeningsAreNotDatelines() {
        assertEquals(Optional.empty(), split("The minister said on Sunday – after a long meeting – that talks resumed."));
        assertEquals(Optional.empty(), split("U.S. – China talks resumed on Sunday."));
        assertEquals(Optional.empty(), split("TEHRAN –"));
        assertEquals(Optional.empty(), split("Tehran – talks resumed."));
    }

    @Test
    void anHtmlParagraphLosesItsDatelineToTheArticle() {
        var article = Pages.html(Pages.page("", "<p>WASHINGTON (AP) — The harbour bill passed the Senate late on Tuesday after a week of debate.</p>"));
        assertEquals("WASHINGTON (AP)", article.dateline());
        assertEquals(0, article.text().indexOf("The harbour bill passed"));
    }

    @Test
    void entitiesEscapedTwiceAreDecoded() {
        var article = Pages.html(Pages.page("", "<p>The mayor said &amp;quot;yes&amp;quot; to the plan &amp;amp; the budget, to everyone&amp;#8217;s surprise.</p>"));
        assertEquals(0, article.text().indexOf("The mayor said \"yes\" to the plan & the budget, to everyone\u2019s surprise."), article.text());
    }
}
