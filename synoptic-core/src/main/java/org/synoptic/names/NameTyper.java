package org.synoptic.names;

import java.util.List;
import org.synoptic.model.EntityType;

/**
 * Types one name from its words and its neighbours, first rule that fires: a title before it
 * makes a person; an organisation head word or an acronym an organisation; a place head word or
 * the gazetteer a location; a known given name opening 2-4 words (or an initial) a person. Those
 * are strong. Weak, from context only: a speech verb after it makes a person, a place
 * preposition before a 1-2 word name a location; anything else is MISC.
 */
final class NameTyper {

    record Typed(EntityType type, boolean strong) {}

    private final Lexicon lexicon;

    NameTyper(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param afterTitle whether a title stood right before the name
     * @param previous the word right before the name ("" if none or not adjacent)
     * @param next     the word right after the name ("" if none or not adjacent)
     */
    Typed type(List<Token> name, boolean afterTitle, String previous, String next) {
        if (afterTitle) {
            return new Typed(EntityType.PERSON, true);
        }
        String phrase = phrase(name);
        if (name.size() == 1 && name.get(0).allCaps()) {
            return new Typed(lexicon.isPlace(phrase) ? EntityType.LOCATION : EntityType.ORGANIZATION, true);
        }
        if (name.stream().anyMatch(t -> t.capitalised() && lexicon.isOrgHead(t.text()))) {
            return new Typed(EntityType.ORGANIZATION, true);
        }
        if (lexicon.isPlace(phrase) || name.stream().anyMatch(t -> t.capitalised() && lexicon.isPlaceHead(t.text()))) {
            return new Typed(EntityType.LOCATION, true);
        }
        Token first = name.get(0);
        if (name.size() >= 2 && name.size() <= 4 && (lexicon.isGivenName(first.text()) || first.isInitial())) {
            return new Typed(EntityType.PERSON, true);
        }
        if (Lexicon.SPEECH_VERBS.contains(Lexicon.lower(next))) {
            return new Typed(EntityType.PERSON, false);
        }
        if (name.size() <= 2 && Lexicon.PLACE_PREPOSITIONS.contains(Lexicon.lower(previous))) {
            return new Typed(EntityType.LOCATION, false);
        }
        return new Typed(EntityType.MISC, false);
    }

    static String phrase(List<Token> name) {
        StringBuilder out = new StringBuilder();
        for (Token token : name) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }
}
