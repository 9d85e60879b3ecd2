package org.synoptic.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article facts a page states in schema.org JSON-LD: headline, authors, publisher, dates
 * (published, created, uploaded, modified; of every node, with its type), licence, the article's
 * own body text, whether it is free to read, and the types of every node (for telling an article
 * page from a listing). Reads every {@code application/ld+json} script leniently (comments,
 * trailing commas, single quotes), follows {@code @graph} and {@code @id} references, and prefers
 * an Article-typed node (NewsArticle, BlogPosting, ...) over any other node.
 *
 * <p>Bounds: scripts over 1 MB and nodes past the first 20,000 are skipped; Jackson's own
 * nesting limit (1,000) guards the parse, and the walk over the tree is iterative.
 */
final class JsonLd {

    private static final int MAX_SCRIPT_CHARS = 1 << 20;
    private static final int MAX_NODES = 20_000;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /**
     * What the JSON-LD says; each list in document order, article nodes first. {@code authors} are
     * the names of authors and creators that are not typed as organizations; {@code types} every node's {@code @type}.
     */
    record Facts(List<String> headlines, List<String> authors, List<String> publishers,
                 List<DateValue> dates, List<String> licenses, List<String> languages,
                 List<String> articleBodies, List<String> types) {}

    /** A date property ("datePublished", "dateModified", ...) of any node, with the node's type ("NewsArticle WebPage"). */
    record DateValue(String property, String type, String value) {}

    private static final List<String> DATE_PROPERTIES = List.of("datePublished", "dateCreated", "uploadDate", "dateModified");

    private JsonLd() {}

    static Facts read(PageElements page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.jsonLdScripts) {
            // A script's one data node holds the code as it stands: no copy of it is needed.
            String data = script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode node ? node.getWholeData() : script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                collect(MAPPER.readTree(strip(data)), objects);
            } catch (JsonProcessingException | RuntimeException e) {
                // A broken script says nothing; the page's other signals still count.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : objects) {
            if (node.hasNonNull("@id") && node.size() > 1) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        List<JsonNode> ordered = new ArrayList<>(objects.stream().filter(JsonLd::isArticle).toList());
        objects.stream().filter(n -> !isArticle(n) && n.has("headline")).forEach(ordered::add);
        Facts facts = new Facts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (JsonNode node : objects) {
            JsonNode type = node.get("@type");
            for (JsonNode t : type == null ? List.<JsonNode>of() : type.isArray() ? type : List.of(type)) {
                facts.types().add(t.asText());
            }
        }
        for (JsonNode node : ordered) {
            texts(node.get("headline"), byId, facts.headlines());
            persons(node.get("author"), byId, facts.authors());
            persons(node.get("creator"), byId, facts.authors());
            texts(node.get("articleBody"), byId, facts.articleBodies());
            names(node.get("publisher"), byId, facts.publishers());
            texts(node.get("license"), byId, facts.licenses());
            texts(node.get("inLanguage"), byId, facts.languages());
        }
        if (facts.authors().isEmpty()) {
            // Pages without an article node (Yoast's plain posts) credit the author on the WebPage node.
            objects.stream().filter(n -> typeMentions(n, "WebPage"))
                    .forEach(n -> persons(n.get("author"), byId, facts.authors()));
        }
        objects.stream().filter(JsonLd::isArticle).forEach(node -> dates(node, facts.dates()));
        objects.stream().filter(n -> !isArticle(n)).forEach(node -> dates(node, facts.dates()));
        return facts;
    }

    private static void dates(JsonNode node, List<DateValue> out) {
        for (String property : DATE_PROPERTIES) {
            JsonNode value = node.get(property);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                JsonNode type = node.path("@type");
                List<String> types = new ArrayList<>();
                (type.isArray() ? type : List.of(type)).forEach(t -> types.add(t.asText()));
                out.add(new DateValue(property, String.join(" ", types).strip(), value.asText().strip()));
            }
        }
    }

    private static String strip(String data) {
        String trimmed = data.strip();
        if (trimmed.startsWith("<!--")) {
            trimmed = trimmed.substring(4);
        }
        if (trimmed.endsWith("-->")) {
            trimmed = trimmed.substring(0, trimmed.length() - 3);
        }
        return trimmed.replace("//<![CDATA[", "").replace("//]]>", "").strip();
    }

    /**
     * Every object in the tree in document order (a node before its children), iteratively, up to
     * the node bound: a stack of the open containers' iterators, so no list is made per node.
     */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<Iterator<JsonNode>> open = new ArrayDeque<>();
        open.push(List.of(root).iterator());
        int visited = 0;
        while (!open.isEmpty() && visited < MAX_NODES) {
            Iterator<JsonNode> children = open.peek();
            if (!children.hasNext()) {
                open.pop();
                continue;
            }
            JsonNode node = children.next();
            visited++;
            if (node.isObject()) {
                out.add(node);
            }
            if (node.isContainerNode()) {
                open.push(node.iterator());
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText();
            if (name.endsWith("Article") || name.endsWith("BlogPosting") || name.equals("Report")
                    || name.equals("LiveBlogPosting") || name.equals("SocialMediaPosting")) {
                return true;
            }
        }
        return false;
    }

    private static void texts(JsonNode value, Map<String, JsonNode> byId, List<String> out) {
        if (value == null) {
            return;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            if (item.isValueNode()) {
                add(item.asText(), out);
            } else if (item.isObject()) {
                JsonNode target = resolve(item, byId);
                add(target.path("url").asText(target.path("@id").asText(target.path("name").asText(""))), out);
            }
        }
    }

    private static void names(JsonNode value, Map<String, JsonNode> byId, List<String> out) {
        if (value == null) {
            return;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            if (item.isTextual()) {
                add(item.asText(), out);
            } else if (item.isObject()) {
                JsonNode name = resolve(item, byId).get("name");
                if (name != null) {
                    texts(name.isArray() && !name.isEmpty() ? name.get(0) : name, byId, out);
                }
            }
        }
    }

    /** Like {@link #names}, leaving out authors typed as organizations (a publisher credited as author). */
    private static void persons(JsonNode value, Map<String, JsonNode> byId, List<String> out) {
        if (value == null) {
            return;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            if (!item.isObject() || !typeMentions(resolve(item, byId), "Organization")) {
                names(item, byId, out);
            }
        }
    }

    /**
     * Whether the node's {@code @type}, as JSON text, holds {@code name}: read from the strings
     * themselves, as writing the JSON out for every node cost more than the rest of reading.
     */
    private static boolean typeMentions(JsonNode node, String name) {
        JsonNode type = node.path("@type");
        if (type.isTextual()) {
            return type.textValue().contains(name);
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() ? t.textValue().contains(name) : t.toString().contains(name)) {
                    return true;
                }
            }
            return false;
        }
        return type.toString().contains(name);
    }

    private static JsonNode resolve(JsonNode item, Map<String, JsonNode> byId) {
        if (item.size() <= 2 && item.hasNonNull("@id")) {
            return byId.getOrDefault(item.get("@id").asText(), item);
        }
        return item;
    }

    private static void add(String raw, List<String> out) {
        String text = TextClean.collapse(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw);
        if (text.indexOf('<') >= 0) {
            text = TextClean.collapse(org.jsoup.Jsoup.parse(text).text());
        }
        if (!text.isEmpty()) {
            out.add(text);
        }
    }
}
