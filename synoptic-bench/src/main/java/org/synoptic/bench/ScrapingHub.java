package org.synoptic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reader for {@code shared/data/extraction/scrapinghub}: 181 gzipped HTML pages, their gold
 * article bodies and URLs, and the article bodies other extractors produced for the same pages.
 */
public final class ScrapingHub {

    /** One page of the set; {@code html} is read on demand. */
    public record Page(String key, String url, String goldBody, Path html) {
        public String readHtml() throws IOException {
            return gunzip(html);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<Page> pages;

    private ScrapingHub(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = pages;
    }

    public static ScrapingHub load(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(""),
                    e.getValue().path("articleBody").asText(""), dir.resolve("html").resolve(e.getKey() + ".html.gz")));
        }
        pages.sort(java.util.Comparator.comparing(Page::key));
        return new ScrapingHub(dir, List.copyOf(pages));
    }

    public List<Page> pages() {
        return pages;
    }

    /** Names of the systems whose outputs the set carries, sorted. */
    public List<String> systems() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("output"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json.gz"))
                    .map(n -> n.substring(0, n.length() - ".json.gz".length()))
                    .sorted()
                    .toList();
        }
    }

    /** A system's article body per page key; a page it has no output for maps to "". */
    public Map<String, String> output(String system) throws IOException {
        JsonNode root = JSON.readTree(gunzip(dir.resolve("output").resolve(system + ".json.gz")));
        if (root.size() == 2 && root.has("version") && root.has("output")) {
            root = root.get("output");
        }
        Map<String, String> out = new TreeMap<>();
        for (Page page : pages) {
            out.put(page.key(), root.path(page.key()).path("articleBody").asText(""));
        }
        return out;
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
