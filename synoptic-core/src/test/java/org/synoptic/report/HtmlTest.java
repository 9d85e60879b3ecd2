package org.synoptic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesAllFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Html.escape("<a href=\"x\" title='y'>&</a>"));
    }

    @Test
    void replacesControlsAndLoneSurrogatesButKeepsPairsAndWhitespace() {
        assertEquals("a\uFFFDb\uFFFDc\t\n\uD83D\uDE00\uFFFD", Html.escape("a\u0000b\u0085c\t\n\uD83D\uDE00\uDC00"));
    }

    @Test
    void escapesARangeIntoAWriter() throws IOException {
        StringWriter out = new StringWriter();
        Html.escape(out, "ab<c>de", 1, 5);
        assertEquals("b&lt;c&gt;", out.toString());
    }

    @Test
    void idsUseOnlySafeCharactersAndStayDistinct() {
        assertEquals("a-1_0022_003e_0020x", Html.id("a-1\"> x"));
        assertTrue(Html.id("\"><img src=x onerror=alert(1)>").matches("[A-Za-z0-9_-]*"));
        assertNotEquals(Html.id("a_0020"), Html.id("a "));
        assertEquals("x_005f", Html.id("x_"));
    }

    @Test
    void onlyHttpUrlsWithAHostAreLinks() {
        assertEquals(Optional.of("https://example.org/a?b=c"), Html.webUrl("https://example.org/a?b=c"));
        assertEquals(Optional.of("HTTP://example.org/"), Html.webUrl("HTTP://example.org/"));
        assertEquals(Optional.empty(), Html.webUrl("javascript:alert(1)"));
        assertEquals(Optional.empty(), Html.webUrl(" https://example.org/"));
        assertEquals(Optional.empty(), Html.webUrl("data:text/html,<script>alert(1)</script>"));
        assertEquals(Optional.empty(), Html.webUrl("https://example.org/\"onmouseover=\"alert(1)"));
        assertEquals(Optional.empty(), Html.webUrl("https:///nohost"));
    }

    @Test
    void excerptsNeverSplitASurrogatePair() {
        assertEquals("ab…", Text.excerpt("ab\uD83D\uDE00cd", 0, 6, 3));
        assertEquals("cd", Text.excerpt("abcd", 2, 99, 10));
    }
}
