package org.synoptic.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by lower-cased name, property, itemprop or http-equiv, each with
 * its contents in document order. Bounded: at most 2,000 tags are read.
 */
final class MetaTags {

    private static final int MAX_TAGS = 2_000;

    private static final List<String> KEY_ATTRIBUTES = List.of("name", "property", "itemprop", "http-equiv");

    private final Map<String, List<String>> byKey = new HashMap<>();

    private MetaTags() {}

    static MetaTags of(PageElements page) {
        MetaTags tags = new MetaTags();
        int read = 0;
        for (Element meta : page.metas) {
            if (read++ >= MAX_TAGS) {
                break;
            }
            // The parser lower-cases attribute names: exact lookups, not case-blind ones.
            Attributes attributes = meta.attributes();
            String content = TextClean.collapse(attributes.get("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                String key = attributes.get(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    tags.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return tags;
    }

    /** The first content under any of the keys, tried in the order given; empty if none. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> values = byKey.get(key);
            if (values != null) {
                return values.get(0);
            }
        }
        return "";
    }

    /** Every key, in no particular order. */
    Set<String> names() {
        return Collections.unmodifiableSet(byKey.keySet());
    }

    /** Every content under any of the keys, keys in the order given. */
    List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.addAll(byKey.getOrDefault(key, List.of()));
        }
        return out;
    }
}
