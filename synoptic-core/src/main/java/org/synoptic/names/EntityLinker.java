package org.synoptic.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.synoptic.model.EntityType;

/**
 * Splits candidates between people and everything else and links each side. Full person names
 * make people ({@link PersonLinker}), including an untyped name whose last word is a person
 * elsewhere in the same article ("Orlen Vask spoke ... Vask said"); names that are not firmly an organisation or a place may
 * attach to a person by surname or exact form; single words left over group by skeleton and make
 * a person of their own when any of them was typed a person; the rest link by written form and
 * acronym ({@link OtherLinker}). An organisation and a person sharing a word never meet: firm
 * organisations and places are never offered to people.
 */
final class EntityLinker {

    /** Longest untyped name taken for a person because its last word, alone, was typed one in the same article. */
    static final int MAX_PROMOTED_WORDS = 3;

    private EntityLinker() {}

    /** Groups over all candidates, which come sorted by article and offset. */
    static List<Group> link(List<Candidate> candidates, Map<String, String> texts) {
        Set<String> personSurnames = new HashSet<>();
        for (Candidate candidate : candidates) {
            List<String> words = PersonName.nameWords(candidate.words());
            if (candidate.type() == EntityType.PERSON && words.size() == 1) {
                personSurnames.add(candidate.article() + " " + Skeleton.of(words.get(0)));
            }
        }
        List<Candidate> fullNames = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<String> words = PersonName.nameWords(candidate.words());
            boolean full = words.size() >= 2 && (candidate.type() == EntityType.PERSON
                    || (!candidate.strongType() && words.size() <= MAX_PROMOTED_WORDS
                            && personSurnames.contains(candidate.article() + " " + Skeleton.of(words.get(words.size() - 1)))));
            (full ? fullNames : rest).add(candidate);
        }
        PersonLinker linker = new PersonLinker(fullNames);
        List<Candidate> others = new ArrayList<>();
        Map<String, List<Candidate>> loose = new TreeMap<>();
        List<Runnable> attachments = new ArrayList<>();
        for (Candidate candidate : rest) {
            boolean firm = candidate.strongType()
                    && (candidate.type() == EntityType.ORGANIZATION || candidate.type() == EntityType.LOCATION);
            var person = firm ? java.util.Optional.<PersonLinker.Person>empty() : linker.attach(candidate);
            List<String> words = PersonName.nameWords(candidate.words());
            if (person.isPresent()) {
                // Attach after every decision, so no decision depends on another short form.
                attachments.add(() -> person.get().attached.add(candidate));
            } else if (!firm && words.size() == 1) {
                loose.computeIfAbsent(Skeleton.of(words.get(0)), k -> new ArrayList<>()).add(candidate);
            } else {
                others.add(candidate);
            }
        }
        attachments.forEach(Runnable::run);
        List<Group> groups = new ArrayList<>();
        for (PersonLinker.Person person : linker.people()) {
            List<Candidate> mentions = new ArrayList<>(person.fullNames);
            mentions.addAll(person.attached);
            groups.add(new Group(EntityType.PERSON, mentions));
        }
        for (List<Candidate> words : loose.values()) {
            if (words.stream().anyMatch(c -> c.type() == EntityType.PERSON)) {
                groups.add(new Group(EntityType.PERSON, words));
            } else {
                others.addAll(words);
            }
        }
        groups.addAll(OtherLinker.groups(others, texts));
        return groups;
    }
}
