package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
            TextSizes counted = scanned(document);
            TextSizes measured = new TextSizes();
            for (Element element : document.body().getAllElements()) {
                assertEquals(measured.size(element), counted.size(element), () -> document.body().html());
            }
        }
    }

    @Test
    void textInsideNoscriptIsLeftOutOfTheBodysSize() {
        Document document = Jsoup.parse("<body><div><p>four</p><noscript>hidden words</noscript></div></body>");
        assertEquals(4, scanned(document).size(document.body()));
    }

    /** The sizes a date scan gives once it has ridden the segmenting walk over the body. */
    private static TextSizes scanned(Document document) {
        DateWalk.Scan scan = new DateWalk.Scan(false);
        scan.segmented(Blocks.segment(document.body(), new Blocks.Observer() {
            @Override
            public void head(Node node, int depth, int letters, boolean digits) {
                scan.head(node, depth, letters, digits, 0);
            }

            @Override
            public void tail(Element element, int depth) {
                scan.tail(element, depth);
            }
        }));
        return scan.sizes();
    }
}
