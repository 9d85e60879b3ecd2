package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private static final List<String> HERALD = List.of("The Harbour Herald", "harbourherald.example", "harbourherald");

    @Test
    void stripsTheOutletAfterASeparator() {
        assertEquals("Bridge reopens", Titles.strip("Bridge reopens | The Harbour Herald", HERALD));
        assertEquals("Bridge reopens", Titles.strip("Bridge reopens - Harbour Herald", HERALD));
        assertEquals("Bridge reopens", Titles.strip("Bridge reopens — harbourherald.example", HERALD));
        assertEquals("Bridge reopens", Titles.strip("Bridge reopens|The Harbour Herald", HERALD));
    }

    @Test
    void stripsTheOutletBeforeASeparator() {
        assertEquals("Bridge reopens", Titles.strip("The Harbour Herald: Bridge reopens", HERALD));
        assertEquals("Bridge reopens", Titles.strip("Harbour Herald | Bridge reopens", HERALD));
    }

    @Test
    void stripsSectionLabelsAndOutletTogether() {
        assertEquals("Bridge reopens", Titles.strip("Bridge reopens | World | News | The Harbour Herald", HERALD));
    }

    @Test
    void keepsSeparatorsThatArePartOfTheHeadline() {
        assertEquals("Storm hits coast: ferries cancelled", Titles.strip("Storm hits coast: ferries cancelled", HERALD));
        assertEquals("Year-end review - what changed", Titles.strip("Year-end review - what changed", HERALD));
        assertEquals("Harbour Herald wins award", Titles.strip("Harbour Herald wins award", HERALD));
        assertEquals("The Harbour Herald view: the bridge must stay open",
                Titles.strip("The Harbour Herald view: the bridge must stay open", HERALD));
    }

    @Test
    void usesTheH1WhenItIsTheMainPartOfALongerTitle() {
        assertEquals("Republicans weigh the harbour bill",
                Titles.choose(List.of("Opinion | Republicans weigh the harbour bill - Daily Paper", "Republicans weigh the harbour bill"), List.of()));
        assertEquals("Harbour bill passes",
                Titles.choose(List.of("Harbour bill passes", "Harbour bill"), List.of()));
    }

    @Test
    void siteNameWithATaglineIsShortened() {
        assertEquals("Harbour Herald", Metadata.outletName("Harbour Herald | News for the bay since 1901"));
        assertEquals("herald.example", Metadata.outletName("https://www.herald.example"));
        assertEquals("The Anti-June Cleaver", Metadata.outletName("The Anti-June Cleaver"));
    }
}
