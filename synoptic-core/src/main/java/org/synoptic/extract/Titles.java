package org.synoptic.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline from the page's title candidates and strips the outlet's name from it
 * ("Headline | Outlet", "Headline - Outlet", "Outlet: Headline"). A part is stripped only when
 * it matches one of the outlet's names (og:site_name, publisher, host), never on the shape of
 * the title alone, since headlines themselves contain dashes and colons.
 */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—»·•/:~]+\\s+|\\s*\\|\\s*|:\\s+|\\s+::\\s+");
    private static final int MAX_NAME_WORDS = 6;

    private Titles() {}

    /**
     * The first non-empty candidate after stripping, but a later candidate that continues it
     * wins (JSON-LD headlines are often cut at 110 characters, og:title is not).
     */
    static String choose(List<String> candidates, List<String> outletNames) {
        String chosen = "";
        for (String candidate : candidates) {
            String stripped = strip(candidate, outletNames);
            if (stripped.isEmpty()) {
                continue;
            }
            if (chosen.isEmpty()) {
                chosen = stripped;
            } else {
                String stem = chosen.replaceAll("(\\.\\.\\.|…)$", "").strip();
                if (stripped.length() > chosen.length() && stripped.startsWith(stem) && stem.length() >= 20) {
                    chosen = stripped;
                }
            }
        }
        return chosen;
    }

    /** {@code title} without a leading or trailing part that names the outlet. */
    static String strip(String title, List<String> outletNames) {
        String current = TextClean.collapse(title);
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher m = SEPARATOR.matcher(current);
            int lastStart = -1;
            int lastEnd = -1;
            boolean first = true;
            while (m.find()) {
                if (first && names(current.substring(0, m.start()), outletNames) && !current.substring(m.end()).isBlank()) {
                    current = current.substring(m.end()).strip();
                    changed = true;
                    break;
                }
                first = false;
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (!changed && lastStart > 0 && names(current.substring(lastEnd), outletNames)) {
                current = current.substring(0, lastStart).strip();
                changed = true;
            }
        }
        return current;
    }

    /** True when {@code part} is one of the outlet's names, or a short form of one. */
    static boolean names(String part, List<String> outletNames) {
        String key = TextClean.key(part);
        if (key.length() < 2 || BoilerplateLines.wordCount(part) > MAX_NAME_WORDS) {
            return false;
        }
        for (String name : outletNames) {
            String nameKey = TextClean.key(name);
            if (nameKey.isEmpty()) {
                continue;
            }
            boolean contained = key.length() >= 4 && nameKey.length() >= 4
                    && (key.startsWith(nameKey) || nameKey.startsWith(key) || key.endsWith(nameKey) || nameKey.endsWith(key));
            if (key.equals(nameKey) || contained) {
                return true;
            }
        }
        return false;
    }
}
