package org.synoptic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synoptic.model.Completeness;

/**
 * The hand-annotated metadata set ({@code metadata-gold.tsv}, whose header says how it was
 * annotated) and where its pages and their URLs live under {@code shared/data}.
 */
public final class MetadataGold {

    /** ScrapingHub pages ({@code scrapinghub}) and htmldate pages ({@code htmldate}). */
    public enum Source { scrapinghub, htmldate }

    /**
     * One annotated page; {@code authors} in byline order, empty when no person is credited;
     * {@code part} is "development" or the name the file's last "# Part: name." line gives.
     */
    public record Page(Source set, String id, String headline, List<String> authors, Completeness.Verdict verdict,
                       String part) {

        /** Headline and authors are judged only where the page is an article. */
        public boolean scoresMetadata() {
            return verdict == Completeness.Verdict.COMPLETE || verdict == Completeness.Verdict.PARTIAL
                    || verdict == Completeness.Verdict.TEASER;
        }
    }

    private static final String PART = "# Part:";

    private MetadataGold() {}

    public static List<Page> load() throws IOException {
        List<Page> pages = new ArrayList<>();
        try (InputStream in = MetadataGold.class.getResourceAsStream("metadata-gold.tsv")) {
            boolean header = true;
            String part = "development";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(PART)) {
                    part = line.substring(PART.length()).strip().split("[.\\s]", 2)[0];
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> authors = f[3].isBlank() ? List.of() : Arrays.stream(f[3].split("\\|")).map(String::strip).toList();
                pages.add(new Page(Source.valueOf(f[0]), f[1], f[2], authors, verdict(f[4]), part));
            }
        }
        return List.copyOf(pages);
    }

    static Completeness.Verdict verdict(String label) {
        return Completeness.Verdict.valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The gzipped HTML file of a page under the {@code shared/data} folder. */
    static Path file(Path sharedData, Page page) {
        return switch (page.set()) {
            case scrapinghub -> sharedData.resolve("extraction/scrapinghub/html").resolve(page.id() + ".html.gz");
            case htmldate -> sharedData.resolve("dates/htmldate-dev/pages").resolve(page.id() + ".html.gz");
        };
    }

    /** Every page's URL by id, from ScrapingHub's ground truth and htmldate's gold lines. */
    static Map<String, String> urls(Path sharedData) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> urls = new HashMap<>();
        for (ScrapingHub.Page page : ScrapingHub.load(sharedData.resolve("extraction/scrapinghub")).pages()) {
            urls.put(page.key(), page.url());
        }
        for (String line : Files.readAllLines(sharedData.resolve("dates/htmldate-dev/gold.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                urls.put(node.path("id").asText(), node.path("url").asText());
            }
        }
        return urls;
    }
}
