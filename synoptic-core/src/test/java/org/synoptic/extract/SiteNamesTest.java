package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteNamesTest {

    @Test
    void aNameMatchesWithOrWithoutALeadingTheOrWww() {
        SiteNames site = new SiteNames(List.of("Harbour Herald", "The Coast Courier"));
        assertTrue(site.names("harbour herald"));
        assertTrue(site.names("The Harbour Herald"));
        assertTrue(site.names("www.harbourherald"));
        assertTrue(site.names("Coast Courier"));
        assertTrue(site.names("The Coast Courier"));
    }

    @Test
    void aNameLongerOrShorterThanTheseFormsDoesNotMatch() {
        SiteNames site = new SiteNames(List.of("Harbour Herald", "The Coast Courier"));
        assertFalse(site.names("Thee Harbour Herald"));
        assertFalse(site.names("The Harbour Heralds"));
        assertFalse(site.names("www.harbourherald.example"));
        assertFalse(site.names("Courier"));
        assertFalse(site.names("the"));
    }
}
