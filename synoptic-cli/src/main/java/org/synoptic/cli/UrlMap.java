package org.synoptic.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.model.Input;

/**
 * The addresses pages were fetched from, for pages saved to disk that do not carry it: a file of
 * lines {@code file name<TAB>URL} (blank lines and lines starting with # are skipped). The
 * address is evidence for the publication date (dates in URL paths) and the outlet (the host).
 */
final class UrlMap {

    static final UrlMap EMPTY = new UrlMap(Map.of());

    private final Map<String, String> urlByName;

    private UrlMap(Map<String, String> urlByName) {
        this.urlByName = urlByName;
    }

    /** Reads the map; a malformed line is an error naming the file and line. */
    static UrlMap read(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'file name<TAB>URL'");
            }
            map.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return new UrlMap(Map.copyOf(map));
    }

    /** The document with its address set from the map when it has none and its file is listed. */
    Input.Document apply(Input.Document document) {
        if (urlByName.isEmpty() || document.hints().url().isPresent()) {
            return document;
        }
        String name = fileName(document.source());
        String url = urlByName.get(name);
        return url == null ? document
                : new Input.Document(document.source(), document.type(), document.content(), document.hints().withUrl(url));
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }
}
