package org.synoptic.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Evidence;

/**
 * The article's authors as a list of person names, chosen from the page's claims
 * ({@link AuthorClaims}, in priority order) and the byline line of the article text (or its
 * Korean, Japanese or Chinese reporter credit, {@link CjkBylines}). Each raw value becomes names
 * through {@link PersonNames}; page bylines are read in page order up to the first one that only
 * repeats names already found: the article's own byline comes first and is often repeated, and
 * what follows belongs to other articles. The first signal that yields a name wins, and a later
 * signal that credits every one of those names and more replaces it (meta tags often keep only
 * the first of several authors); a page signal replaces stated metadata only when one of its
 * elements does so, as names gathered from several elements are often other articles'. Where the
 * visible byline credits an organisation ("By 7 News WHDH") and no visible signal names a person,
 * the metadata's person is not taken: the page credits no one. Desks, editors and contributors the
 * page credits as such ("Edited by X", "X contributed") are no writers wherever else they are
 * named; the metadata's name takes the fuller form the byline shows. Metadata that names the site
 * itself as the author is the outlet where the page shows or marks anyone else as the author; only
 * where it does not is it a personal site named after its writer.
 *
 * <p>Bound: {@value #MAX_BEATEN} beaten candidates kept as evidence.
 */
final class Authors {

    private static final int MAX_MIDDLE_WORDS = 2;
    private static final Pattern EDITOR_CREDIT = Pattern.compile(
            "(?iu)\\s*(?:editor|editora|edited\\s+by|editado\\s+por|redaktur|penyunting|редактор)\\s*:?\\s+");
    /** The sentence before "contributed": "Natasha Korecki and Allan Smith contributed (to this report)". */
    private static final Pattern CONTRIBUTOR_CREDIT = Pattern.compile("(?iu)(?:^|[.!?]\\s+)([^.!?]{3,120}?)\\s+(?:also\\s+)?contributed\\b");
    private static final Pattern DESK_CREDIT = Pattern.compile(
            "(?iu)(.+?)\\s+(?:editorial\\s+|news\\s+)?(?:staff|team|desk|newsroom)");
    private static final int MAX_BEATEN = 10;

    /** The names chosen and what decided them; {@code evidence} is empty when no signal names a person. */
    record Decision(List<String> names, Optional<Evidence> evidence) {
        static final Decision NONE = new Decision(List.of(), Optional.empty());
    }

    private Authors() {}

    static Decision choose(List<Claim> claims, SiteNames site) {
        Map<String, Map<String, String>> bySignal = new LinkedHashMap<>();
        Map<Claim, List<String>> namesOf = new java.util.IdentityHashMap<>();
        java.util.Set<String> closed = new java.util.HashSet<>();
        Map<String, List<String>> statedNames = new java.util.HashMap<>();
        Map<String, List<String>> otherNames = new java.util.HashMap<>();
        Set<String> notWriters = notWriters(claims, site);
        for (Claim claim : claims) {
            Map<String, String> names = bySignal.computeIfAbsent(claim.signal(), s -> new LinkedHashMap<>());
            if (closed.contains(claim.signal()) || claim.value().isBlank()) {
                continue;
            }
            // Bylines repeat (nested author elements, the same name in several places): read each text once.
            boolean stated = isStated(claim);
            List<String> found = (stated ? statedNames : otherNames).computeIfAbsent(claim.value(),
                    v -> PersonNames.of(v, site, stated).stream().filter(name -> !notWriters.contains(TextClean.key(name))
                            && !(stated && site.names(name) && creditsOthersThanSite(claims, site))).toList());
            namesOf.put(claim, found);
            if (found.isEmpty()) {
                continue;
            }
            int before = names.size();
            found.forEach(name -> names.putIfAbsent(TextClean.key(name), name));
            if (isPageByline(claim) && before > 0 && names.size() == before) {
                // The article's own byline comes first and is often repeated; what follows a
                // repeat belongs to other articles on the page.
                closed.add(claim.signal());
            }
        }
        String winner = null;
        for (Map.Entry<String, Map<String, String>> signal : bySignal.entrySet()) {
            Map<String, String> names = signal.getValue();
            if (names.isEmpty()) {
                continue;
            }
            if (winner == null || addsCoAuthors(names, bySignal.get(winner))
                    && (isStated(signal.getKey()) || !isStated(winner) || oneClaimAdds(signal.getKey(), bySignal.get(winner), namesOf))) {
                winner = signal.getKey();
            }
        }
        if (winner == null || isStated(winner) && creditsOrganisation(claims, namesOf)) {
            return Decision.NONE;
        }
        List<String> names = isStated(winner) ? asShown(bySignal.get(winner).values(), claims, namesOf)
                : List.copyOf(bySignal.get(winner).values());
        List<Evidence.Candidate> beaten = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.signal().equals(winner) || claim.value().isBlank() || beaten.size() >= MAX_BEATEN) {
                continue;
            }
            List<String> found = namesOf.getOrDefault(claim, List.of());
            beaten.add(new Evidence.Candidate(claim.signal(), claim.value(), !namesOf.containsKey(claim)
                    ? "after the article's own byline" : found.isEmpty() ? "names no person (an outlet, role, date or address)"
                    : "lower priority or fewer names"));
        }
        return new Decision(names, Optional.of(new Evidence(winner, String.join(", ", names), confidence(winner, bySignal), beaten)));
    }

    /**
     * How sure the choice is: the other signals that name one of the chosen authors, against those
     * that name only others.
     */
    private static Evidence.Confidence confidence(String winner, Map<String, Map<String, String>> bySignal) {
        Set<String> chosen = bySignal.get(winner).keySet();
        int agreeing = 0;
        int conflicting = 0;
        for (Map.Entry<String, Map<String, String>> signal : bySignal.entrySet()) {
            Set<String> named = signal.getValue().keySet();
            if (signal.getKey().equals(winner) || named.isEmpty()) {
                continue;
            }
            if (named.stream().anyMatch(chosen::contains)) {
                agreeing++;
            } else {
                conflicting++;
            }
        }
        return Evidence.Confidence.of(agreeing, conflicting, false);
    }

    /**
     * The keys of names the page credits as no writer of the article, in every claim of the page:
     * desks ("Practical Horseman Editorial Staff", "Harbour Herald Team": the words before a desk
     * word name the desk, though the name alone reads like a person's), editors ("Редактор: Елин
     * Димитров", "Edited by Jane Doe") and contributors to the report ("Natasha Korecki and Allan
     * Smith contributed."), wherever else (JSON-LD, microdata, meta tags) they are named.
     */
    private static Set<String> notWriters(List<Claim> claims, SiteNames site) {
        Set<String> keys = new java.util.HashSet<>();
        for (Claim claim : claims) {
            String value = claim.value();
            if (TextClean.containsIgnoreCase(value, "staff") || TextClean.containsIgnoreCase(value, "team")
                    || TextClean.containsIgnoreCase(value, "desk") || TextClean.containsIgnoreCase(value, "newsroom")) {
                Matcher desk = DESK_CREDIT.matcher(PersonNames.withoutLead(TextClean.collapse(value)));
                if (desk.matches()) {
                    keys.add(TextClean.key(desk.group(1)));
                }
            }
            Matcher editor = EDITOR_CREDIT.matcher(value);
            if (value.length() < AuthorClaims.MAX_BYLINE_CHARS && editor.lookingAt()) {
                PersonNames.of(value.substring(editor.end()), site, false).forEach(name -> keys.add(TextClean.key(name)));
            }
            if (TextClean.containsIgnoreCase(value, "contributed")) {
                Matcher contributors = CONTRIBUTOR_CREDIT.matcher(TextClean.collapse(value));
                while (contributors.find()) {
                    PersonNames.of(contributors.group(1), site, false).forEach(name -> keys.add(TextClean.key(name)));
                }
            }
        }
        return keys;
    }

    /**
     * The metadata's names as the page shows them where it gives a fuller form of the same name
     * ("Timothy Nerozzi" in JSON-LD, "Timothy H.J. Nerozzi" in the byline): the first such form in
     * claim order.
     */
    private static List<String> asShown(java.util.Collection<String> stated, List<Claim> claims, Map<Claim, List<String>> namesOf) {
        List<String> shown = new ArrayList<>();
        for (String name : stated) {
            shown.add(fullerForm(name, claims, namesOf).orElse(name));
        }
        return List.copyOf(shown);
    }

    private static Optional<String> fullerForm(String name, List<Claim> claims, Map<Claim, List<String>> namesOf) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return Optional.empty();
        }
        for (Claim claim : claims) {
            if (isStated(claim)) {
                continue;
            }
            for (String other : namesOf.getOrDefault(claim, List.of())) {
                String[] otherWords = other.split(" ");
                if (otherWords.length > words.length && otherWords.length <= words.length + MAX_MIDDLE_WORDS
                        && otherWords[0].equalsIgnoreCase(words[0])
                        && otherWords[otherWords.length - 1].equalsIgnoreCase(words[words.length - 1])
                        && !TextClean.containsIgnoreCase(other.substring(otherWords[0].length()), words[0])) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether one claim of a page signal names all of the metadata's authors and more ("By A and
     * B" beside a JSON-LD that keeps only A): names gathered from several elements (microdata on
     * the cards of other articles) do not add co-authors to what the metadata states.
     */
    private static boolean oneClaimAdds(String signal, Map<String, String> chosen, Map<Claim, List<String>> namesOf) {
        for (Map.Entry<Claim, List<String>> claim : namesOf.entrySet()) {
            if (claim.getKey().signal().equals(signal) && claim.getValue().size() > chosen.size()
                    && claim.getValue().stream().map(TextClean::key).toList().containsAll(chosen.keySet())) {
                return true;
            }
        }
        return false;
    }

    /** Every name already chosen and at least one more that is not a longer form of one of them. */
    private static boolean addsCoAuthors(Map<String, String> names, Map<String, String> chosen) {
        if (names.size() <= chosen.size() || !names.keySet().containsAll(chosen.keySet())) {
            return false;
        }
        return names.keySet().stream().filter(k -> !chosen.containsKey(k)).noneMatch(k -> chosen.keySet().stream().anyMatch(k::startsWith));
    }

    private static boolean isPageByline(Claim claim) {
        return claim.signal().equals("byline") || claim.signal().equals("author-link");
    }

    /** Metadata that names the author on purpose, as opposed to page text that looks like a byline. */
    private static boolean isStated(Claim claim) {
        return isStated(claim.signal());
    }

    private static boolean isStated(String signal) {
        return signal.equals("json-ld") || signal.startsWith("meta:");
    }

    /**
     * Whether the page's visible byline credits an organisation ("By 7 News WHDH", "Por: Agencia
     * Reforma") and no visible signal names a person: the page shows who it credits, and the
     * metadata's person (often the desk's editor or the content system's user) is not shown as
     * the writer.
     */
    private static boolean creditsOrganisation(List<Claim> claims, Map<Claim, List<String>> namesOf) {
        boolean organisation = false;
        for (Claim claim : claims) {
            if (isStated(claim) || claim.value().isBlank()) {
                continue;
            }
            List<String> found = namesOf.get(claim);
            if (found != null && !found.isEmpty()) {
                return false;
            }
            organisation |= found != null && PersonNames.creditsOrganisation(claim.value());
        }
        return organisation;
    }

    /**
     * Whether a claim the page shows or marks (not its metadata) holds something other than the
     * site's own name: then metadata that names the site as the author names the outlet, not a
     * personal site's writer.
     */
    private static boolean creditsOthersThanSite(List<Claim> claims, SiteNames site) {
        for (Claim claim : claims) {
            if (!isStated(claim) && !claim.value().isBlank() && !site.names(PersonNames.withoutLead(TextClean.collapse(claim.value())))) {
                return true;
            }
        }
        return false;
    }

    /** The list behind an author field a container states ("A, B"), taken as given. */
    static List<String> split(String joined) {
        List<String> out = new ArrayList<>();
        for (String name : joined.split(",")) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return List.copyOf(out);
    }
}
