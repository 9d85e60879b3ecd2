package org.synoptic.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds person mentions into people. First full names (two or more name words): forms that
 * share a surname skeleton (equal, or one edit apart from {@value #MIN_FUZZY_SKELETON} symbols
 * on) fall into one block, and inside a block each form, longest first, joins the person whose
 * longest form it is compatible with (given names equal, an initial of, or missing). Then short
 * forms (one name word: "Qalibaf", "Speaker Ghalibaf") attach to a person by surname: the one
 * named nearest before it in the same article, else the only candidate, else a candidate with
 * {@value #DOMINANCE} times the mentions of the next; otherwise they stay unattached.
 */
final class PersonLinker {

    /** Shorter skeletons must match exactly: one edit in three consonants is another name. */
    static final int MIN_FUZZY_SKELETON = 5;
    /** How many times more mentions a person needs to take an ambiguous short form across articles. */
    static final int DOMINANCE = 3;

    /** One person: the longest form, the full-name mentions, and the short mentions attached later. */
    static final class Person {
        final PersonName head;
        final List<Candidate> fullNames = new ArrayList<>();
        final List<Candidate> attached = new ArrayList<>();
        /** Full names by article, so a short form finds its neighbours without scanning the corpus. */
        final Map<String, List<Candidate>> fullNamesByArticle = new HashMap<>();

        Person(PersonName head) {
            this.head = head;
        }

        void addFullNames(List<Candidate> mentions) {
            fullNames.addAll(mentions);
            mentions.forEach(m -> fullNamesByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
        }
    }

    private record Form(String key, PersonName name, List<Candidate> mentions) {}

    private final List<Person> people = new ArrayList<>();
    private final SurnameIndex<Person> bySurname = new SurnameIndex<>();
    private final Map<String, Person> byForm = new TreeMap<>();

    /** Builds people from full-name mentions, which must come in a canonical order. */
    PersonLinker(List<Candidate> fullNames) {
        Map<String, Form> forms = new TreeMap<>();
        for (Candidate candidate : fullNames) {
            if (PersonName.nameWords(candidate.words()).isEmpty()) {
                continue;
            }
            PersonName name = PersonName.of(candidate.words());
            forms.computeIfAbsent(name.formKey(), k -> new Form(k, name, new ArrayList<>())).mentions().add(candidate);
        }
        for (List<Form> block : blocks(List.copyOf(forms.values()))) {
            cluster(block);
        }
    }

    List<Person> people() {
        return people;
    }

    /** The person a mention that is not a full name belongs to, if one stands out. */
    Optional<Person> attach(Candidate mention) {
        List<String> words = PersonName.nameWords(mention.words());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() != 1) {
            return Optional.ofNullable(byForm.get(PersonName.of(mention.words()).formKey()));
        }
        List<Person> candidates = List.copyOf(bySurname.find(Skeleton.of(words.get(0))));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> local = nearestInArticle(candidates, mention);
        if (local.isPresent() || candidates.size() == 1) {
            return local.or(() -> Optional.of(candidates.get(0)));
        }
        return dominant(candidates);
    }

    private static Optional<Person> nearestInArticle(List<Person> candidates, Candidate mention) {
        Person best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Person person : candidates) {
            for (Candidate other : person.fullNamesByArticle.getOrDefault(mention.article(), List.of())) {
                // Before the mention counts as nearer than any distance after it.
                long distance = other.start() <= mention.start()
                        ? mention.start() - other.start() : (1L << 32) + other.start() - mention.start();
                if (distance < bestDistance) {
                    best = person;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Forms connected by a shared (or one-edit) surname skeleton. */
    private static List<List<Form>> blocks(List<Form> forms) {
        int[] parent = new int[forms.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        SurnameIndex<Integer> index = new SurnameIndex<>();
        for (int i = 0; i < forms.size(); i++) {
            for (PersonName.Reading reading : forms.get(i).name().readings()) {
                for (int j : index.find(reading.surname())) {
                    parent[root(parent, i)] = root(parent, j);
                }
                index.add(reading.surname(), i);
            }
        }
        Map<Integer, List<Form>> blocks = new TreeMap<>();
        for (int i = 0; i < forms.size(); i++) {
            blocks.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(forms.get(i));
        }
        return List.copyOf(blocks.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void cluster(List<Form> block) {
        List<Form> ordered = block.stream()
                .sorted(Comparator.comparingInt((Form f) -> -f.name().main().given().size())
                        .thenComparingInt(f -> -f.mentions().size())
                        .thenComparing(Form::key))
                .toList();
        List<Person> local = new ArrayList<>();
        for (Form form : ordered) {
            List<Person> fits = local.stream().filter(p -> p.head.isCompatible(form.name())).toList();
            Optional<Person> chosen = fits.size() == 1 ? Optional.of(fits.get(0)) : dominant(fits);
            Person person = chosen.orElseGet(() -> {
                Person created = new Person(form.name());
                local.add(created);
                return created;
            });
            person.addFullNames(form.mentions());
            byForm.put(form.key(), person);
            form.name().readings().forEach(r -> bySurname.add(r.surname(), person));
        }
        people.addAll(local);
    }

    private static Optional<Person> dominant(List<Person> fits) {
        if (fits.size() < 2) {
            return Optional.empty();
        }
        List<Person> ranked = fits.stream().sorted(Comparator.comparingInt((Person p) -> -p.fullNames.size())).toList();
        return ranked.get(0).fullNames.size() >= DOMINANCE * ranked.get(1).fullNames.size()
                ? Optional.of(ranked.get(0)) : Optional.empty();
    }
}
