package org.synoptic.names;

import java.util.List;
import org.synoptic.model.EntityType;

/**
 * One name found in one article, before linking.
 *
 * @param words      the name's words as written (particles included, titles and possessive not)
 * @param strongType whether the type rests on firm evidence (a title, a head word, a list) rather
 *                   than on context alone (a following "said", a preceding "in")
 */
record Candidate(
        String article, int start, int end, String text, List<String> words, EntityType type, boolean strongType) {

    Candidate {
        words = List.copyOf(words);
    }
}
