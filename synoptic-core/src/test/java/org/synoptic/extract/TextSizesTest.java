package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextSizesTest {

    /** Markup pieces: blocks, phrasing, hidden text (scripts, styles, noscript, templates), spaces of several kinds. */
    private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<a href=x>",
            "</a>", "<li>", "<ul>", "</ul>", "<b>", "</b>", "<br>", "<h1>", "</h1>", "<section>", "</section>", "word",
            "2019", "\u00a0", "\t", "\n", "é", "<noscript>", "</noscript>", "<template>", "</template>", "<script>x=1</script>",
            "<style>p{}</style>", "<!-- note -->", "<table><tr><td>", "</td></tr></table>");

    @Test
    void theSegmentingWalksCountsAreTheSizesWheneverTheyStandInForThem() {
        Random random = new Random(20261124);
        for (int page = 0; page < 3_000; page++) {
            Document document = Jsoup.parse("<html><body>" + RandomTexts.of(random, PIECES, 40) + "</body></html>");
            Metadata.BodyScan scan = new Metadata.BodyScan(document);
            scan.segmented(Blocks.segment(document.body(), scan));
            TextSizes measured = new TextSizes();
            for (Element element : document.body().getAllElements()) {
                assertEquals(measured.size(element), scan.dateScan().sizes().size(element), () -> document.body().html());
            }
        }
    }

    @Test
    void textInsideNoscriptIsLeftOutOfTheBodysSize() {
        Document document = Jsoup.parse("<body><div><p>four</p><noscript>hidden words</noscript></div></body>");
        Metadata.BodyScan scan = new Metadata.BodyScan(document);
        scan.segmented(Blocks.segment(document.body(), scan));
        assertEquals(4, scan.dateScan().sizes().size(document.body()));
    }
}
