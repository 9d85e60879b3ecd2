package org.synoptic.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's name as skeletons: given parts and the surname. A name of three or more words also
 * offers its last two words as one compound surname, so "Hossein Amir Abdollahian" meets
 * "Hossein Amir-Abdollahian" (whose hyphenated surname is one skeleton).
 */
final class PersonName {

    /** One given name: its skeleton, or only a letter when written as an initial (J.). */
    record Given(String skeleton, char letter, boolean initial) {
        boolean matches(Given other) {
            return initial || other.initial ? letter == other.letter : skeleton.equals(other.skeleton);
        }
    }

    /** One way to read the name: a surname skeleton and the given names before it. */
    record Reading(String surname, List<Given> given) {}

    private final List<Reading> readings;

    private PersonName(List<Reading> readings) {
        this.readings = List.copyOf(readings);
    }

    /** Name words without particles (bin, von); a name needs at least one. */
    static List<String> nameWords(List<String> words) {
        return words.stream().filter(w -> !Lexicon.PARTICLES.contains(Lexicon.lower(w))).toList();
    }

    static PersonName of(List<String> words) {
        List<String> parts = nameWords(words);
        List<Given> given = new ArrayList<>();
        for (String part : parts.subList(0, parts.size() - 1)) {
            given.add(given(part));
        }
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(Skeleton.of(parts.get(parts.size() - 1)), List.copyOf(given)));
        if (parts.size() >= 3) {
            String compound = parts.get(parts.size() - 2) + parts.get(parts.size() - 1);
            readings.add(new Reading(Skeleton.of(compound), List.copyOf(given.subList(0, given.size() - 1))));
        }
        return new PersonName(readings);
    }

    private static Given given(String word) {
        String letters = Skeleton.asciiLetters(word);
        char letter = letters.isEmpty() ? '?' : letters.charAt(0);
        boolean initial = word.length() == 2 && word.endsWith(".");
        return new Given(initial ? "" : Skeleton.of(word), letter, initial);
    }

    /** The plain reading: last word as surname. */
    Reading main() {
        return readings.get(0);
    }

    List<Reading> readings() {
        return readings;
    }

    /** A key naming this exact form: given skeletons and surname. */
    String formKey() {
        StringBuilder key = new StringBuilder();
        for (Given g : main().given()) {
            key.append(g.initial() ? g.letter() + "." : g.skeleton()).append(' ');
        }
        return key.append('|').append(main().surname()).toString();
    }

    /** Whether some reading of each has the same surname and given names that agree: one person may bear both. */
    boolean isCompatible(PersonName other) {
        for (Reading mine : readings) {
            for (Reading theirs : other.readings) {
                if (sameSurname(mine.surname(), theirs.surname()) && compatible(mine.given(), theirs.given())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Equal skeletons, or one edit apart when both are long enough for one edit to be a spelling. */
    static boolean sameSurname(String a, String b) {
        return a.equals(b) || (a.length() >= PersonLinker.MIN_FUZZY_SKELETON && b.length() >= PersonLinker.MIN_FUZZY_SKELETON
                && Skeleton.withinOneEdit(a, b));
    }

    /** Either side lacks given names, or the shorter list is an ordered subsequence of the longer. */
    static boolean compatible(List<Given> a, List<Given> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        List<Given> shorter = a.size() <= b.size() ? a : b;
        List<Given> longer = shorter == a ? b : a;
        int j = 0;
        for (Given g : shorter) {
            while (j < longer.size() && !g.matches(longer.get(j))) {
                j++;
            }
            if (j == longer.size()) {
                return false;
            }
            j++;
        }
        return true;
    }
}
