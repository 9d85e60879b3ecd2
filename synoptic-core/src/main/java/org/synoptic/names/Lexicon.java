package org.synoptic.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The small hand-written word lists the names stage reads (resources next to this class, one
 * lower-case entry a line). Loaded once; every lookup takes any case.
 */
record Lexicon(
        Set<String> stopWords,
        Set<String> calendar,
        Set<String> titles,
        Set<String> orgHeads,
        Set<String> placeHeads,
        Set<String> places,
        Set<String> givenNames) {

    /** Lower-case particles that sit inside a person's name: Mohammed bin Salman, Ursula von der Leyen. */
    static final Set<String> PARTICLES = Set.of(
            "al", "bin", "bint", "ibn", "ben", "de", "da", "di", "del", "della", "der", "den", "du", "la", "le",
            "van", "von", "el");

    /** Verbs that, right after a name, say a person spoke. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "told", "tells", "added", "adds", "stressed", "noted", "stated", "explained",
            "continued", "announced", "warned", "insisted", "urged", "wrote", "replied", "argued",
            "emphasised", "emphasized", "underlined", "remarked", "declared");

    /** Prepositions that, right before a short name, suggest a place. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near");

    private static final Lexicon DEFAULT = new Lexicon(
            load("stopwords.txt"), load("calendar.txt"), load("titles.txt"), load("org-heads.txt"),
            load("place-heads.txt"), load("gazetteer.txt"), load("given-names.txt"));

    static Lexicon standard() {
        return DEFAULT;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    boolean isStop(String word) {
        return stopWords.contains(lower(word));
    }

    boolean isCalendar(String word) {
        return calendar.contains(lower(word));
    }

    boolean isTitle(String word) {
        return titles.contains(lower(withoutFullStop(word)));
    }

    boolean isOrgHead(String word) {
        return orgHeads.contains(lower(word));
    }

    boolean isPlaceHead(String word) {
        return placeHeads.contains(lower(word));
    }

    boolean isPlace(String phrase) {
        return places.contains(lower(phrase));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(lower(word));
    }

    /** A word the lists know as part of a name, so it may open a sentence and still be a name. */
    boolean isKnownNameWord(String word) {
        return isTitle(word) || isOrgHead(word) || isPlaceHead(word) || isPlace(word) || isGivenName(word);
    }

    private static String withoutFullStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> load(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> out = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(lower(entry));
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
