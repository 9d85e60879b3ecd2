package org.synoptic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Reader for {@code shared/data/dates/htmldate-dev}: one gold line per page (id, URL, the day of
 * first publication, the collection it came from) and the page's raw bytes, gzipped, as served.
 */
public final class HtmldateSet {

    /** One gold page; {@code page} is the gzipped HTML as served. */
    public record Page(String id, String url, String date, String source, Path page) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmldateSet() {}

    public static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String id = node.path("id").asText("");
            pages.add(new Page(id, node.path("url").asText(""), node.path("date").asText(""),
                    node.path("source").asText(""), dir.resolve("pages").resolve(id + ".html.gz")));
        }
        pages.sort(Comparator.comparing(Page::id));
        return List.copyOf(pages);
    }

    /**
     * The files whose SHA-256 differs from the set's {@code SHA256SUMS} (or that are missing);
     * empty when all match or the set carries no sums.
     */
    public static List<String> checksumMismatches(Path dir) throws IOException {
        Path sums = dir.resolve("SHA256SUMS");
        if (!Files.isRegularFile(sums)) {
            return List.of();
        }
        List<String> bad = new ArrayList<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+\\*?", 2);
            if (fields.length < 2) {
                continue;
            }
            Path file = dir.resolve(fields[1].startsWith("./") ? fields[1].substring(2) : fields[1]);
            if (!Files.isRegularFile(file) || !sha256(file).equalsIgnoreCase(fields[0])) {
                bad.add(fields[1]);
            }
        }
        return bad;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
