package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Evidence;

/**
 * The outlet that published the page, from og:site_name, the JSON-LD publisher's name, the
 * application name, the copyright holder of the page's notice ("© 2023 The Harbour Herald, LLC"),
 * twitter:site, and the URL's host as the last resort, in that order. Every one of these names,
 * with the host's own site label ("entermedia" of entermedia.co.kr), is also what headlines and
 * bylines are cleaned of.
 */
final class Outlets {

    private static final Pattern TRAILING_MARKS = Pattern.compile("[ .-]+$");
    private static final Pattern HOST_DOT = Pattern.compile("\\.");

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*)?,?\\s*(?:by\\s+)?"
                    + "([\\p{L}][\\p{L}\\p{N}&'’. -]{1,58}?)"
                    + "(?:,?\\s+(?:LLC|Inc|Ltd|GmbH|AG|SA|S\\.A|plc|Media Group|Co)\\b\\.?)?\\s*(?:[.,|;]|\\ball rights\\b|$)");
    private static final int MAX_NOTICE_CHARS = 200;
    private static final List<String> GENERIC_SECOND_LEVEL = List.of("co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go");

    private Outlets() {}

    /**
     * The page's outlet claims in priority order; {@code notices} are short page lines that may
     * hold a copyright notice (the last one wins, as footers come last).
     */
    static List<Claim> claims(MetaTags meta, JsonLd.Facts ld, List<String> notices, String host) {
        List<Claim> claims = new ArrayList<>();
        meta.all("og:site_name").forEach(n -> claims.add(new Claim("meta:og:site_name", n)));
        ld.publishers().forEach(n -> claims.add(new Claim("json-ld:publisher", n)));
        // Some pages put the headline there (MSN): a name that is the page's title names no site.
        String title = TextClean.key(meta.first("og:title", "twitter:title"));
        meta.all("application-name").stream().filter(n -> !TextClean.key(n).equals(title))
                .forEach(n -> claims.add(new Claim("meta:application-name", n)));
        String holder = "";
        for (String notice : notices) {
            holder = copyrightHolder(notice).orElse(holder);
        }
        claims.add(new Claim("copyright", holder));
        meta.all("twitter:site").forEach(n -> claims.add(new Claim("meta:twitter:site", n.replace("@", ""))));
        claims.add(new Claim("url-host", host));
        return claims;
    }

    /**
     * The claims with the copyright holder taken from the page's notices, when no meta tag names
     * it and no stronger signal names the outlet (the notices are read only then).
     */
    static List<Claim> withNotices(List<Claim> claims, Supplier<List<String>> notices) {
        List<Claim> out = new ArrayList<>();
        boolean named = false;
        for (Claim claim : claims) {
            if (claim.signal().equals("copyright") && claim.value().isEmpty() && !named) {
                String holder = "";
                for (String notice : notices.get()) {
                    holder = copyrightHolder(notice).orElse(holder);
                }
                out.add(new Claim("copyright", holder));
            } else {
                out.add(claim);
            }
            named |= !claim.value().isBlank();
        }
        return out;
    }

    /** "© 2023 The Harbour Herald, LLC. All rights reserved." → "The Harbour Herald". */
    static Optional<String> copyrightHolder(String line) {
        if (line.length() > MAX_NOTICE_CHARS) {
            return Optional.empty();
        }
        Matcher m = COPYRIGHT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String holder = TRAILING_MARKS.matcher(m.group(1).strip()).replaceAll("");
        return holder.length() < 2 || holder.toLowerCase(java.util.Locale.ROOT).startsWith("all rights") ? Optional.empty() : Optional.of(holder);
    }

    /**
     * Every name the outlet goes by, for stripping it from headlines and bylines; not the
     * copyright holder, who on a personal site is the writer.
     */
    static List<String> names(List<Claim> claims) {
        List<String> names = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.value().isBlank() || claim.signal().equals("copyright")) {
                continue;
            }
            names.add(claim.value());
            if (claim.signal().equals("url-host")) {
                String host = claim.value();
                names.add(host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host);
                names.add(siteLabel(host));
            } else {
                names.add(Metadata.outletName(claim.value()));
            }
        }
        return names;
    }

    /** The label a host's site is known by: "entermedia" of entermedia.co.kr, "sky" of news.sky.com. */
    static String siteLabel(String host) {
        List<String> labels = new ArrayList<>(List.of(HOST_DOT.split(host)));
        if (labels.size() > 1) {
            labels.remove(labels.size() - 1);
        }
        if (labels.size() > 1 && GENERIC_SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        return labels.get(labels.size() - 1);
    }

    /** The first claim with a value, with the others as beaten candidates; empty when there is none. */
    static Optional<Evidence> choose(List<Claim> claims) {
        Claim winner = claims.stream().filter(c -> !c.value().isBlank()).findFirst().orElse(null);
        if (winner == null) {
            return Optional.empty();
        }
        String value = winner.signal().equals("url-host") ? winner.value() : Metadata.outletName(winner.value());
        List<Evidence.Candidate> beaten = new ArrayList<>();
        int agreeing = 0;
        int conflicting = 0;
        for (Claim claim : claims) {
            if (claim != winner && !claim.value().isBlank()) {
                boolean same = TextClean.key(Metadata.outletName(claim.value())).equals(TextClean.key(value));
                beaten.add(new Evidence.Candidate(claim.signal(), claim.value(), same ? "same outlet" : "lower priority"));
                // An address is not written as the name: it confirms a name that holds its site label, and contradicts none.
                boolean host = claim.signal().equals("url-host");
                if (same || host && TextClean.key(value).contains(TextClean.key(siteLabel(claim.value())))) {
                    agreeing++;
                } else if (!host) {
                    conflicting++;
                }
            }
        }
        return Optional.of(new Evidence(winner.signal(), value,
                Evidence.Confidence.of(agreeing, conflicting, winner.signal().equals("url-host")), beaten));
    }
}
