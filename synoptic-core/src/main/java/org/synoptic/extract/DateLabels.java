package org.synoptic.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    /** How far before a date its label may stand, and after it for verb-final wording ("am 3. März ... veröffentlicht"). */
    private static final int BEFORE = 30;
    private static final int AFTER = 70;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern PUBLISHED = Pattern.compile("(?<!\\p{L})(?:published|publication|posted|issued|released|created|"
            + "veröffentlicht|veroeffentlicht|erschienen|erstellt|publié|publiée|publicado|publicada|publicación|"
            + "publicação|pubblicato|pubblicata|pubblicazione|gepubliceerd|geplaatst|publicat|opublikowano|objavljeno|"
            + "datum|date|fecha|data|入力|작성|发布|發佈|投稿)(?!\\p{L})", FLAGS);
    static final Pattern MODIFIED = Pattern.compile("(?<!\\p{L})(?:updated?|last modified|modified|revised|revision|"
            + "aktualisiert|aktualisierung|geändert|zuletzt|stand|mis à jour|mise à jour|modifié|modifiée|actualizado|actualizada|"
            + "actualización|atualizado|atualizada|atualização|aggiornato|aggiornata|aggiornamento|bijgewerkt|gewijzigd|"
            + "수정|更新)(?!\\p{L})", FLAGS);
    private static final Pattern AFTER_PUBLISHED = Pattern.compile("(?<!\\p{L})(?:veröffentlicht|veroeffentlicht|erschienen|"
            + "publiziert|erstellt|published|posted|gepubliceerd|geplaatst)(?!\\p{L})", FLAGS);

    /**
     * Words that may stand beside a date in a line that is only a date: weekdays, time words and
     * zones, prepositions and labels, in the seven languages. "a.m." and "p.m." are read as
     * "a", "p" and a following "m".
     */
    private static final Set<String> FILLER = Set.of(
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday", "sat",
            "saturday", "sun", "sunday",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "mo", "di", "mi", "do",
            "fr", "sa", "so",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
            "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato",
            "segunda", "terça", "terca", "quarta", "quinta", "sexta", "feira",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "am", "pm", "uhr", "h", "hr", "hrs", "gmt", "utc", "cet", "cest", "mez", "mesz", "est", "edt", "cst", "cdt", "mst",
            "mdt", "pst", "pdt", "bst", "ist", "irst",
            "on", "at", "um", "le", "el", "il", "de", "del", "op", "om", "às", "a", "las", "alle", "ore", "the", "of", "by", "von",
            "par", "por", "da", "door",
            "published", "posted", "updated", "last", "date", "datum", "fecha", "data", "stand", "zuletzt", "aktualisiert",
            "veröffentlicht", "publié", "publiée", "mis", "jour", "publicado", "actualizado", "pubblicato", "aggiornato",
            "atualizado", "gepubliceerd", "bijgewerkt",
            "today", "heute", "yesterday", "gestern");
    /** At most this many letters outside dates and {@link #FILLER} words, in a line that is only a date. */
    private static final int MAX_OTHER_LETTERS = 3;

    enum Label { PUBLISHED, MODIFIED, NONE }

    private DateLabels() {}

    /** What the words just before the date (after the previous one) call it, or just after for verb-final wording. */
    static Label label(String text, DateText.Found date, int previousEnd) {
        int from = Math.max(previousEnd, date.start() - BEFORE);
        String before = text.substring(Math.max(0, from), date.start());
        boolean labelled = mayHoldLabel(before);
        int published = labelled ? lastEnd(PUBLISHED, before) : -1;
        int modified = labelled ? lastEnd(MODIFIED, before) : -1;
        if (published >= 0 || modified >= 0) {
            return modified > published ? Label.MODIFIED : Label.PUBLISHED;
        }
        String after = text.substring(date.end(), Math.min(text.length(), date.end() + AFTER));
        return AFTER_PUBLISHED.matcher(after).find() ? Label.PUBLISHED : Label.NONE;
    }

    /** The words {@link #PUBLISHED} and {@link #MODIFIED} open with, folded as their case-blind matching compares. */
    private static final Set<String> LABEL_WORDS = Set.of("published", "publication", "posted", "issued", "released", "created",
            "veröffentlicht", "veroeffentlicht", "erschienen", "erstellt", "publié", "publiée", "publicado", "publicada",
            "publicación", "publicação", "pubblicato", "pubblicata", "pubblicazione", "gepubliceerd", "geplaatst", "publicat",
            "opublikowano", "objavljeno", "datum", "date", "fecha", "data", "update", "updated", "last", "modified", "revised",
            "revision", "aktualisiert", "aktualisierung", "geändert", "zuletzt", "stand", "mis", "mise", "modifié", "modifiée",
            "actualizado", "actualizada", "actualización", "atualizado", "atualizada", "atualização", "aggiornato", "aggiornata",
            "aggiornamento", "bijgewerkt", "gewijzigd");
    private static final int LONGEST_LABEL_WORD = LABEL_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final List<String> UNSPACED_LABELS = List.of("入力", "작성", "发布", "發佈", "投稿", "수정", "更新");

    /**
     * Whether {@link #PUBLISHED} or {@link #MODIFIED} could match: a run of letters is one of
     * their words, or one of their labels of scripts without spaces occurs. Most text before a
     * date holds neither, and a set lookup per word is cheaper than trying the patterns.
     */
    static boolean mayHoldLabel(String text) {
        for (String label : UNSPACED_LABELS) {
            if (text.contains(label)) {
                return true;
            }
        }
        return TextClean.anyLetterRun(text, 0, text.length(),
                (start, end) -> end - start <= LONGEST_LABEL_WORD && LABEL_WORDS.contains(TextClean.caseFold(text, start, end)));
    }

    /** Whether {@code text} is only its dates plus weekdays, labels, times and punctuation. */
    static boolean dateOnly(String text, List<DateText.Found> dates) {
        if (dates.isEmpty() || text.length() > 120) {
            return false;
        }
        int others = 0;
        int at = 0;
        for (DateText.Found date : dates) {
            others += otherLetters(text, at, date.start());
            at = date.end();
        }
        others += otherLetters(text, at, text.length());
        return others <= MAX_OTHER_LETTERS;
    }

    /** Letters in {@code text[from, to)} outside {@link #FILLER} words, each word a whole run of letters. */
    private static int otherLetters(String text, int from, int to) {
        int letters = 0;
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < to && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (!FILLER.contains(word) && !inTimeOfDay(text, from, to, start, word)) {
                letters += i - start;
            }
        }
        return letters;
    }

    /** Whether the word is the "p" or the "m" of "a.m" or "p.m", which stand as one filler word. */
    private static boolean inTimeOfDay(String text, int from, int to, int start, String word) {
        if (word.equals("p")) {
            int dot = start + 1;
            return dot + 1 < to && text.charAt(dot) == '.' && (text.charAt(dot + 1) | 0x20) == 'm'
                    && (dot + 2 == to || !Character.isLetter(text.codePointAt(dot + 2)))
                    && (start == from || !Character.isLetter(text.codePointBefore(start)));
        }
        return word.equals("m") && start - from >= 2 && text.charAt(start - 1) == '.' && "aApP".indexOf(text.charAt(start - 2)) >= 0
                && (start - from == 2 || !Character.isLetter(text.codePointBefore(start - 2)));
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
