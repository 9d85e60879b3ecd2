package org.synoptic.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a date that say what it is: a publication ("Published", "Veröffentlicht am",
 * "Publié le", "Publicado el", "Pubblicato il", "Gepubliceerd op", "Posted") or an update
 * ("Updated", "Aktualisiert", "Mis à jour", "Actualizado", "Aggiornato", "Atualizado",
 * "Bijgewerkt", "Last revision"), in the seven languages {@link MonthNames} reads; and whether a
 * short text is nothing but a date with its labels, weekday and time.
 */
final class DateLabels {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** How far before a date its label may stand, and after it for verb-final wording ("am 3. März ... veröffentlicht"). */
    private static final int BEFORE = 30;
    private static final int AFTER = 70;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern PUBLISHED = Pattern.compile("(?<!\\p{L})(?:published|publication|posted|issued|released|created|"
            + "veröffentlicht|veroeffentlicht|erschienen|erstellt|publié|publiée|publicado|publicada|publicación|"
            + "publicação|pubblicato|pubblicata|pubblicazione|gepubliceerd|geplaatst|publicat|opublikowano|objavljeno|"
            + "datum|date|fecha|data|入力|작성|发布|發佈|投稿)(?!\\p{L})", FLAGS);
    private static final Pattern MODIFIED = Pattern.compile("(?<!\\p{L})(?:updated?|last modified|modified|revised|revision|"
            + "aktualisiert|aktualisierung|geändert|zuletzt|stand|mis à jour|mise à jour|modifié|modifiée|actualizado|actualizada|"
            + "actualización|atualizado|atualizada|atualização|aggiornato|aggiornata|aggiornamento|bijgewerkt|gewijzigd|"
            + "수정|更新)(?!\\p{L})", FLAGS);
    private static final Pattern AFTER_PUBLISHED = Pattern.compile("(?<!\\p{L})(?:veröffentlicht|veroeffentlicht|erschienen|"
            + "publiziert|erstellt|published|posted|gepubliceerd|geplaatst)(?!\\p{L})", FLAGS);

    private static final Pattern FILLER = Pattern.compile("(?iu)(?<!\\p{L})(?:"
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

    enum Label { PUBLISHED, MODIFIED, NONE }

    private DateLabels() {}

    /** What the words just before the date (after the previous one) call it, or just after for verb-final wording. */
    static Label label(String text, DateText.Found date, int previousEnd) {
        int from = Math.max(previousEnd, date.start() - BEFORE);
        String before = text.substring(Math.max(0, from), date.start());
        int published = lastEnd(PUBLISHED, before);
        int modified = lastEnd(MODIFIED, before);
        if (published >= 0 || modified >= 0) {
            return modified > published ? Label.MODIFIED : Label.PUBLISHED;
        }
        String after = text.substring(date.end(), Math.min(text.length(), date.end() + AFTER));
        return AFTER_PUBLISHED.matcher(after).find() ? Label.PUBLISHED : Label.NONE;
    }

    /** Whether {@code text} is only its dates plus weekdays, labels, times and punctuation. */
    static boolean dateOnly(String text, List<DateText.Found> dates) {
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
        String letters = NOT_LETTERS.matcher(FILLER.matcher(rest).replaceAll(" ")).replaceAll("");
        return letters.length() <= 3;
    }

    private static int lastEnd(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }

    static Optional<Label> ofNames(String words) {
        if (words.contains(" updated ") || words.contains(" modified ") || words.contains(" update ") || words.contains(" lastmod ")) {
            return Optional.of(Label.MODIFIED);
        }
        return Optional.empty();
    }
}
