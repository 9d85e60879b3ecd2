package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SkeletonTest {

    @ParameterizedTest
    @CsvSource({
        "Qalibaf, Ghalibaf",
        "Bagher, Baqer",
        "Baqer, Baqir",
        "Qolizadeh, Gholizadeh",
        "Gholizadeh, Gholi-Zadeh",
        "Gholi-Zadeh, Gholizade",
        "Volodin, Valodin",
        "Vyacheslav, Viacheslav",
        "Jagarian, Dzhagaryan",
        "Seitkali, Seytkali",
        "Hossein, Hussein",
        "Mohammad, Muhammad",
        "Amir-Abdollahian, AmirAbdollahian",
        "Seyed, Seyyed",
        "Vladimir, Wladimir",
        "Alexei, Aleksey",
        "Вячеслав, Vyacheslav",
        "Володин, Volodin",
    })
    void spellingsOfOneNameShareASkeleton(String a, String b) {
        assertEquals(Skeleton.of(a), Skeleton.of(b), a + " / " + b);
    }

    @ParameterizedTest
    @CsvSource({
        "Kazem, Qasem",
        "Hossein, Hosseini",
        "Jalal, Jalali",
        "Mohammad, Mohammadi",
        "Khan, Han",
        "Volodin, Volkov",
    })
    void differentNamesKeepDifferentSkeletons(String a, String b) {
        assertNotEquals(Skeleton.of(a), Skeleton.of(b), a + " / " + b);
    }

    @Test
    void skeletonKeepsTheFirstLetterAndDropsLaterVowels() {
        assertEquals("klbf", Skeleton.of("Qalibaf"));
        assertEquals("abdlhn", Skeleton.of("Abdollahian"));
        assertEquals("", Skeleton.of("2024"));
    }

    @Test
    void oneEditIsInsertionDeletionOrSubstitution() {
        assertTrue(Skeleton.withinOneEdit("arkc", "arkc"));
        assertTrue(Skeleton.withinOneEdit("arkc", "argc"));
        assertTrue(Skeleton.withinOneEdit("arkc", "arc"));
        assertTrue(Skeleton.withinOneEdit("arc", "arkc"));
        assertFalse(Skeleton.withinOneEdit("arkc", "akrc"));
        assertFalse(Skeleton.withinOneEdit("arkc", "ar"));
    }
}
