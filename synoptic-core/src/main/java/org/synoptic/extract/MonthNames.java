package org.synoptic.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Gregorian month names in English, German, French, Spanish, Italian, Portuguese and Dutch, full
 * and in their usual abbreviations (the dot is matched by the caller); as news pages write them
 * after a day in Polish, Czech, Slovak, Turkish, Romanian, Finnish, the Scandinavian
 * languages, Indonesian, Serbian, Russian, Ukrainian, Bulgarian, Greek, Hebrew (also with the
 * prefix "ב", "in") and Arabic (Egyptian, Levantine and Maghrebi names); and the twelve Solar Hijri
 * month names in Latin transliteration and Persian script. Lookup is case-insensitive; accents
 * count ("févr", "März"), but the common unaccented spellings are listed too ("fevrier", "Maerz").
 * Patterns match any word in month position and ask here, which is far cheaper than matching an
 * alternation of every name at every position of a page's text.
 */
final class MonthNames {

    private static final List<List<String>> GREGORIAN = List.of(
            List.of("january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                    "janeiro", "januari",
                    "stycznia", "styczeń", "ledna", "leden", "ocak", "ianuarie", "tammikuuta", "januára",
                    "января", "январь", "янв", "січня", "януари", "ιανουαρίου", "ינואר", "בינואר", "يناير", "جانفي"),
            List.of("february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "fev",
                    "febrero", "febbraio", "fevereiro", "februari",
                    "lutego", "luty", "února", "únor", "şubat", "subat", "februarie", "helmikuuta", "februára",
                    "февраля", "февраль", "фев", "лютого", "февруари", "φεβρουαρίου", "פברואר", "בפברואר", "فبراير",
                    "شباط", "فيفري"),
            List.of("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt",
                    "marca", "marzec", "března", "březen", "mart", "marts", "maret", "martie", "maaliskuuta",
                    "марта", "март", "березня", "μαρτίου", "מרץ", "במרץ", "مارس", "آذار", "اذار"),
            List.of("april", "apr", "avril", "avr", "abril", "abr", "aprile",
                    "kwietnia", "kwiecień", "dubna", "duben", "nisan", "aprilie", "huhtikuuta", "apríla",
                    "апреля", "апрель", "апр", "квітня", "април", "απριλίου", "אפריל", "באפריל", "أبريل", "ابريل", "إبريل",
                    "نيسان", "أفريل", "افريل"),
            List.of("may", "mai", "mayo", "maggio", "mag", "maio", "mei",
                    "maja", "maj", "května", "květen", "mayıs", "mayis", "toukokuuta", "mája",
                    "мая", "май", "травня", "μαΐου", "מאי", "במאי", "مايو", "أيار", "ايار", "ماي"),
            List.of("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho",
                    "czerwca", "czerwiec", "června", "červen", "haziran", "iunie", "kesäkuuta", "júna",
                    "июня", "июнь", "июн", "червня", "юни", "ιουνίου", "יוני", "ביוני", "يونيو", "يونيه", "حزيران", "جوان"),
            List.of("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho",
                    "lipca", "lipiec", "července", "červenec", "temmuz", "iulie", "heinäkuuta", "júla",
                    "июля", "июль", "июл", "липня", "юли", "ιουλίου", "יולי", "ביולי", "يوليو", "يوليه", "تموز", "جويلية"),
            List.of("august", "aug", "août", "aout", "agosto", "ago", "augustus",
                    "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "agustos", "agustus", "augusti", "avgust",
                    "elokuuta", "augusta", "августа", "август", "авг", "серпня", "αυγούστου", "אוגוסט",
                    "באוגוסט", "أغسطس", "اغسطس", "أوت"),
            List.of("september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "sett",
                    "setembro",
                    "września", "wrzesień", "září", "eylül", "eylul", "septembrie", "septembar", "syyskuuta", "septembra",
                    "сентября", "сентябрь", "сен", "сент", "вересня", "септември", "σεπτεμβρίου", "ספטמבר",
                    "בספטמבר", "سبتمبر", "أيلول", "ايلول"),
            List.of("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                    "października", "październik", "října", "říjen", "ekim", "octombrie", "oktobar", "lokakuuta", "októbra",
                    "október", "октября", "октябрь", "окт", "жовтня", "октомври", "οκτωβρίου", "אוקטובר", "באוקטובר",
                    "أكتوبر", "اكتوبر"),
            List.of("november", "nov", "novembre", "noviembre", "novembro",
                    "listopada", "listopad", "listopadu", "kasım", "kasim", "noiembrie", "novembar", "marraskuuta",
                    "novembra", "ноября", "ноябрь", "ноя", "листопада", "ноември", "νοεμβρίου", "נובמבר", "בנובמבר",
                    "نوفمبر"),
            List.of("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                    "dezembro",
                    "grudnia", "grudzień", "prosince", "prosinec", "aralık", "aralik", "desember", "decembrie", "decembar",
                    "joulukuuta", "decembra", "декабря", "декабрь", "дек", "грудня", "декември", "δεκεμβρίου", "דצמבר",
                    "בדצמבר", "ديسمبر"));

    private static final List<List<String>> SOLAR_HIJRI = List.of(
            List.of("farvardin", "فروردین"), List.of("ordibehesht", "اردیبهشت"), List.of("khordad", "خرداد"),
            List.of("tir", "تیر"), List.of("mordad", "amordad", "مرداد"), List.of("shahrivar", "شهریور"),
            List.of("mehr", "مهر"), List.of("aban", "آبان"), List.of("azar", "آذر"), List.of("dey", "دی"),
            List.of("bahman", "بهمن"), List.of("esfand", "اسفند"));

    private static final Map<String, Integer> GREGORIAN_NUMBERS = numbers(GREGORIAN);
    private static final Map<String, Integer> SOLAR_HIJRI_NUMBERS = numbers(SOLAR_HIJRI);

    private MonthNames() {}

    static OptionalInt gregorian(String name) {
        return lookup(GREGORIAN_NUMBERS, name);
    }

    /**
     * A Solar Hijri month, also as typed on Arabic keyboards: with the Arabic yeh (ي) or alef
     * maksura (ى) where Persian writes its own yeh (ی), as "تير" for "تیر".
     */
    static OptionalInt solarHijri(String name) {
        return lookup(SOLAR_HIJRI_NUMBERS, name.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC'));
    }

    private static OptionalInt lookup(Map<String, Integer> numbers, String name) {
        Integer number = numbers.get(name.toLowerCase(Locale.ROOT));
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }

    private static Map<String, Integer> numbers(List<List<String>> months) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            for (String name : months.get(i)) {
                out.put(name, i + 1);
            }
        }
        return Map.copyOf(out);
    }
}
