package org.synoptic.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Gregorian month names in English, German, French, Spanish, Italian, Portuguese and Dutch, full
 * and in their usual abbreviations (the dot is matched by the caller), and the twelve Solar Hijri
 * month names in Latin transliteration and Persian script. Lookup is case-insensitive; accents
 * count ("févr", "März"), but the common unaccented spellings are listed too ("fevrier", "Maerz").
 * Patterns match any word in month position and ask here, which is far cheaper than matching an
 * alternation of every name at every position of a page's text.
 */
final class MonthNames {

    private static final List<List<String>> GREGORIAN = List.of(
            List.of("january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                    "janeiro", "januari"),
            List.of("february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "fev",
                    "febrero", "febbraio", "fevereiro", "februari"),
            List.of("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"),
            List.of("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
            List.of("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
            List.of("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
            List.of("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
            List.of("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
            List.of("september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "sett",
                    "setembro"),
            List.of("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
            List.of("november", "nov", "novembre", "noviembre", "novembro"),
            List.of("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                    "dezembro"));

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
