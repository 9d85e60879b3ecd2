package org.synoptic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateLabelsTest {

    /** The definition {@link DateLabels#dateOnly} had as one pattern; the word list must read the same. */
    private static final Pattern FILLER_AS_PATTERN = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
            + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|"
            + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|"
            + "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
            + "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|"
            + "segunda|terça|terca|quarta|quinta|sexta|feira|"
            + "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
            + "am|pm|a\\.m|p\\.m|uhr|h|hrs?|gmt|utc|cet|cest|mez|mesz|[ecmp][sd]t|bst|ist|irst|"
            + "on|at|um|le|el|il|de|del|op|om|às|a|las|alle|ore|the|of|by|von|par|por|da|di|door|"
            + "published|posted|updated|last|date|datum|fecha|data|stand|zuletzt|aktualisiert|veröffentlicht|"
            + "publié|publiée|mis|jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|"
            + "today|heute|yesterday|gestern)(?!\\p{L})");

    @Test
    void aLineOfADateWithItsLabelWeekdayAndTimeIsOnlyADate() {
        assertTrue(dateOnly("Published on Monday, March 7, 2021 at 9:30 p.m. EST"));
        assertTrue(dateOnly("Veröffentlicht am 03.05.2021 um 14:20 Uhr"));
        assertTrue(dateOnly("Mis à jour le 12 mars 2024"));
        assertFalse(dateOnly("By Jane Doe, March 7, 2021"));
        assertFalse(dateOnly("Events in March 7, 2021 and later"));
    }

    @Test
    void readsAsTheFillerPatternDid() {
        List<String> pieces = List.of("March 7, 2021", "07.03.2021", "2021-03-07", " ", ", ", " | ", ".", " - ", "on", "On", "ON",
                "at", "9:30", "a.m.", "p.m.", "P.M.", "pa.m", "a.mx", "p", "m", "am", "PM", "Uhr", "hrs", "EST", "edt", "Monday",
                "tues", "thurs", "Mittwoch", "mercoledì", "MERCOLEDÌ", "à", "às", "jour", "mis", "le", "Published", "updated",
                "by", "Jane", "Doe", "Reuters", "x", "ab", "abc", "abcd", "𝐀𝐁", "日", "ß", "veröffentlicht", "Gepubliceerd");
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomTexts.of(random, pieces, 8);
            List<DateText.Found> dates = DateText.all(text, DateText.SlashOrder.UNKNOWN);
            assertEquals(byPattern(text, dates), DateLabels.dateOnly(text, dates), text);
        }
    }

    @Test
    void theLabelTestLetsThroughEveryTextWhereALabelPatternMatches() {
        List<String> pieces = List.of("Published", "PUBLISHED", "published:", "Veröffentlicht", "VERÖFFENTLICHT", "veroeffentlicht",
                "Publié", "PUBLIÉ", "publie\u0301", "Mis à jour", "mise à jour", "MIS À JOUR", "last modified", "Last", "Updated",
                "update", "UPDATE", "revision", "Stand", "zuletzt", "Datum", "data", "Date:", "dates", "dated", "作성", "작성", "更新",
                "投稿", "入力", "Publication", "publicação", "PUBLICAÇÃO", "geändert", "GEÄNDERT", "posted", "Posted by", "by", "on",
                "𝐀", "ſtand", "ıssued", "İssued", "x", "Jane", "Doe", "·", "|", " ", "-", "12", "2021");
        Random random = new Random(53);
        for (int i = 0; i < 30_000; i++) {
            String t = RandomTexts.of(random, pieces, 6);
            if (DateLabels.PUBLISHED.matcher(t).find() || DateLabels.MODIFIED.matcher(t).find()) {
                assertTrue(DateLabels.mayHoldLabel(t), t);
            }
        }
    }

    private static boolean dateOnly(String text) {
        return DateLabels.dateOnly(text, DateText.all(text, DateText.SlashOrder.UNKNOWN));
    }

    private static boolean byPattern(String text, List<DateText.Found> dates) {
        if (dates.isEmpty() || text.length() > 120) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (DateText.Found date : dates) {
            rest.append(text, at, date.start()).append(' ');
            at = date.end();
        }
        rest.append(text.substring(at));
        return FILLER_AS_PATTERN.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}]+", "").length() <= 3;
    }
}
